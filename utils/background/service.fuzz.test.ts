/**
 * Property-based tests of the background's message gate (issue 6, "random messages of the wrong
 * shape"): the real service, the real popup/options handlers and the real Dexie corpus over
 * fake-indexeddb, seeded with the five seeds. Every wrong-shaped, foreign or web-page-sent
 * message must come back `{ ok: false, error }` and leave every object store byte-identical.
 * Each property prints how many cases it ran.
 */
import fc from 'fast-check';
import { parseIsoDate } from '../model/dates';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpDatabase, freshIdb, seedPack } from '../../tests/support/corpus-fixtures';
import { createBackgroundService } from './service';
import { openCorpus, type Corpus } from '../store/corpus/index';
import { requestSchemas } from '../protocol/schemas';
import { type MessageName } from '../protocol/messages';
import { createHandlers } from './handlers';

const OWN_ID = 'tallytestextensionid';
const OWN_ORIGIN = `chrome-extension://${OWN_ID}/`;
const OPTIONS_PAGE = { id: OWN_ID, url: `${OWN_ORIGIN}options.html` };
const DB = 'tally-fuzz';
const RUNS = Number(process.env.TALLY_FUZZ_RUNS ?? 300);

const idb = freshIdb();
const pack = seedPack();
let corpus: Corpus;
let service: ReturnType<typeof createBackgroundService<Corpus>>;
let before: Record<string, unknown[]>;
/** A real undo token (deleteArticle's answer), as JSON messaging delivers it. */
let realToken: unknown;
const ran: Record<string, number> = {};

beforeAll(async () => {
  corpus = openCorpus({ name: DB, ...idb });
  const handlers = createHandlers({ loadDefaultPack: async () => pack });
  service = createBackgroundService<Corpus>(
    { openCorpus: () => corpus, loadDefaultPack: async () => pack },
    { ownId: OWN_ID, ownOrigin: OWN_ORIGIN, handlers },
  );
  await service.onInstalled({ reason: 'install' });
  const deleted = await service.handle({ type: 'deleteArticle', data: { id: 'efe-2023-10-16' } }, OPTIONS_PAGE);
  realToken = JSON.parse(JSON.stringify((deleted as { data: { token: unknown } }).data.token));
  // The undo puts it back (a well-formed token is accepted from the extension's own page).
  expect((await service.handle({ type: 'restoreArticle', data: { token: realToken } }, OPTIONS_PAGE)).ok).toBe(true);
  before = await dumpDatabase(idb.indexedDB, DB);
  expect(before.articles.length).toBe(pack.articles.length);
}, 60_000);

afterAll(() => {
  corpus?.close();
  console.log(`background fuzz: cases run per property ${JSON.stringify(ran)}`);
});

/** Sends one message and checks it is refused and the stored corpus did not change. */
async function refusedWithoutEffect(message: unknown, sender: { id?: string; url?: string } = OPTIONS_PAGE): Promise<string> {
  const reply = await service.handle(message, sender);
  expect(reply.ok, `accepted: ${JSON.stringify(message)?.slice(0, 300)}`).toBe(false);
  const error = (reply as { error: string }).error;
  expect(typeof error).toBe('string');
  expect(error.length).toBeGreaterThan(0);
  expect(await dumpDatabase(idb.indexedDB, DB)).toEqual(before);
  return error;
}

async function property<T>(name: string, arb: fc.Arbitrary<T>, check: (value: T) => Promise<void>, runs = RUNS): Promise<void> {
  ran[name] = 0;
  await fc.assert(
    fc.asyncProperty(arb, async (value) => {
      ran[name]++;
      await check(value);
    }),
    { numRuns: runs },
  );
  console.log(`property "${name}": ${ran[name]} cases`);
}

// --- arbitraries ---------------------------------------------------------------------------

const MESSAGE_NAMES = Object.keys(requestSchemas) as MessageName[];
const notString = fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.array(fc.string(), { maxLength: 3 }), fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }));
const notStringOrNull = fc.oneof(notString, fc.constant(null));
const notNumber = fc.oneof(fc.string(), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 2 }));
const notBoolean = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constant('true'));
const longString = (max: number) => fc.integer({ min: 1, max: 20 }).map((n) => 'x'.repeat(max + n));
const MISSING = Symbol('missing');
const missing = fc.constant(MISSING);

