/**
 * Tally on one page: find the article, look cheaply whether it may be on a known topic, read its
 * text (time-sliced) and send it in ONE batch to the background, which decides the topic, runs
 * the claims engine and checks the figures (utils/engine/check.ts); then mark the figures that have
 * other reports and the entity spellings, and keep up with pages that change. The engine never
 * runs on the page's thread. Everything hangs off one AbortSignal; aborting removes every mark
 * and note at once.
 */
import { MAX_OPENING_CHARS, MAX_PAGE_TEXT_CHARS, TOPIC_SAMPLE_CHARS, type CheckPageReply, type CheckPageRequest, type ClaimCheck, type PageMention } from '../protocol/messages';
import { type PageClaim } from '../protocol/page';
import type { Claim } from '../model/claim';
import type { Topic } from '../model/topic';
import { findArticleRoot, findPublished, textSample } from './article';
import { PageMarks } from './page-marks';
import { Slicer } from './slicer';
import { checkInText, mentionInText, textPieces } from './pieces';
import { ScanClock } from './scan-clock';
import { collectText } from './text-map';

/** Ends the scan's timed slices and passes its result on. */
function finished<T>(slicer: Slicer, value: T): T {
  slicer.end();
  return value;
}

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
const MAX_WAIT_MS = 2_000;
const OFF_TOPIC_RECHECK_MS = 5_000;
// Times one view's already-read text may change and be read again (a live ticker in the
// article would otherwise be re-checked forever); later changes to read text are left alone.
const MAX_REREADS = 200;

/** A running page session. */
export interface TallyPage {
  /** Tells the session the page navigated without a reload (it also notices on its own). */
  navigated(): void;
  /** The figures this session marked, in reading order (the popup's "This page"). */
  claims(): PageClaim[];
  /** Scrolls to a marked figure and opens its note; false when there is none. */
  reveal(id: string): boolean;
}

/** How a session marks. */
export interface PageOptions {
  /** Also mark figures no other report states (the options page's `tally:markUnmatched`). */
  markUnmatched?: boolean;
  /** The test build: what tests may read (docs/extension.md, "What a page can see"). */
  exposeForTests?: boolean;
  onScan?: (stats: ScanStats) => void;
}

/**
 * Publishes a scan's figures as a `tally:scan` performance mark, where browser tests and
 * benchmarks read them. The page can read them too (and so tell that Tally is installed): only
 * test builds publish them.
 */
export function publishScanMark(stats: ScanStats): void {
  try {
    // Firefox: a mark made in the content script's realm has a detail the page cannot read; it
    // is made with the page's own performance object, its detail cloned into the page.
    const clone = (globalThis as { cloneInto?: (value: unknown, scope: unknown) => unknown }).cloneInto;
    const pageWindow = (window as unknown as { wrappedJSObject?: Window }).wrappedJSObject;
    if (typeof clone === 'function' && pageWindow) pageWindow.performance.mark('tally:scan', clone({ detail: stats }, window) as PerformanceMarkOptions);
    else performance.mark('tally:scan', { detail: stats });
  } catch {
    // Marks with detail are missing in old browsers; the figures are optional.
  }
}

/** Starts Tally on `doc` until `signal` aborts. */
export function startTallyPage(doc: Document, deps: PageDeps, signal: AbortSignal, options: PageOptions = {}): TallyPage {
  const session = new PageSession(doc, deps, signal, options);
  session.start();
  return { navigated: () => session.checkNavigation(), claims: () => session.marks.claims(), reveal: (id) => session.marks.reveal(id) };
}

class PageSession {
  readonly marks: PageMarks;
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
  private url: string;
  private running = false;
  private rerun = false;
  private debounceTimer = 0;
  private firstPendingAt = 0;
  private observer: MutationObserver | null = null;
  /** The opening of the article, sent with every later batch of this view (the page's own report is recognised by it). */
  private opening: string | undefined;
  /** Times this view's read text changed and was forgotten to be read again (at most MAX_REREADS). */
  private rereads = 0;
  /** False once the page keeps removing Tally's host: Tally then leaves the page alone. */
  private attached = true;

  constructor(
    private readonly doc: Document,
    private readonly deps: PageDeps,
    private readonly signal: AbortSignal,
    private readonly options: PageOptions,
  ) {
    this.marks = new PageMarks(doc, signal, { exposeForTests: options.exposeForTests, markUnmatched: options.markUnmatched });
    this.url = doc.location.href;
  }

