/**
 * Tally on one page: find the article, decide cheaply whether it is on a known topic, extract
 * claims with the engine (time-sliced), send ONE batch to the background, mark the figures
 * that have other reports and the entity spellings, and keep up with pages that change.
 * Everything hangs off one AbortSignal; aborting removes every mark and note at once.
 */
import type { Claim } from '../claims/types';
import type { CheckClaimsRequest, ClaimCheck } from '../messages';
import { detectTopic, forEachEntityMention, spellingKey, type Entity, type EntityMention, type Topic } from '../topics';
import { findArticleRoot, findPublished, textSample } from './article';
import { MARK_TAG, unwrapAll, wrapPieces, type MarkKind } from './marks';
import { NOTES_HOST_TAG, NotesLayer, type NoteContent } from './notes';
import { Slicer } from './slicer';
import { collectText, rangeToPieces, type TextMap } from './text-map';

/** What the page side needs from the outside world (the background, the engine). */
export interface PageDeps {
  getTopics(): Promise<Topic[]>;
  checkClaims(request: CheckClaimsRequest): Promise<ClaimCheck[]>;
  extractClaims(text: string, options: { published?: string; language?: string }): Claim[];
}

/** Figures of one scan, for benchmarks and tests (also published as a `tally:scan` performance measure). */
export interface ScanStats {
  onTopic: boolean;
  words: number;
  claims: number;
  marks: number;
  /** Main-thread time of the scan's own work (ms), excluding the wait for the background. */
  busyMs: number;
  /** The longest uninterrupted slice of that work (ms). */
  longestMs: number;
  /** Busy ms per step: find (article + topic), read (DOM to text), extract (engine), reply (taking the background's answer), mark. */
  phases?: Record<string, number>;
  /** The step the longest slice belonged to. */
  longestStep?: string;
}

const DEBOUNCE_MS = 250;
// Times the page may remove our marks in one view before Tally leaves that view alone.
const FIGHT_LIMIT = 3;
// The most text and claims one checkClaims message carries (structured cloning is synchronous).
const MAX_TEXT_CHARS = 50_000;
const MAX_BATCH_CLAIMS = 300;
const MAX_WAIT_MS = 2_000;
const OFF_TOPIC_RECHECK_MS = 5_000;
// The topic check reads at most this much of the article: a story names its subject early.
const TOPIC_SAMPLE_CHARS = 20_000;
// Engine chunks aim at this many ms each, so one chunk never makes a long task.
const CHUNK_TARGET_MS = 8;
// A scan with more marks than this inserts them this many per animation frame, so no one frame
// re-lays out a thousand paragraphs at once. Measured on the 100,000-word page (1,171 marks):
// unbatched, the page saw 4 long tasks after load (up to 91 ms); 300 a frame, none, for about
// 70 ms more CPU in layout over the whole page (100 a frame: none, for 120 ms more).
const MARKS_PER_FRAME = 300;
// Entities whose other spellings are worth a note (a port, a ship, a person), not "U.S." = "Washington".
const SPELLING_KINDS = new Set(['place', 'vessel', 'person']);

let nextClaimId = 1;

/** A running page session. */
export interface TallyPage {
  /** Tells the session the page navigated without a reload (it also notices on its own). */
  navigated(): void;
}

/** How a session marks. */
export interface PageOptions {
  /** Also mark figures no other report states (the options page's `tally:markUnmatched`). */
  markUnmatched?: boolean;
  onScan?: (stats: ScanStats) => void;
}

/** Starts Tally on `doc` until `signal` aborts. */
export function startTallyPage(doc: Document, deps: PageDeps, signal: AbortSignal, options: PageOptions = {}): TallyPage {
  const session = new PageSession(doc, deps, signal, options);
  session.start();
  return { navigated: () => session.checkNavigation() };
}

class PageSession {
  private readonly notes: NotesLayer;
  private nav = new AbortController();
  private seen = new WeakSet<Text>();
  /** The article element of the last on-topic scan: later changes elsewhere are not ours to read. */
  private scannedRoot: Element | null = null;
  private topics: Topic[] | null = null;
  private topic: Topic | null = null;
  /** The article and text sample last found off topic: unchanged, they are not looked at again. */
  private offTopicRoot: Element | null = null;
  private offTopicSample = '';
  private offTopicAt = 0;
  private markedEntities = new Set<string>();
  private url: string;
  private running = false;
  private rerun = false;
  private debounceTimer = 0;
  private firstPendingAt = 0;
  private observer: MutationObserver | null = null;
  /** The opening of the article, sent with every batch of this view. */
  private pageText: string | undefined;
  /** Mutation batches in which the page itself removed our marks; at FIGHT_LIMIT Tally stops marking this view. */
  private fights = 0;

