import { describe, expect, it } from 'vitest';
import { parseGradeArgs } from './args';

describe('parseGradeArgs', () => {
  it('parseGradeArgs(argv) takes files, folders and every option', () => {
    expect(
      parseGradeArgs([
        'subs/',
        'x.json',
        '--assignment',
        'a.json',
        '--csv=out.csv',
        '--content',
        'lessons',
      ]),
    ).toEqual({
      ok: true,
      options: {
        inputs: ['subs/', 'x.json'],
        assignment: 'a.json',
        csv: 'out.csv',
        content: 'lessons',
        help: false,
      },
    });
  });

  it('parseGradeArgs(argv) defaults the lessons folder to content/lessons', () => {
    expect(parseGradeArgs(['x.json'])).toMatchObject({
      ok: true,
      options: { content: 'content/lessons' },
    });
  });

  it('parseGradeArgs(argv) treats everything after -- as a file, even a dashed name', () => {
    expect(parseGradeArgs(['--', '--odd.json'])).toMatchObject({
      ok: true,
      options: { inputs: ['--odd.json'] },
    });
  });

  it('parseGradeArgs(["--help"]) asks for help without needing files', () => {
    expect(parseGradeArgs(['--help'])).toMatchObject({ ok: true, options: { help: true } });
  });

  it.each([
    [[], 'no submission files or folders given'],
    [['x.json', '--csv'], '--csv needs a value'],
    [['x.json', '--csv', '--assignment', 'a.json'], '--csv needs a value'],
    [['x.json', '--assignment='], '--assignment needs a value'],
    [['x.json', '--verbose'], 'unknown option --verbose'],
    [['x.json', '--csv', 'a', '--csv', 'b'], '--csv is given twice'],
  ])('parseGradeArgs(%j) is the usage error "%s"', (argv, error) => {
    expect(parseGradeArgs(argv)).toEqual({ ok: false, error });
  });
});
