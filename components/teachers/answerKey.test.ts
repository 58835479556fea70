import { describe, expect, it } from 'vitest';
import { courseExercise } from '@/lib/test/course-exercise';
import { checkParameter, findWorkingSetting, type ParameterSpec } from '@/lib/exercises';

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
});
