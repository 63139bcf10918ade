/**
 * The background's service, built by a factory so it is testable without a browser: it owns the
 * corpus handle (opened lazily, so it comes back by itself after the browser kills the worker),
 * seeds the default pack on install, and answers messages after validating them against the
 * contract in utils/protocol/ (answered by ./handlers.ts). A refused message has no effect and gets `{ ok: false, error }`.
 */
import type { Claim } from '../model/claim';
import type { ClaimCheck } from '../model/report';
import type { Topic } from '../model/topic';
import { CONTENT_SCRIPT_MESSAGES, type Reply } from '../protocol/messages';
import { parseEnvelope } from '../protocol/schemas';
import type { Handlers } from './handlers';

/** The part of the corpus (utils/store/corpus) the background uses. */
export interface BackgroundCorpus {
  ensureSeeded(defaultPack: unknown): Promise<unknown>;
  check(claims: Claim[], page: { url?: string; text?: string; published?: string }): Promise<ClaimCheck[]>;
  topics(): Promise<Topic[]>;
}

/** What the factory needs: how to open the corpus, and how to read the bundled default pack. */
export interface BackgroundServiceDeps<C extends BackgroundCorpus = BackgroundCorpus> {
  openCorpus(): C | Promise<C>;
  loadDefaultPack(): Promise<unknown>;
}

/** The background's behaviour, independent of the `browser` global. */
export interface BackgroundService {
  /** runtime.onInstalled: seeds the default pack on install; an update keeps the user's articles. */
  onInstalled(details: { reason: string }): Promise<void>;
  /** Validates and answers one message. Never throws: failures become `{ ok: false, error }`. */
  handle(raw: unknown, sender?: MessageSender): Promise<Reply<unknown>>;
  /** The corpus, opened on first use (for ports and other listeners of the background). */
  getCorpus(): Promise<BackgroundCorpus>;
}

/** Who sent a message (the fields of runtime.MessageSender the service looks at). */
export interface MessageSender {
  id?: string;
  url?: string;
}

/** Builds the background service. `ownId` is this extension's id: messages from others are refused. */
export function createBackgroundService<C extends BackgroundCorpus>(
  deps: BackgroundServiceDeps<C>,
  options: {
    /** This extension's id: messages from other extensions are refused. */
    ownId?: string;
    /** This extension's origin (`chrome-extension://id/`): only its own pages may send more than the content-script messages. */
    ownOrigin?: string;
    /** A handler for every message (./handlers.ts). */
    handlers: Handlers<C>;
  },
): BackgroundService & { getCorpus(): Promise<C> } {
  let corpus: Promise<C> | null = null;
  let seeding: Promise<void> | null = null;

  // Lazy: a fresh worker (after the browser killed the last one) reopens on first use.
  const getCorpus = (): Promise<C> => {
    corpus ??= Promise.resolve()
      .then(() => deps.openCorpus())
      .catch((error) => {
      corpus = null; // let the next message retry
      throw error;
    });
    return corpus;
  };

  const seed = (): Promise<void> => {
    seeding ??= (async () => {
      const db = await getCorpus();
      // ensureSeeded is idempotent and adds only what is missing, so the user's own articles stay.
      await db.ensureSeeded(await deps.loadDefaultPack());
    })().finally(() => {
      seeding = null;
    });
    return seeding;
  };

  const { handlers } = options;

  return {
    getCorpus,

    async onInstalled(details) {
      if (details.reason === 'install' || details.reason === 'update') await seed();
    },

    async handle(raw, sender) {
      if (options.ownId && sender?.id !== options.ownId) return { ok: false, error: 'message from another extension refused' };
      const parsed = parseEnvelope(raw);
      if (!parsed.ok) return { ok: false, error: parsed.error };
      // A web page can drive a content script; it must not reach the corpus's write messages.
      const fromOwnPage = !options.ownOrigin || (sender?.url ?? '').startsWith(options.ownOrigin);
      if (!fromOwnPage && !CONTENT_SCRIPT_MESSAGES.has(parsed.envelope.type)) {
        return { ok: false, error: `${parsed.envelope.type} is not allowed from a web page` };
      }
      try {
        if (seeding) await seeding; // answers wait for a first-run seed in progress
        const db = await getCorpus();
        const handler = handlers[parsed.envelope.type] as (data: unknown, corpus: C) => Promise<unknown>;
        return { ok: true, data: await handler(parsed.envelope.data, db) };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
