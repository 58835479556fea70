import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkParameter, extractExercises, type ParameterSpec } from '@/lib/exercises';
import { findWorkingSetting } from './answerKey';
import { challengeFigure } from './challengeFigure';

const LESSONS = path.join(process.cwd(), 'content', 'lessons');

function challenge(id: string): ParameterSpec {
  for (const file of fs.readdirSync(LESSONS).filter((f) => f.endsWith('.mdx'))) {
    const result = extractExercises(fs.readFileSync(path.join(LESSONS, file), 'utf8'), {
      file,
      lesson: file,
    });
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    const found = result.exercises.find((e) => e.id === id);
    if (found) return found as ParameterSpec;
  }
  throw new Error(`no challenge ${id}`);
}

describe('the teacher’s key for a tuning challenge', () => {
  it('findWorkingSetting quotes the settle step the check itself reports, for a setting that passes', () => {
    const spec = challenge('l4-tune-kappa-100');
    const setting = findWorkingSetting(spec)!;
    const check = checkParameter(spec, { values: setting.values });
    expect(check.correct).toBe(true);
    expect(setting.steps).toBe((check.detail as { settledAt: number }).settledAt);
    expect(setting.steps).toBeLessThanOrEqual(spec.goal.steps);
    expect(setting.passing).toBeGreaterThan(0);
    expect(setting.passing).toBeLessThan(setting.tried);
  });

  it('the worksheet figure draws the whole budget and says the opening values do not settle', () => {
    const spec = challenge('l4-tune-kappa-100');
    const data = challengeFigure(spec)!;
    expect(data.steps).toBe(spec.goal.steps);
    expect(data.settledAt).toBeNull();
    expect(data.status).toBe('max-steps');
  });
});