  start(): void {
    const observer = new MutationObserver((records) => this.onMutations(records));
    this.observer = observer;
    // characterData: a framework page updates a text node in place; its mark must follow.
    observer.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
    const view = this.doc.defaultView!;
    view.addEventListener('popstate', () => this.checkNavigation(), { signal: this.signal });
    this.signal.addEventListener(
      'abort',
      () => {
        observer.disconnect();
        clearTimeout(this.debounceTimer);
        this.nav.abort();
      },
      { once: true },
    );
    this.marks.attach();
    void this.scan();
  }

  /** Single-page navigation: forget this view, remove its marks, scan the new one. */
  onNavigate(): void {
    this.url = this.doc.location.href;
    this.nav.abort();
    this.nav = new AbortController();
    this.marks.clear();
    this.rereads = 0;
    this.opening = undefined;
    this.seen = new WeakSet();
    this.topic = null;
    this.scannedRoot = null;
    this.offTopicRoot = null;
    this.offTopicSample = '';
    this.schedule();
  }

  checkNavigation(): boolean {
    if (this.doc.location.href === this.url) return false;
    this.onNavigate();
    return true;
  }

  private onMutations(records: MutationRecord[]): void {
    if (this.checkNavigation()) return;
    let rescan = false;
    for (const record of records) {
      if (record.type === 'characterData') rescan = this.onTextChanged(record.target) || rescan;
      else rescan = this.onChildren(record) || rescan;
    }
    this.marks.scheduleLayout();
    if (rescan) this.schedule();
  }

  /** Nodes added or removed. Returns whether a scan is due. */
  private onChildren(record: MutationRecord): boolean {
    if ([...record.removedNodes].some((n) => this.marks.owns(n))) {
      this.attached = this.marks.attach();
      return false;
    }
    let rescan = false;
    for (const node of record.addedNodes) {
      if (this.marks.owns(node) || (node.nodeType === 3 && this.seen.has(node as Text))) continue;
      if (node.nodeType !== 1 && node.nodeType !== 3) continue;
      // Once an article is read, only changes inside it (or its replacement) call for a rescan:
      // ads and widgets elsewhere cost nothing.
      const root = this.scannedRoot;
      if (root && root.isConnected && !root.contains(node) && !(node.nodeType === 1 && (node as Element).contains(root))) continue;
      // New text inside a paragraph already read: the paragraph is read again, whole.
      if (root && root.contains(node)) this.onTextChanged(node);
      rescan = true;
    }
    return rescan;
  }

  /** The page changed text inside the article: that paragraph's marks go and it is read again. */
  private onTextChanged(node: Node): boolean {
    const root = this.scannedRoot;
    if (!root || !root.contains(node) || this.rereads >= MAX_REREADS) return false;
    if (!this.marks.forgetBlock(node, root, this.seen)) return false;
    this.rereads++;
    return true;
  }

