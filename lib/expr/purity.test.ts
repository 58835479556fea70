import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const here = new URL('.', import.meta.url).pathname;
const sources = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => [f, readFileSync(join(here, f), 'utf8')] as const);

describe('lib/expr sources', () => {
  it('lib/expr never evaluates text as code', () => {
    for (const [file, text] of sources) {
      expect(text, file).not.toMatch(
        /\beval\s*\(|new\s+Function\b|\bFunction\s*\(|setTimeout\s*\(\s*['"`]/,
      );
    }
  });

  it('lib/expr keeps its name tables in Maps, not object literals', () => {
    for (const [file, text] of sources) {
      // A `name in table` or `table[name]` lookup on user text would find inherited members.
      expect(text, file).not.toMatch(
        /\bin\s+(FUNCTIONS|CONSTANTS|OPERATORS|READ_ONLY)\b|\b(FUNCTIONS|CONSTANTS|OPERATORS|READ_ONLY)\[/,
      );
    }
  });

  it('index.ts only re-exports', () => {
    const index = sources.find(([f]) => f === 'index.ts')?.[1] ?? '';
    const statements = index
      .replace(/\/\/.*$/gm, '')
      .split(';')
      .map((st) => st.replace(/\s+/g, ' ').trim())
      .filter((st) => st !== '');
    expect(statements.length).toBeGreaterThan(5);
    for (const st of statements)
      expect(st).toMatch(/^export (type )?\{[^}]*\} from '\.\/[a-z-]+'$/);
  });
});
