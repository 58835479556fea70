import { describe, expect, it } from 'vitest';
import { expectClose } from '@/lib/test/expect-close';
import { binary, num, type Node } from './ast';
import { compile } from './compile';
import { parseObjective } from './objective';

const xy = (node: Node) =>
  node.kind === 'var' ? (w: readonly number[]) => (node.name === 'x' ? w[0] : w[1]) : undefined;

describe('compile', () => {
  it('compile(tree) evaluates a shared subtree once per call and afresh at the next call', () => {
    const x: Node = { kind: 'var', name: 'x', index: 0 };
    const shared = binary('+', x, num(1));
    const f = compile(binary('*', shared, shared), xy);
    expect(f([2, 0])).toBe(9);
    expect(f([3, 0])).toBe(16);
    expect(f([-1, 0])).toBe(0);
  });

  it('compile(pick) returns the derivative of the first extreme argument', () => {
    const x: Node = { kind: 'var', name: 'x', index: 0 };
    const y: Node = { kind: 'var', name: 'y', index: 0 };
    const f = compile(
      { kind: 'pick', mode: 'max', args: [x, y], picks: [num(10), num(20)], index: -1 },
      xy,
    );
    expect(f([1, 2])).toBe(20);
    expect(f([2, 1])).toBe(10);
    expect(f([1, 1])).toBe(10);
    expect(f([NaN, 1])).toBe(20);
  });

  // Its cost (linear thanks to shared subtrees) is timed by `npm run bench`.
  it('the gradient of a 250-factor product is exact', () => {
    const r = parseObjective('x*'.repeat(249) + 'x');
    if (!r.ok) throw new Error(r.error.message);
    const o = r.objective;
    expectClose(o.grad([0.99, 0])[0], 250 * 0.99 ** 249, 1e-12);
    expectClose(o.grad([1.01, 0])[0], 250 * 1.01 ** 249, 1e-12);
    const out = new Float64Array(2);
    o.gradInto([1.01, 0], out);
    expectClose(out[0], 250 * 1.01 ** 249, 1e-12);
  });
});
