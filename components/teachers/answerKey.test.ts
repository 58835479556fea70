import { describe, expect, it } from 'vitest';
import { courseExercise } from '@/lib/test/course-exercise';
import { checkParameter, findWorkingSetting, type ParameterSpec } from '@/lib/exercises';
import { challengeFigure } from './challengeFigure';

const challenge = (id: string) => courseExercise<ParameterSpec>(id);

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
