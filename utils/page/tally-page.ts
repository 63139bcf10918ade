/**
 * Tally on one page: find the article, look cheaply whether it may be on a known topic, read its
 * text (time-sliced) and send it in ONE batch to the background, which decides the topic, runs
 * the claims engine and checks the figures (utils/check-page.ts); then mark the figures that have
 * other reports and the entity spellings, and keep up with pages that change. The engine never
 * runs on the page's thread. Everything hangs off one AbortSignal; aborting removes every mark
 * and note at once.
 */
import { MAX_OPENING_CHARS, MAX_PAGE_TEXT_CHARS, TOPIC_SAMPLE_CHARS, type CheckPageReply, type CheckPageRequest, type ClaimCheck, type PageMention } from '../messages';
import type { Claim } from '../claims/types';
import type { Topic } from '../topics';
import { findArticleRoot, findPublished, textSample } from './article';
import { MARK_TAG, unwrapAll, wrapPieces, type MarkKind } from './marks';
import { NOTES_HOST_TAG, NotesLayer, type NoteContent } from './notes';
import { Slicer } from './slicer';
import { collectText, rangeToPieces, type TextMap } from './text-map';

/** What the page side needs from the outside world (the background, the engine). */
export interface PageDeps {
  getTopics(): Promise<Topic[]>;
  checkPage(request: CheckPageRequest): Promise<CheckPageReply>;
}

/** Figures of one scan, for benchmarks and tests (see `publishScanMark`). */
export interface ScanStats {
  onTopic: boolean;
  words: number;
  claims: number;
  marks: number;
  /** Main-thread time of the scan's own work (ms), excluding the wait for the background. */
  busyMs: number;
  /** The longest uninterrupted slice of that work (ms). */
  longestMs: number;
  /** Busy ms per step: find (the article), topic (the first look), read (DOM to text), reply (taking the background's answers), mark. */
  phases?: Record<string, number>;
  /** The step the longest slice belonged to. */
  longestStep?: string;
}

const DEBOUNCE_MS = 250;
// Times the page may remove our marks in one view before Tally leaves that view alone.
const FIGHT_LIMIT = 3;
const MAX_WAIT_MS = 2_000;
const OFF_TOPIC_RECHECK_MS = 5_000;
// A scan with more marks than this inserts them this many per animation frame, so no one frame
// re-lays out a thousand paragraphs at once. Measured on the 100,000-word page (1,171 marks):
// unbatched, the page saw 4 long tasks after load (up to 91 ms); 300 a frame, none, for about
// 70 ms more CPU in layout over the whole page (100 a frame: none, for 120 ms more).
const MARKS_PER_FRAME = 300;

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

/**
 * Publishes a scan's figures as a `tally:scan` performance mark, where browser tests and
 * benchmarks read them. The page can read them too (and so tell that Tally is installed): only
 * test builds publish them.
 */
