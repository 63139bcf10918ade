/**
 * Time-slicing for work on the page's main thread: callers `await slicer.tick()` often, and the
 * slicer yields to the page once the current slice has run for `budgetMs`, so no task of ours
 * gets long (the goal is none over 50 ms). It also honours an AbortSignal: a tick after abort
 * throws, which unwinds whatever long job was running.
 */

type SchedulerWithYield = { yield?: () => Promise<void> };

/** Gives the page's event loop a turn: `scheduler.yield()` where there is one, else a macrotask. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    // A MessageChannel message is a macrotask without setTimeout's 4 ms clamp.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

// A hidden tab runs no animation frames: past this wait, work goes on without one.
const FRAME_TIMEOUT_MS = 100;

/** Resolves at the next animation frame (after the page's own rendering work), or after FRAME_TIMEOUT_MS. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    let timer = 0;
    const id = requestAnimationFrame(() => {
      clearTimeout(timer);
      // rAF callbacks run just before rendering: a macrotask after it starts after the frame.
      setTimeout(resolve, 0);
    });
    timer = window.setTimeout(() => {
      cancelAnimationFrame(id);
      resolve();
    }, FRAME_TIMEOUT_MS);
  });
}

export class Slicer {
  private sliceStart = performance.now();
  private running = true;
  private calls = 0;
  /** Main-thread time spent inside slices so far (ms): the content script's own cost. */
  busyMs = 0;
  /** The longest slice so far (ms). */
  longestMs = 0;
  /** What the caller said it was doing (`step`) when the longest slice ended. */
  longestStep = '';
  /** The current step's name, for `longestStep`. */
  step = '';

  constructor(
    private readonly signal: AbortSignal,
    private readonly budgetMs = 8,
  ) {}

  /** Starts measuring a slice (call when work resumes after an await on something else). */
  begin(): void {
    this.sliceStart = performance.now();
    this.running = true;
  }

  /** Busy time so far, including the slice running now (ms). */
  elapsed(): number {
    return this.busyMs + (this.running ? performance.now() - this.sliceStart : 0);
  }

  /** Ends the current slice's measurement (call before awaiting something other than a tick). */
  end(): void {
    if (!this.running) return;
    this.running = false;
    const spent = performance.now() - this.sliceStart;
    this.busyMs += spent;
    if (spent > this.longestMs) {
      this.longestMs = spent;
      this.longestStep = this.step;
    }
  }

  /** Throws once the signal has aborted. */
  throwIfAborted(): void {
    if (this.signal.aborted) throw this.signal.reason ?? new DOMException('aborted', 'AbortError');
  }

  /**
   * `tick()` for synchronous loops: true when the caller should `await check()` now. Counts like
   * `tick()` (the clock is read every 32nd call) and throws after an abort.
   */
  due(): boolean {
    this.throwIfAborted();
    if ((++this.calls & 31) !== 0) return false;
    return performance.now() - this.sliceStart >= this.budgetMs;
  }

  /** Cheap to call in tight loops; yields when the slice's budget is spent. */
  async tick(): Promise<void> {
    // Checked on every call: after an abort not one more mark may land in the page.
    if (this.signal.aborted) throw this.signal.reason ?? new DOMException('aborted', 'AbortError');
    if ((++this.calls & 31) !== 0) return;
    await this.check();
  }

  /** Ends the slice and resumes after the next frame, so the page renders what this slice changed on its own. */
  async frame(): Promise<void> {
    if (this.signal.aborted) throw this.signal.reason ?? new DOMException('aborted', 'AbortError');
    this.end();
    await nextFrame();
    if (this.signal.aborted) throw this.signal.reason ?? new DOMException('aborted', 'AbortError');
    this.begin();
  }

  /**
   * Yields now if the slice has run `threshold` ms (default: the whole budget). Callers about to
   * take a big step pass a small threshold, so the step starts a fresh slice.
   */
  async check(threshold = this.budgetMs): Promise<void> {
    if (this.signal.aborted) throw this.signal.reason ?? new DOMException('aborted', 'AbortError');
    if (performance.now() - this.sliceStart < threshold) return;
    this.end();
    await yieldToPage();
    if (this.signal.aborted) throw this.signal.reason ?? new DOMException('aborted', 'AbortError');
    this.begin();
  }
}
