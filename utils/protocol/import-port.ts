/**
 * Importing a pack: over a port, not one message, so a large file fits under the message size
 * limit and progress comes back as it lands. The options page connects with this name, posts
 * the text in chunks, then `preview` (what it would add, and a plan id) or `commit` (land it whole
 * or not at all); a commit of a previewed plan sends no text. Disconnecting cancels; nothing
 * lands. Served by utils/background/import-port.ts.
 */
import type { ImportResultView, PackPreviewView } from '../model/view-models';

/** `browser.runtime.connect({ name })` for importing a pack. */
export const IMPORT_PORT = 'tally:importPack';
/** What the options page posts on the import port. */
export type ImportPortRequest =
  | { kind: 'chunk'; text: string }
  | { kind: 'preview' }
  /** Import the previewed `plan` (no chunks sent), or, without one, the text just sent. */
  | { kind: 'commit'; plan?: string; replaceOwn?: boolean };
/** What the background posts back on the import port. */
export type ImportPortReply =
  /** What the pack would change, and the plan id that imports exactly it without sending it again. */
  | { kind: 'preview'; preview: PackPreviewView; plan: string }
  /** The background no longer holds that plan (its worker was stopped): send the text again. */
  | { kind: 'expired' }
  | { kind: 'progress'; fraction: number }
  | { kind: 'done'; result: ImportResultView }
  | { kind: 'error'; error: string };