export function publishScanMark(stats: ScanStats): void {
  try {
    performance.mark('tally:scan', { detail: stats });
  } catch {
    // Marks with detail are missing in old browsers; the figures are optional.
  }
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
  /** The id of this view's topic, once the background has found one. */
  private topic: string | null = null;
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
  /** The opening of the article, sent with every later batch of this view (the page's own report is recognised by it). */
  private opening: string | undefined;
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
    this.opening = undefined;
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

    let sample = '';
    if (!this.topic) {
      // Off-topic pages stop here: a text sample and a substring check, no message with their text.
      sample = textSample(root, TOPIC_SAMPLE_CHARS);
      if (root === this.offTopicRoot && sample === this.offTopicSample) {
        this.offTopicAt = performance.now();
        return done(null); // nothing new since the last look
      }
      this.topics ??= await this.awaitOutside(slicer, this.deps.getTopics());
      const text = `${this.doc.title}\n${sample}`;
      // It may be: the background decides, from the text the next steps read.
      if (!this.topics.some((topic) => mayBeAbout(text, topic))) return this.offTopic(root, sample, slicer, phases, phase);
    }

    phase('topic', 'read');
    const map = await collectText(root, slicer, this.seen);
    phase('read', 'reply');
    // Nothing new to read (or all of it editable): still a finished scan, for tests and benchmarks.
    if (!map.text.trim()) return done({ onTopic: !!this.topic, words: 0, claims: 0, marks: 0, busyMs: slicer.elapsed(), longestMs: slicer.longestMs, phases });
    const published = findPublished(this.doc, root);
    const language = this.doc.documentElement.lang || undefined;

    // One batch per page; a long article goes in pieces, so no message is big enough to stall the page.
    const checks: ClaimCheck[] = [];
    const mentions: PageMention[] = [];
    const skipEntities = new Set(this.markedEntities);
    let words = 0;
    let claims = 0;
    for (const piece of textPieces(map.text, MAX_PAGE_TEXT_CHARS)) {
      const reply = await this.awaitOutside(
        slicer,
        this.deps.checkPage({
          text: piece.text,
          url: this.doc.location.href,
          title: this.doc.title,
          topic: this.topic ?? undefined,
          opening: this.opening,
          published,
          language,
          skipEntities: [...skipEntities],
          markUnmatched: this.options.markUnmatched || undefined,
        }),
      );
      if (!reply.topic) {
        // The background's closer look found no known topic: forget the read, as for any off-topic page.
        this.seen = new WeakSet();
        return this.offTopic(root, sample, slicer, phases, phase);
      }
      this.topic = reply.topic;
      this.scannedRoot = root;
      this.opening ??= map.text.slice(0, MAX_OPENING_CHARS);
      words += reply.words;
      claims += reply.claims;
      for (const check of reply.checks) {
        checks.push({ claim: { ...check.claim, start: check.claim.start + piece.from, end: check.claim.end + piece.from }, reports: check.reports });
      }
      for (const mention of reply.mentions) {
        skipEntities.add(mention.entityId);
        mentions.push({ ...mention, start: mention.start + piece.from, end: mention.end + piece.from });
      }
    }
    phase('reply', 'mark');
    const marks = await this.mark(map, checks, mentions, slicer);
    phase('mark', '');
    slicer.end();
    return {
      onTopic: true,
      words,
      claims,
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

  /** Remembers an off-topic article, so an unchanged one is not looked at again. */
  private offTopic(root: Element, sample: string, slicer: Slicer, phases: Record<string, number>, phase: (name: string, following: string) => void): ScanStats {
    this.offTopicRoot = root;
    this.offTopicSample = sample;
    this.offTopicAt = performance.now();
    phase('topic', '');
    slicer.end();
    return { onTopic: false, words: 0, claims: 0, marks: 0, busyMs: slicer.busyMs, longestMs: slicer.longestMs, phases };
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

  private async mark(map: TextMap, checks: ClaimCheck[], mentions: PageMention[], slicer: Slicer): Promise<number> {
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
    for (const m of mentions) {
      if (this.markedEntities.has(m.entityId)) continue;
      this.markedEntities.add(m.entityId);
      ranges.push({
        start: m.start,
        end: m.end,
        kind: 'entity',
        data: { 'tally-entity': m.entityId },
        label: `${m.spelling}: also reported as ${m.aliases.join(', ')}, open Tally note`,
        content: { kind: 'entity', spelling: m.spelling, aliases: m.aliases },
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

/** The text in pieces of at most `max` characters, cut at a block break, else a sentence end, so no figure is split. */
export function textPieces(text: string, max: number): { text: string; from: number }[] {
  const pieces: { text: string; from: number }[] = [];
  for (let from = 0; from < text.length; ) {
    let to = Math.min(text.length, from + max);
    if (to < text.length) {
      const block = text.lastIndexOf('\n\n', to);
      const sentence = text.lastIndexOf('. ', to);
      to = block > from ? block : sentence > from ? sentence + 1 : to;
    }
    pieces.push({ text: text.slice(from, to), from });
    from = to;
  }
  return pieces;
}
