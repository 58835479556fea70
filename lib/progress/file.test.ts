import { describe, expect, it } from 'vitest';
import { MAX_PROGRESS_FILE_CHARS, progressFromFile, progressToFile } from './file';

describe('progress files', () => {
  it('progressFromFile(text) reads a file that starts with a UTF-8 byte-order mark', () => {
    const text = `\uFEFF${progressToFile({ schema: 3, exercises: {} }, 0)}`;
    expect(progressFromFile(text)).toMatchObject({ ok: true });
  });

  it('progressFromFile(text) refuses a file too large to be progress, saying so', () => {
    const text = ' '.repeat(MAX_PROGRESS_FILE_CHARS + 1);
    expect(progressFromFile(text)).toEqual({
      ok: false,
      reason: 'The file is too large to be a progress file (5.0 MB; at most 5 MB).',
    });
  });
});