  constructor(
    private readonly doc: Document,
    private readonly deps: PageDeps,
    private readonly signal: AbortSignal,
    private readonly options: PageOptions,
  ) {
    this.notes = new NotesLayer(doc, signal);
    this.url = doc.location.href;
  }

  start(): void {
    const observer = new MutationObserver((records) => this.onMutations(records));
    this.observer = observer;
    observer.observe(this.doc.documentElement, { childList: true, subtree: true });
    const view = this.doc.defaultView!;
    view.addEventListener('popstate', () => this.checkNavigation(), { signal: this.signal });
    this.signal.addEventListener(
      'abort',
      () => {
        observer.disconnect();
        clearTimeout(this.debounceTimer);
        this.nav.abort();
        unwrapAll(this.doc);
      },
      { once: true },
    );
    void this.scan();
  }

  /** Single-page navigation: forget this view, remove its marks, scan the new one. */
  onNavigate(): void {
    this.url = this.doc.location.href;
    this.nav.abort();
    this.nav = new AbortController();
    this.notes.close({ returnFocus: false });
    this.unwrapOurs();
    this.fights = 0;
    this.pageText = undefined;
    this.seen = new WeakSet();
    this.topic = null;
    this.scannedRoot = null;
    this.offTopicRoot = null;
    this.offTopicSample = '';
    this.markedEntities.clear();
    this.schedule();
  }

  /** Removes our marks without mistaking the removal for the page's doing. */
  private unwrapOurs(): void {
    const pending = this.observer?.takeRecords() ?? [];
    if (pending.length) this.onMutations(pending); // the page's changes before ours still count
    unwrapAll(this.doc);
    this.observer?.takeRecords(); // our own removals
  }

  /** Runs `fn` (our own DOM changes, synchronous) with the observer disconnected, after handling what the page changed. */
  private withoutObserver(fn: () => void): void {
    const observer = this.observer;
    if (!observer) return fn();
    const pending = observer.takeRecords();
    if (pending.length) this.onMutations(pending);
    observer.disconnect();
    try {
      fn();
    } finally {
      if (!this.signal.aborted) observer.observe(this.doc.documentElement, { childList: true, subtree: true });
    }
  }

  checkNavigation(): boolean {
    if (this.doc.location.href === this.url) return false;
    this.onNavigate();
    return true;
  }