/** Per message: a valid request, and per field the values that make it wrong. */
const wrongFields: { [N in MessageName]?: { base: Record<string, unknown>; fields: Record<string, fc.Arbitrary<unknown>> } } = {
  searchCorpus: {
    base: { query: 'Najin', limit: 5 },
    fields: {
      query: fc.oneof(missing, notStringOrNull, longString(500)),
      limit: fc.oneof(notNumber, fc.integer({ max: 0 }), fc.integer({ min: 101 }), fc.double({ min: 1.01, max: 99.99, noInteger: true })),
    },
  },
  addArticle: {
    base: { url: 'https://example.com/a', outlet: 'Example', title: 'T', published: '2024-01-02', language: 'en', byline: null, text: 'North Korea sent 1,000 containers to Russia.' },
    fields: {
      url: fc.oneof(
        missing,
        notString,
        fc.constantFrom('javascript:alert(1)', 'JAVASCRIPT:alert(document.domain)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', ' https://x.test/', 'chrome-extension://x/options.html'),
        fc.string().filter((s) => !/^https?:\/\//i.test(s)),
      ),
      outlet: fc.oneof(missing, notStringOrNull, fc.stringMatching(/^\s*$/), longString(300)),
      title: fc.oneof(missing, notString),
      published: fc.oneof(missing, notString, fc.constantFrom('2023-13', '2023-10-32', 'Oct 2023', '20231', ''), fc.string().filter((s) => parseIsoDate(s) === null)),
      language: fc.oneof(missing, notStringOrNull, longString(35)),
      byline: fc.oneof(missing, notString),
      text: fc.oneof(missing, notStringOrNull, fc.constant('')),
    },
  },
  listArticles: { base: { outlet: 'EFE', text: 'Najin' }, fields: { outlet: notStringOrNull, text: fc.oneof(notStringOrNull, longString(500)) } },
  getArticle: { base: { id: 'efe-2023-10-16' }, fields: { id: fc.oneof(missing, notStringOrNull, longString(300)) } },
  deleteArticle: { base: { id: 'efe-2023-10-16' }, fields: { id: fc.oneof(missing, notStringOrNull, longString(300)) } },
  exportPack: { base: { topic: 'x' }, fields: { topic: notStringOrNull } },
  resetCorpus: { base: { keepUserArticles: false }, fields: { keepUserArticles: fc.oneof(missing, notBoolean) } },
  editTopic: {
    base: { topic: 'nk-russia-arms', edit: { kind: 'merge', entity: 'tikhoretsk', into: 'dunay' } },
    fields: {
      topic: fc.oneof(missing, notStringOrNull, longString(300)),
      edit: fc.oneof(
        missing,
        notStringOrNull,
        fc.constant({ kind: 'merge', entity: 'tikhoretsk' }),
        fc.constant({ kind: 'explode', entity: 'tikhoretsk' }),
        fc.constant({ kind: 'spellings', entity: 'najin', name: '', aliases: [] }),
        fc.constant({ kind: 'spellings', entity: 'najin', name: 'Najin', aliases: Array(101).fill('Rajin') }),
        fc.constant({ kind: 'rename', name: 'x'.repeat(201) }),
      ),
    },
  },
  checkPage: {
    base: { text: 'North Korea sent more than 1,000 containers.', url: 'https://example.com/', title: 'T', topic: 'nk-russia-arms', opening: 'x', published: '2024-01-01', language: 'en', skipEntities: ['najin'], markUnmatched: true },
    fields: {
      text: fc.oneof(missing, notStringOrNull, longString(200_000)),
      url: fc.oneof(notStringOrNull, longString(4_000)),
      title: fc.oneof(notStringOrNull, longString(2_000)),
      topic: fc.oneof(notStringOrNull, longString(300)),
      opening: fc.oneof(notStringOrNull, longString(20_000)),
      published: fc.oneof(notStringOrNull, longString(64)),
      language: fc.oneof(notStringOrNull, longString(35)),
      skipEntities: fc.oneof(notStringOrNull.filter((x) => !Array.isArray(x)), fc.constant([1]), fc.constant([null]), fc.constant(Array(1_001).fill('x')), longString(300).map((s) => [s])),
      markUnmatched: notBoolean,
    },
  },
};

/** A known message type whose data is wrong in exactly one field (or not an object at all). */
const wrongShape: fc.Arbitrary<{ type: MessageName; data: unknown }> = fc.oneof(
  ...Object.entries(wrongFields).map(([type, spec]) =>
    fc
      .constantFrom(...Object.keys(spec!.fields))
      .chain((field) => spec!.fields[field].map((bad) => ({ field, bad })))
      .map(({ field, bad }) => {
        const data: Record<string, unknown> = { ...spec!.base };
        if (bad === MISSING) delete data[field];
        else data[field] = bad;
        return { type: type as MessageName, data };
      }),
  ),
  // Data that is not an object where the message needs one.
  fc.record({
    type: fc.constantFrom(...MESSAGE_NAMES.filter((n) => n !== 'getTopics' && n !== 'getTopicEdits')),
    data: fc.oneof(fc.constant(undefined), fc.constant(null), fc.string(), fc.integer(), fc.boolean()),
  }),
);

/** Any value at all, or an object whose `type` is not a message name. */
const notAnEnvelope = fc.oneof(
  fc.anything(),
  fc.record({ type: fc.string().filter((t) => !MESSAGE_NAMES.includes(t as MessageName)), data: fc.anything() }),
  fc.record({ type: fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'), data: fc.anything() }),
  fc.record({ type: fc.constantFrom(...MESSAGE_NAMES).map((t) => t.toUpperCase()), data: fc.anything() }),
);

/** Valid requests that write to the corpus: only the extension's own pages may send them. */
const writeRequest: fc.Arbitrary<{ type: MessageName; data: unknown }> = fc.oneof(
  fc.record({ type: fc.constant<MessageName>('addArticle'), data: fc.constant(wrongFields.addArticle!.base) }),
  fc.record({ type: fc.constant<MessageName>('deleteArticle'), data: fc.constantFrom(...pack.articles.map((a) => ({ id: a.id }))) }),
  fc.record({ type: fc.constant<MessageName>('resetCorpus'), data: fc.boolean().map((keepUserArticles) => ({ keepUserArticles })) }),
  fc.record({ type: fc.constant<MessageName>('restoreArticle'), data: fc.constant(null).map(() => ({ token: realToken })) }),
);
const webPageSender = fc.record({
  id: fc.constant(OWN_ID),
  url: fc.oneof(fc.webUrl(), fc.constantFrom('http://127.0.0.1:8080/article', 'https://evil.example/chrome-extension://', `https://evil.example/?${OWN_ORIGIN}`)),
});

// --- properties ----------------------------------------------------------------------------

describe('background service: wrong messages are refused without effect', () => {
  it('control: a valid addArticle from the options page does change the stored corpus (the dump sees writes)', async () => {
    const scratch = freshIdb();
    const db = openCorpus({ name: 'control', ...scratch });
    const handlers = createHandlers({ loadDefaultPack: async () => pack });
    const s = createBackgroundService<Corpus>({ openCorpus: () => db, loadDefaultPack: async () => pack }, { ownId: OWN_ID, ownOrigin: OWN_ORIGIN, handlers });
    await s.onInstalled({ reason: 'install' });
    const dump = await dumpDatabase(scratch.indexedDB, 'control');
    const reply = await s.handle({ type: 'addArticle', data: wrongFields.addArticle!.base }, OPTIONS_PAGE);
    expect(reply.ok).toBe(true);
    expect(await dumpDatabase(scratch.indexedDB, 'control')).not.toEqual(dump);
    db.close();
  });

  it('refuses anything that is not an envelope of a known message', async () => {
    await property('not an envelope', notAnEnvelope, async (message) => {
      const error = await refusedWithoutEffect(message);
      expect(error).toMatch(/unknown message type|not an object/);
    });
  });

  it('refuses a known message whose data has one wrong field, naming the message', async () => {
    await property('wrong-shaped data', wrongShape, async ({ type, data }) => {
      const error = await refusedWithoutEffect({ type, data });
      expect(error).toContain(`bad ${type} request`);
    }, RUNS * 2);
  });

  it('refuses corpus-writing messages from a web page (a content script), even well-formed', async () => {
    await property('write from a web page', fc.tuple(writeRequest, webPageSender), async ([message, sender]) => {
      const error = await refusedWithoutEffect(message, sender);
      expect(error).toContain('not allowed from a web page');
    });
  });

  it('refuses every message from another extension', async () => {
    await property(
      'another extension',
      fc.tuple(fc.oneof(writeRequest, fc.constant({ type: 'getTopics', data: {} })), fc.option(fc.string().filter((s) => s !== OWN_ID), { nil: undefined })),
      async ([message, id]) => {
        const error = await refusedWithoutEffect(message, { id, url: OPTIONS_PAGE.url });
        expect(error).toContain('another extension');
      },
    );
  });

  it('refuses an undo (restoreArticle) whose token is not a deleted article', async () => {
    const token = fc.oneof(
      fc.anything(),
      fc.record({ article: fc.record({ id: fc.string({ minLength: 1 }) }, { requiredKeys: [] }), claims: fc.array(fc.anything(), { maxLength: 2 }) }),
      fc.record({ article: fc.constant({ id: 'injected', outlet: 'x', text: 'x' }), claims: fc.constant([]) }),
    );
    await property('restoreArticle token', token, async (t) => {
      await refusedWithoutEffect({ type: 'restoreArticle', data: { token: t } });
    });
  });
});
