import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR, SUBMISSIONS_DIR } from '../../lib/assignments/fixtures/paths';
import { collectSubmissionFiles } from './files';

describe('collectSubmissionFiles', () => {
  it('collectSubmissionFiles([folder]) finds every .json file recursively, sorted', async () => {
    const { files: found, skipped } = await collectSubmissionFiles(
      [FIXTURES_DIR],
      path.join(FIXTURES_DIR, 'assignment.json'),
    );
    expect(skipped.map((s) => path.relative(FIXTURES_DIR, s.path))).toEqual(['paths.ts']);
    expect(found.map((f) => (f.ok ? path.relative(FIXTURES_DIR, f.path) : f.error))).toEqual([
      'submissions/alice-good.json',
      'submissions/bob-partial.json',
      'submissions/foreign-progress.json',
      'submissions/malformed.json',
      'submissions/mallory-tampered.json',
      'submissions/other-assignment.json',
    ]);
  });

  it('collectSubmissionFiles(inputs) lists a file named twice once', async () => {
    const file = path.join(SUBMISSIONS_DIR, 'alice-good.json');
    expect((await collectSubmissionFiles([file, SUBMISSIONS_DIR])).files).toHaveLength(6);
  });

  it('collectSubmissionFiles(inputs) reports a missing path and goes on', async () => {
    const { files: found } = await collectSubmissionFiles([
      'no/such/file.json',
      path.join(SUBMISSIONS_DIR, 'alice-good.json'),
    ]);
    expect(found).toEqual([
      { ok: false, path: 'no/such/file.json', error: 'no such file or folder' },
      { ok: true, path: path.join(SUBMISSIONS_DIR, 'alice-good.json') },
    ]);
  });
});