  /** Debounced scan; a page that never stops changing still gets one every MAX_WAIT_MS. */
  private schedule(): void {
    if (this.signal.aborted || !this.attached) return;
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

  /** One scan: find the article, a first look at its topic, read its new text, ask the background, mark. */
  private async scanOnce(signal: AbortSignal): Promise<ScanStats | null> {
    const slicer = new Slicer(signal);
    const clock = new ScanClock(slicer);
    const root = findArticleRoot(this.doc);
    clock.phase('find', 'topic');
    if (!root) return finished(slicer, { onTopic: false, words: 0, claims: 0, marks: 0, busyMs: 0, longestMs: 0 });

    let sample = '';
    if (!this.topic) {
      const look = await this.firstLook(root, slicer);
      if (look === 'unchanged') return finished(slicer, null);
      sample = look.sample;
      if (!look.mayBeOnTopic) return this.offTopic(root, sample, slicer, clock);
    }

    clock.phase('topic', 'read');
    const map = await collectText(root, slicer, this.seen);
    clock.phase('read', 'reply');
    // Nothing new to read (or all of it editable): still a finished scan, for tests and benchmarks.
    if (!map.text.trim()) return finished(slicer, { onTopic: !!this.topic, words: 0, claims: 0, marks: 0, busyMs: slicer.elapsed(), longestMs: slicer.longestMs, phases: clock.phases });
    const batch = await this.askInPieces(map.text, root, slicer);
    if (!batch) {
      // The background's closer look found no known topic: forget the read, as for any off-topic page.
      this.seen = new WeakSet();
      return this.offTopic(root, sample, slicer, clock);
    }
    clock.phase('reply', 'mark');
    const marks = await this.marks.mark(map, batch.checks, batch.mentions, slicer);
    clock.phase('mark', '');
    slicer.end();
    const { words, claims } = batch;
    return { onTopic: true, words, claims, marks, busyMs: slicer.busyMs, longestMs: slicer.longestMs, longestStep: slicer.longestStep, phases: clock.phases };
  }

  /**
   * The first look at a page of no known topic yet: a text sample and a substring check, no
   * message with its text. 'unchanged': the same article and sample as the last off-topic look.
   */
  private async firstLook(root: Element, slicer: Slicer): Promise<'unchanged' | { sample: string; mayBeOnTopic: boolean }> {
    const sample = textSample(root, TOPIC_SAMPLE_CHARS);
    if (root === this.offTopicRoot && sample === this.offTopicSample) {
      this.offTopicAt = performance.now();
      return 'unchanged';
    }
    this.topics ??= await this.awaitOutside(slicer, this.deps.getTopics());
    const text = `${this.doc.title}\n${sample}`;
    // It may be: the background decides, from the text the next steps read.
    return { sample, mayBeOnTopic: this.topics.some((topic) => mayBeAbout(text, topic)) };
  }

  /**
   * One batch per page: the new text to the background, in pieces (./pieces.ts), its answers
   * with offsets into the whole text. Null when the background finds the page on no known topic.
   */
  private async askInPieces(text: string, root: Element, slicer: Slicer): Promise<{ checks: ClaimCheck[]; mentions: PageMention[]; words: number; claims: number } | null> {
    const published = findPublished(this.doc, root);
    const language = this.doc.documentElement.lang || undefined;
    const batch = { checks: [] as ClaimCheck[], mentions: [] as PageMention[], words: 0, claims: 0 };
    const skipEntities = new Set(this.marks.markedEntities());
    for (const piece of textPieces(text, MAX_PAGE_TEXT_CHARS)) {
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
      if (!reply.topic) return null;
      this.topic = reply.topic;
      this.scannedRoot = root;
      this.opening ??= text.slice(0, MAX_OPENING_CHARS);
      batch.words += reply.words;
      batch.claims += reply.claims;
      for (const check of reply.checks) batch.checks.push(checkInText(check, piece.from));
      for (const mention of reply.mentions) {
        skipEntities.add(mention.entityId);
        batch.mentions.push(mentionInText(mention, piece.from));
      }
    }
    return batch;
  }

  private offTopic(root: Element, sample: string, slicer: Slicer, clock: ScanClock): ScanStats {
    this.offTopicRoot = root;
    this.offTopicSample = sample;
    this.offTopicAt = performance.now();
    clock.phase('topic', '');
    slicer.end();
    return { onTopic: false, words: 0, claims: 0, marks: 0, busyMs: slicer.busyMs, longestMs: slicer.longestMs, phases: clock.phases };
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
}

/**
 * A cheap pre-check before detectTopic's regex pass: can the text name one entity of every group
 * the topic requires? Plain substring search on lower-cased, space- and hyphen-free text finds a
 * superset of what the regex finds, so it never rejects a page detectTopic would accept.
 */
export function mayBeAbout(text: string, topic: Topic): boolean {
  if (!topic.requires?.length) return true;
  const haystack = squashedText(text);
  return requiredSpellings(topic).every((group) => group.some((spelling) => haystack.includes(spelling)));
}

const squash = (s: string) => s.toLowerCase().replace(/[\s\-\u2010\u2011]+/g, '');

/** The last text squashed: a first look asks once per topic of the same text (20 topics, one squash). */
let lastSquashed: { text: string; squashed: string } | null = null;
function squashedText(text: string): string {
  if (lastSquashed?.text !== text) lastSquashed = { text, squashed: squash(text) };
  return lastSquashed.squashed;
}

/** Each `requires` group of a topic as its entities' squashed spellings, worked out once per topic object. */
const requiredCache = new WeakMap<Topic, string[][]>();
function requiredSpellings(topic: Topic): string[][] {
  let groups = requiredCache.get(topic);
  if (!groups) {
    const byId = new Map(topic.entities.map((e) => [e.id, e]));
    groups = (topic.requires ?? []).map((group) => group.flatMap((id) => {
      const entity = byId.get(id);
      return entity ? [entity.name, ...entity.aliases].map(squash) : [];
    }));
    requiredCache.set(topic, groups);
  }
  return groups;
}
