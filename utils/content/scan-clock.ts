/**
 * A scan's timing: the busy time of each step (find, topic, read, reply, mark), and which step
 * the slicer files its longest slice under. Figures for tests and benchmarks (`tally:scan`).
 */
import type { Slicer } from './slicer';

export class ScanClock {
  /** Busy milliseconds per step. */
  readonly phases: Record<string, number> = {};
  private phaseStart = 0;

  constructor(private readonly slicer: Slicer) {
    slicer.begin();
    slicer.step = 'find';
  }

  /** Closes step `name` and names the one that follows. */
  phase(name: string, following: string): void {
    const now = this.slicer.elapsed();
    this.phases[name] = (this.phases[name] ?? 0) + now - this.phaseStart;
    this.phaseStart = now;
    this.slicer.step = following;
  }
}
