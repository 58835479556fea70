import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The browser pieces backgroundSlices uses, stubbed: a window that records listeners and an idle
 * callback that runs on the next timer tick with 10 ms of idle time (or none, timed out).
 */
function stubBrowser() {
  const listeners = new Map<string, (e: { buttons?: number }) => void>();
  vi.stubGlobal('window', {
    addEventListener: (type: string, fn: (e: { buttons?: number }) => void) =>
      listeners.set(type, fn),
  });
  let timedOut = false;
  vi.stubGlobal('requestIdleCallback', (fn: (d: IdleDeadline) => void) =>
    setTimeout(() => fn({ didTimeout: timedOut, timeRemaining: () => (timedOut ? 0 : 10) }), 1),
  );
  vi.stubGlobal('cancelIdleCallback', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
  return {
    fire: (type: string, event: { buttons?: number } = {}) => listeners.get(type)?.(event),
    setTimedOut: (value: boolean) => (timedOut = value),
  };
}

describe('backgroundSlices.whenIdle', () => {
  beforeEach(() => {
    vi.resetModules();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  /** A stubbed browser, the module fresh, and one piece of work started that notes its budgets. */
  async function startWork() {
    const browser = stubBrowser();
    const slices = await import('./backgroundSlices');
    const budgets: number[] = [];
    const work = vi.fn((timeLeft: () => number) => budgets.push(timeLeft()));
    const cancel = slices.whenIdle(work);
    return { browser, slices, budgets, work, cancel };
  }

  it('runs in idle time with at most the slice budget', async () => {
    const { slices, budgets } = await startWork();
    vi.advanceTimersByTime(5);
    expect(budgets).toEqual([slices.SLICE_MS]);
  });

  it('waits while the learner drags or types, and runs once they pause', async () => {
    const { browser, work } = await startWork();
    browser.fire('pointermove', { buttons: 1 });
    vi.advanceTimersByTime(100);
    browser.fire('keydown');
    vi.advanceTimersByTime(100);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('does not wait for a mouse that merely passes over the page', async () => {
    const { browser, work } = await startWork();
    browser.fire('pointermove', { buttons: 0 });
    vi.advanceTimersByTime(5);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('gives a slice forced by the timeout at least 1 ms', async () => {
    const browser = stubBrowser();
    browser.setTimedOut(true);
    const { whenIdle } = await import('./backgroundSlices');
    const budgets: number[] = [];
    whenIdle((timeLeft) => budgets.push(timeLeft()));
    vi.advanceTimersByTime(5);
    expect(budgets).toEqual([1]);
  });

  it('does nothing once cancelled', async () => {
    const { work, cancel } = await startWork();
    cancel();
    vi.advanceTimersByTime(1000);
    expect(work).not.toHaveBeenCalled();
  });
});
