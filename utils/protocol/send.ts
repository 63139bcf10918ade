/**
 * Sending a message to the background from a content script, the popup or the options page.
 */
import { browser } from 'wxt/browser';
import type { Envelope, MessageName, Reply, RequestOf, ResponseOf } from './messages';

/**
 * Sends a message to the background and returns its answer's data; throws the background's
 * error message when it refuses. Kept free of valibot so the content bundle stays small.
 */
export async function sendMessage<N extends MessageName>(type: N, data: RequestOf<N>): Promise<ResponseOf<N>> {
  const reply = (await browser.runtime.sendMessage({ type, data } satisfies Envelope<N>)) as Reply<ResponseOf<N>> | undefined;
  if (!reply) throw new Error(`no answer to ${type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}
