import { describe, expect, it } from 'vitest';
import { Slicer } from './slicer';

describe('Slicer', () => {
  it('lets other work run when it yields', async () => {
    const slicer = new Slicer(new AbortController().signal, 0); // a zero budget: every check yields
    let ranMeanwhile = false;
    const other = new MessageChannel();
    other.port1.onmessage = () => {
      ranMeanwhile = true;
      other.port1.close();
    };
    other.port2.postMessage(null);
    await slicer.check();
    expect(ranMeanwhile).toBe(true);
  });

  it('throws on the first tick after an abort, not 31 ticks later', async () => {
    const controller = new AbortController();
    const slicer = new Slicer(controller.signal);
    await slicer.tick();
    controller.abort();
    await expect(slicer.tick()).rejects.toBeDefined();
  });

  it('due() counts like tick(): the clock every 32nd call, and a throw on the first call after an abort', () => {
    const controller = new AbortController();
    const slicer = new Slicer(controller.signal, 0); // a zero budget: every clock read says yield
    const answers = Array.from({ length: 64 }, () => slicer.due());
    expect(answers.filter(Boolean)).toHaveLength(2);
    expect(answers[31] && answers[63]).toBe(true);
    controller.abort();
    expect(() => slicer.due()).toThrow();
  });
});
