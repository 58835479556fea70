import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { filesFromZip, looksLikeZip } from './zip';

describe('filesFromZip', () => {
  it('reads the .json files of a zip, in order, named by their path inside it', () => {
    const zip = zipSync({
      'w1/b.json': strToU8('{"b":1}'),
      'w1/a.json': strToU8('{"a":"Zoë"}'),
      'w1/notes.txt': strToU8('x'),
      '__MACOSX/w1/._a.json': strToU8('junk'),
      'w1/.hidden.json': strToU8('{}'),
    });
    expect(looksLikeZip(zip)).toBe(true);
    expect(filesFromZip('all.zip', zip)).toEqual({
      files: [
        { name: 'all.zip/w1/a.json', text: '{"a":"Zoë"}' },
        { name: 'all.zip/w1/b.json', text: '{"b":1}' },
      ],
      skipped: ['all.zip/w1/notes.txt: not a .json file'],
      problems: [],
    });
  });

  it('a damaged zip is one problem naming it, never a throw', () => {
    const result = filesFromZip('bad.zip', strToU8('PK\u0003\u0004 nothing else'));
    expect(result.files).toEqual([]);
    expect(result.problems[0]).toMatch(/^bad\.zip: is not a readable zip/);
  });
});
