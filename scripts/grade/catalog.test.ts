import { describe, expect, it } from 'vitest';
import { BROKEN_FIXTURES_DIR, LESSON_FIXTURES_DIR } from '../../lib/exercises/fixtures/paths';
import { lessonSlug, loadCatalog } from './catalog';

describe('loadCatalog', () => {
  it('lessonSlug(file) drops the order prefix and the extension', () => {
    expect(lessonSlug('03-momentum.mdx')).toBe('momentum');
    expect(lessonSlug('content/lessons/10-noise-floor.mdx')).toBe('noise-floor');
  });

  it('loadCatalog(dir) extracts every lesson’s exercises by id, in course order', async () => {
    const result = await loadCatalog(LESSON_FIXTURES_DIR);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect([...result.catalog.keys()]).toEqual([
      'l1-gd-factor',
      'l1-window',
      'l1-predict-zigzag',
      'l2-tune',
      'l2-effects',
      'l2-ema-rule',
      'l2-quadratic',
    ]);
    expect(result.catalog.get('l2-tune')?.lesson).toBe('momentum');
  });

  it('loadCatalog(dir) fails with file:line:column errors for a broken lesson', async () => {
    const result = await loadCatalog(BROKEN_FIXTURES_DIR);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]).toMatch(/01-broken\.mdx:10:1: <NumericAnswer>: id is required$/);
  });

  it('loadCatalog(dir) reports a missing folder', async () => {
    expect(await loadCatalog('no/such/dir')).toEqual({
      ok: false,
      errors: ['no/such/dir: no such file or folder'],
    });
  });
});
