import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectClose } from '@/lib/test/expect-close';
import { portableExp, portableTanh } from './portable-math';

fc.configureGlobal({ seed: 20240611 });

describe('portableExp', () => {
  it('agrees with Math.exp to within 2e-15 relative over the range a softmax uses', () => {
    fc.assert(
      fc.property(fc.double({ min: -700, max: 700, noNaN: true }), (x) => {
        const want = Math.exp(x);
        expect(Math.abs(portableExp(x) - want)).toBeLessThanOrEqual(2e-15 * want);
      }),
    );
  });

  it('is exactly 1 at 0, 0 far below, Infinity far above, and NaN for NaN', () => {
    expect(portableExp(0)).toBe(1);
    expect(portableExp(-800)).toBe(0);
    expect(portableExp(710)).toBe(Infinity);
    expect(portableExp(NaN)).toBeNaN();
  });

  it('turns sums into products: e^(a+b) = e^a e^b to rounding', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -50, max: 50, noNaN: true }),
        fc.double({ min: -50, max: 50, noNaN: true }),
        (a, b) => {
          expectClose(portableExp(a + b) / (portableExp(a) * portableExp(b)), 1, 1e-13);
        },
      ),
    );
  });
});

describe('portableTanh', () => {
  it('agrees with Math.tanh and is odd', () => {
    fc.assert(
      fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (x) => {
        expectClose(portableTanh(x), Math.tanh(x), 1e-14);
        expect(portableTanh(-x)).toBe(-portableTanh(x));
      }),
    );
  });
});
