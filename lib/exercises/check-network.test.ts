import { describe, expect, it } from 'vitest';
import { checkAnswer } from './check';
import { extractExercises } from './extract';
import type { NetworkSpec } from './types';

// The lesson's challenge, read the way the grader reads it.
const source = `
<NetworkChallenge id="train-it" optimizer="heavy-ball" set={["lr", "beta"]} ranges={{"lr": [0.01, 2], "beta": [0, 0.99]}} goal={{"accuracy": 0.9, "epochs": 30}} margin={20} seed={1}>
Reach 90% by epoch 30.
</NetworkChallenge>
`;

function spec(): NetworkSpec {
  const result = extractExercises(source, { file: 'x.mdx', lesson: 'x' });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.exercises[0] as NetworkSpec;
}

describe('checkAnswer on a network challenge', () => {
  it('reads a <NetworkChallenge> with its defaults: full batch, 16 hidden units', () => {
    expect(spec()).toMatchObject({ kind: 'network', batch: 0, hidden: 16, seed: 1, margin: 20 });
  });

  it('passes a setting that reaches 90% by epoch 30 and stays there through epoch 50', () => {
    const result = checkAnswer(spec(), { values: { lr: 0.5657, beta: 0.9 } });
    expect(result.message).toMatch(
      /^Reached 90% test accuracy at epoch \d+ and stayed there through epoch 50/,
    );
    expect(result.correct).toBe(true);
  });

  it('fails a lucky setting that touches 90% early but falls back before the end', () => {
    const result = checkAnswer(spec(), { values: { lr: 0.8, beta: 0.95 } });
    expect(result.correct).toBe(false);
    expect(result.message).toMatch(/^Touched 90% at epoch (\d+) but did not stay there/);
    expect(Number(/epoch (\d+)/.exec(result.message ?? '')?.[1])).toBeLessThanOrEqual(30);
  });

  it('refuses values outside the allowed ranges and malformed answers without training', () => {
    expect(checkAnswer(spec(), { values: { lr: 5, beta: 0.9 } })).toEqual({
      correct: false,
      message: 'lr = 5 is outside [0.01, 2]',
    });
    expect(checkAnswer(spec(), { values: { lr: 0.5 } }).message).toBe('No value for beta');
    expect(checkAnswer(spec(), 'correct').correct).toBe(false);
  });

  it('reports an author error in the challenge with its place', () => {
    const bad = extractExercises(
      '<NetworkChallenge id="x" optimizer="sgd" set={["lr"]} ranges={{"lr": [0, 1]}} goal={{"accuracy": 0.9, "epochs": 30}} />',
      {
        file: 'bad.mdx',
        lesson: 'x',
      },
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]).toMatchObject({ file: 'bad.mdx', line: 1 });
  });
});