  private onMutations(records: MutationRecord[]): void {
    if (this.checkNavigation()) return;
    // A page that removes our marks one by one is fighting them: re-marking would loop forever.
    if (records.some((r) => [...r.removedNodes].some((n) => n.nodeType === 1 && (n as Element).tagName === 'TALLY-MARK'))) {
      this.fights++;
      if (this.fights >= FIGHT_LIMIT) return;
    }
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (this.isOurs(node)) continue;
        // Once an article is read, only changes inside it (or its replacement) call for a rescan:
        // ads and widgets elsewhere cost nothing.
        const root = this.scannedRoot;
        if (root && root.isConnected && !root.contains(node) && !(node.nodeType === 1 && (node as Element).contains(root))) continue;
        this.schedule();
        return;
      }
    }
  }

  private isOurs(node: Node): boolean {
    if (node.nodeType === 3) return this.seen.has(node as Text) || node.parentElement?.tagName === 'TALLY-MARK';
    if (node.nodeType !== 1) return true;
    const tag = (node as Element).tagName;
    return tag === 'TALLY-MARK' || tag === 'TALLY-NOTES' || (node as Element).closest(`${MARK_TAG}, ${NOTES_HOST_TAG}`) !== null;
  }

  /** Debounced scan; a page that never stops changing still gets one every MAX_WAIT_MS. */
  private schedule(): void {
    if (this.signal.aborted || this.fights >= FIGHT_LIMIT) return;
    const now = performance.now();
    if (!this.debounceTimer) this.firstPendingAt = now;
    clearTimeout(this.debounceTimer);
    let wait = Math.max(0, Math.min(DEBOUNCE_MS, this.firstPendingAt + MAX_WAIT_MS - now));
    // A page found off topic is looked at again at most every OFF_TOPIC_RECHECK_MS, however busy it is.
    if (this.offTopicRoot) wait = Math.max(wait, this.offTopicAt + OFF_TOPIC_RECHECK_MS - now);
    this.debounceTimer = window.setTimeout(() => {
      this.debounceTimer = 0;
      void this.scan();
    }, wait);
  }

  private async scan(): Promise<void> {
    if (this.running) {
      this.rerun = true;
      return;
    }
    this.running = true;
    try {
      do {
        this.rerun = false;
        const signal = this.nav.signal;
        try {
          const stats = await this.scanOnce(signal);
          if (stats) this.report(stats);
        } catch (error) {
          if (!signal.aborted) console.warn('Tally:', error);
        }
      } while (this.rerun && !this.signal.aborted);
    } finally {
      this.running = false;
    }
  }

  private report(stats: ScanStats): void {
    this.options.onScan?.(stats);
    try {
      performance.mark('tally:scan', { detail: stats });
    } catch {
      // Marks with detail are missing in old browsers; the figures are optional.
    }
  }

  private async scanOnce(signal: AbortSignal): Promise<ScanStats | null> {
    const slicer = new Slicer(signal);
    slicer.begin();
    slicer.step = 'find';
    const phases: Record<string, number> = {};
    let phaseStart = 0;
    // Busy time per step, and the step name the slicer reports its longest slice under.
    const phase = (name: string, following: string) => {
      const now = slicer.elapsed();
      phases[name] = (phases[name] ?? 0) + now - phaseStart;
      phaseStart = now;
      slicer.step = following;
    };
    const root = findArticleRoot(this.doc);
    phase('find', 'topic');
    if (!root) return done({ onTopic: false, words: 0, claims: 0, marks: 0, busyMs: 0, longestMs: 0 });

    if (!this.topic) {
      // Off-topic pages stop here: a text sample, a substring check, at most one regex pass.
      const sample = textSample(root, TOPIC_SAMPLE_CHARS);
      if (root === this.offTopicRoot && sample === this.offTopicSample) {
        this.offTopicAt = performance.now();
        return done(null); // nothing new since the last look
      }
      this.topics ??= await this.awaitOutside(slicer, this.deps.getTopics());
      const text = `${this.doc.title}\n${sample}`;
      const candidates = this.topics.filter((topic) => mayBeAbout(text, topic));
      if (candidates.length) await slicer.check(1); // the regex pass gets a slice of its own
      this.topic = candidates.length ? (candidates.find((t) => t.id === detectTopic(text, candidates)?.topicId) ?? null) : null;
      if (!this.topic) {
        this.offTopicRoot = root;
        this.offTopicSample = sample;
        this.offTopicAt = performance.now();
        phase('topic', '');
        slicer.end();
        return { onTopic: false, words: 0, claims: 0, marks: 0, busyMs: slicer.busyMs, longestMs: slicer.longestMs, phases };
      }
    }

    phase('topic', 'read');
    this.scannedRoot = root;
    const map = await collectText(root, slicer, this.seen);
    phase('read', 'extract');
    // Nothing new to read (or all of it editable): still a finished scan, for tests and benchmarks.
    if (!map.text.trim()) return done({ onTopic: true, words: 0, claims: 0, marks: 0, busyMs: slicer.elapsed(), longestMs: slicer.longestMs, phases });
    const published = findPublished(this.doc, root);
    const language = this.doc.documentElement.lang || undefined;
    const { claims, mentions, words } = await this.extract(map.text, { published, language }, slicer);
    phase('extract', 'reply');

    // A figure repeated word for word in the same sentence is checked once (long pages repeat a lot).
    const unique = new Map<string, Claim>();
    for (const claim of claims) {
      const key = claimKey(claim);
      if (!unique.has(key)) unique.set(key, claim);
    }
    // The page's text lets the corpus leave out the page's own report; its sketch reads only the
    // beginning, so the first scan's opening is enough, for this batch and for later ones.
    this.pageText ??= map.text.slice(0, MAX_TEXT_CHARS);
    const uniqueChecks: ClaimCheck[] = [];
    const toCheck = [...unique.values()];
    // One batch per page; a flood of new content is split so no message is big enough to stall the page.
    for (let i = 0; i < toCheck.length; i += MAX_BATCH_CLAIMS) {
      const batch = toCheck.slice(i, i + MAX_BATCH_CLAIMS);
      uniqueChecks.push(
        ...(await this.awaitOutside(slicer, this.deps.checkClaims({ claims: batch, url: this.doc.location.href, text: this.pageText, published }))),
      );
    }
    const reportsByKey = new Map(uniqueChecks.map((check) => [claimKey(check.claim), check.reports]));
    const checks = claims.map((claim) => ({ claim, reports: reportsByKey.get(claimKey(claim)) ?? [] }));
    phase('reply', 'mark');
    const marks = await this.mark(map, checks, mentions, slicer);
    phase('mark', '');
    slicer.end();
    return {
      onTopic: true,
      words,
      claims: claims.length,
      marks,
      busyMs: slicer.busyMs,
      longestMs: slicer.longestMs,
      longestStep: slicer.longestStep,
      phases,
    };

    function done<T>(value: T): T {
      slicer.end();
      return value;
    }
  }

  /** Awaits something that is not our main-thread work (the background), outside the timed slices. */
  private async awaitOutside<T>(slicer: Slicer, promise: Promise<T>): Promise<T> {
    slicer.end();
    try {
      return await promise;
    } finally {
      slicer.begin();
      await slicer.check();
    }
  }

  /** Runs the engine over block-aligned chunks sized so each call stays short. */
  private async extract(
    text: string,
    options: { published?: string; language?: string },
    slicer: Slicer,
  ): Promise<{ claims: Claim[]; mentions: EntityMention[]; words: number }> {
    let words = 0;
    const claims: Claim[] = [];
    const mentions: EntityMention[] = [];
    const entities = this.topic?.entities ?? [];
    // Only a spelling that can get a note is kept: the first mention, per entity, of a place,
    // vessel or person that is written one way here and other ways elsewhere (what mark() marks).
    const noted = new Set<string>();
    const wanted = (entity: Entity) =>
      SPELLING_KINDS.has(entity.kind) && (entity.weight ?? 1) >= 1 && !this.markedEntities.has(entity.id) && !noted.has(entity.id);
    let chunkChars = 1_000; // small first: the engine runs cold on a fresh page
    for (let from = 0; from < text.length; ) {
      let to = Math.min(text.length, from + chunkChars);
      if (to < text.length) {
        // Cut at a block break, else at a sentence end, so no figure or sentence is split.
        const block = text.lastIndexOf('\n\n', to);
        const sentence = text.lastIndexOf('. ', to);
        to = block > from ? block : sentence > from ? sentence + 1 : to;
      }
      const chunk = text.slice(from, to);
      await slicer.check(1); // each engine chunk starts a fresh slice
      const started = performance.now();
      for (const claim of this.deps.extractClaims(chunk, options)) {
        claims.push({ ...claim, start: claim.start + from, end: claim.end + from });
      }
      forEachEntityMention(chunk, entities, (start, end, entity, spelling) => {
        if (!wanted(entity)) return;
        const key = spellingKey(spelling);
        const aliases = [entity.name, ...entity.aliases].filter((s) => spellingKey(s) !== key);
        const mention = { start: start + from, end: end + from, entityId: entity.id, spelling, aliases };
        if (!otherSpellings(mention).length) return;
        noted.add(entity.id);
        mentions.push(mention);
      });
      words += countWords(chunk);
      const spent = performance.now() - started;
      // Aim the next chunk at CHUNK_TARGET_MS: grow slowly (at most 2x), shrink fast.
      chunkChars = Math.round(Math.min(2, Math.max(0.25, CHUNK_TARGET_MS / Math.max(spent, 0.5))) * chunkChars);
      chunkChars = Math.max(1_000, Math.min(30_000, chunkChars));
      from = to;
      await slicer.check();
    }
    return { claims, mentions, words };
  }

  private async mark(map: TextMap, checks: ClaimCheck[], mentions: EntityMention[], slicer: Slicer): Promise<number> {
    type Range = { start: number; end: number; kind: MarkKind; data: Record<string, string>; label: string; content: NoteContent };
    const ranges: Range[] = [];
    for (const check of checks) {
      const count = check.reports.length;
      if (!count && !this.options.markUnmatched) continue;
      const at = locateQuote(map.text, check.claim);
      if (!at) continue;
      const id = `t${nextClaimId++}`;
      const kind: MarkKind = !count
        ? 'unmatched'
        : check.reports.some((r) => r.relation === 'conflict')
        ? 'conflict'
        : check.reports.some((r) => r.relation === 'update')
          ? 'update'
          : 'same';
      ranges.push({
        start: at.start,
        end: at.end,
        kind,
        data: { 'tally-claim': id, 'tally-reports': String(count) },
        label: count
          ? `${check.claim.quote}: ${count} other ${count === 1 ? 'report' : 'reports'}, open Tally note`
          : `${check.claim.quote}: no other report, open Tally note`,
        content: { kind: 'claim', check },
      });
    }
    const byId = new Map((this.topic?.entities ?? []).map((e) => [e.id, e]));
    for (const m of mentions) {
      const entity = byId.get(m.entityId);
      if (!entity || !SPELLING_KINDS.has(entity.kind) || (entity.weight ?? 1) < 1 || this.markedEntities.has(m.entityId)) continue;
      const others = otherSpellings(m);
      if (!others.length) continue;
      this.markedEntities.add(m.entityId);
      ranges.push({
        start: m.start,
        end: m.end,
        kind: 'entity',
        data: { 'tally-entity': m.entityId },
        label: `${m.spelling}: also reported as ${others.join(', ')}, open Tally note`,
        content: { kind: 'entity', spelling: m.spelling, aliases: others },
      });
    }
    // Last first, so wrapping never shifts the offsets of ranges still to do; overlaps lose.
    ranges.sort((a, b) => b.start - a.start || b.end - a.end);
    let marked = 0;
    let floor = Infinity;
    const batched = ranges.length > MARKS_PER_FRAME;
    let inFrame = 0;
    let i = 0;
    while (i < ranges.length && this.fights < FIGHT_LIMIT) {
      let pause: 'frame' | 'check' | null = null;
      // Marks go in with the observer off (the page's own pending changes are handled first):
      // the records of our insertions would only be read and dropped again.
      this.withoutObserver(() => {
        slicer.throwIfAborted(); // the page's changes may have been a navigation
        for (; i < ranges.length && !pause; i++) {
          if (this.fights >= FIGHT_LIMIT) break;
          const range = ranges[i];
          if (range.end > floor) continue;
          const pieces = rangeToPieces(map, range.start, range.end);
          if (!pieces.length || pieces.some((p) => !p.node.isConnected)) continue;
          // (The text nodes a mark holds are ones read, or new ones wrapPieces reports: all in `seen`.)
          const marks = wrapPieces(pieces, { kind: range.kind, data: range.data, label: range.label }, (t) => this.seen.add(t));
          if (!marks.length) continue;
          this.notes.register(marks, range.content);
          floor = range.start;
          marked++;
          if (batched && ++inFrame >= MARKS_PER_FRAME) {
            inFrame = 0;
            pause = 'frame';
          } else if (slicer.due()) pause = 'check';
        }
      });
      if (pause === 'frame') await slicer.frame();
      else if (pause === 'check') await slicer.check();
    }
    return marked;
  }
}

