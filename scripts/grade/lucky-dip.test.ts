/**
 * The grade CLI re-runs a tuning challenge with the settle measure: a submission whose loss only
 * dipped below the goal within the budget earns nothing (and its claimed "correct" is flagged),
 * one that settles within the budget earns the point.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstBelow, illConditionedBowl, makeOptimizer, simulate } from '../../lib/optim';
import { runGrade } from './run';

const START = [-3.5, 1.5];
const GOAL = { loss: 1e-6, steps: 80 };

/** The first setting on a 0.05 × 0.01 grid whose run dips below the goal but does not settle. */
function luckySetting(): { lr: number; beta: number } {
  const bowl = illConditionedBowl({ kappa: 100 });
  for (let i = 1; i <= 78; i++) {
    for (let j = 0; j <= 99; j++) {
      const lr = Number((0.05 * i).toFixed(2));
      const beta = Number((0.01 * j).toFixed(2));
      const optimizer = makeOptimizer('heavy-ball', { lr, beta });
      const run = simulate(bowl, optimizer, START, { steps: GOAL.steps, tol: GOAL.loss });
      const whole = simulate(bowl, optimizer, START, { steps: GOAL.steps });
      if (run.settledAt === null && firstBelow(whole.losses, GOAL.loss) !== null)
        return { lr, beta };
    }
  }
  throw new Error('no lucky setting on the grid');
}

function submission(name: string, values: { lr: number; beta: number }) {
  return {
    format: 'momentum-submission',
    version: 1,
    assignmentId: 'tuning-check',
    assignmentTitle: 'Tuning check',
    student: { name },
    createdAt: '2026-01-10T09:00:00.000Z',
    submittedAt: '2026-01-12T18:30:00.000Z',
    answers: {
      'l4-tune-kappa-100': {
        answer: { values },
        correct: true,
        attempts: 1,
        updatedAt: 1768200000000,
      },
    },
  };
}

describe('npm run grade on a tuning challenge', () => {
  it('gives no credit for a lucky dip and full credit for a run that settles within the budget', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'grade-lucky-'));
    const assignment = path.join(dir, 'assignment.json');
    await fs.writeFile(
      assignment,
      JSON.stringify({
        format: 'momentum-assignment',
        version: 1,
        id: 'tuning-check',
        title: 'Tuning check',
        exercises: [{ id: 'l4-tune-kappa-100', overrides: { goal: GOAL } }],
      }),
    );
    const lucky = luckySetting();
    const files = path.join(dir, 'submissions');
    await fs.mkdir(files);
    await fs.writeFile(
      path.join(files, 'lucky.json'),
      JSON.stringify(submission('Lucky Dip', lucky)),
    );
    await fs.writeFile(
      path.join(files, 'settled.json'),
      JSON.stringify(submission('Steady Settler', { lr: 1, beta: 0.81 })),
    );
    const out: string[] = [];
    const err: string[] = [];
    const { code, result } = await runGrade([files, '--assignment', assignment], {
      out: (line) => out.push(line),
      err: (line) => err.push(line),
      cwd: dir,
    });
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/Lucky Dip\s+submissions\/lucky\.json\s+0!\s+0\/1/);
    expect(text).toMatch(/Steady Settler\s+submissions\/settled\.json\s+1\s+1\/1/);
    expect(result).toBeDefined();
  });
});
