import { describe, expect, it } from 'vitest';
import { SCRUB_THRESHOLD_PX, scrubIntent } from './scrub-gesture';

describe('scrubIntent', () => {
  it('decides nothing while the pointer stays within the threshold', () => {
    expect(scrubIntent(0, 0)).toBe('undecided');
    expect(scrubIntent(SCRUB_THRESHOLD_PX - 1, 0)).toBe('undecided');
    expect(scrubIntent(3, -4)).toBe('undecided');
  });

  it('scrubs on a mostly sideways drag, in either direction', () => {
    expect(scrubIntent(SCRUB_THRESHOLD_PX + 1, 0)).toBe('scrub');
    expect(scrubIntent(-20, 8)).toBe('scrub');
  });

  it('leaves a mostly vertical swipe, and a diagonal tie, to the page', () => {
    expect(scrubIntent(0, 30)).toBe('scroll');
    expect(scrubIntent(4, -40)).toBe('scroll');
    expect(scrubIntent(10, 10)).toBe('scroll');
  });
});