/**
 * A cheap pre-check before detectTopic's regex pass: can the text name one entity of every group
 * the topic requires? Plain substring search on lower-cased, space- and hyphen-free text finds a
 * superset of what the regex finds, so it never rejects a page detectTopic would accept.
 */
export function mayBeAbout(text: string, topic: Topic): boolean {
  if (!topic.requires?.length) return true;
  const squash = (s: string) => s.toLowerCase().replace(/[\s\-\u2010\u2011]+/g, '');
  const haystack = squash(text);
  const byId = new Map(topic.entities.map((e) => [e.id, e]));
  return topic.requires.every((group) =>
    group.some((id) => {
      const entity = byId.get(id);
      return !!entity && [entity.name, ...entity.aliases].some((spelling) => haystack.includes(squash(spelling)));
    }),
  );
}

/** Spellings of the entity that differ from the one written, not merely longer or shorter forms of it. */
function otherSpellings(m: EntityMention): string[] {
  const key = (s: string) => s.toLowerCase().replace(/[\s\-\u2010\u2011]+/g, '');
  const written = key(m.spelling);
  const out: string[] = [];
  for (const alias of m.aliases) {
    const k = key(alias);
    if (k.includes(written) || written.includes(k)) continue;
    if (!out.some((o) => key(o) === k)) out.push(alias);
  }
  return out;
}

/**
 * Where a claim's quote is in the text: its own offsets when they hold the quote (the engine's
 * contract), else the nearest occurrence within a few hundred characters, else nowhere.
 */
export function locateQuote(text: string, claim: Pick<Claim, 'quote' | 'start' | 'end'>): { start: number; end: number } | null {
  if (!claim.quote) return null;
  if (text.slice(claim.start, claim.end) === claim.quote) return { start: claim.start, end: claim.end };
  const from = Math.max(0, claim.start - 300);
  const found = text.slice(from, claim.end + 300).indexOf(claim.quote);
  return found < 0 ? null : { start: from + found, end: from + found + claim.quote.length };
}

function claimKey(claim: Claim): string {
  return `${claim.quote}\u0000${claim.sentence}`;
}

function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}
