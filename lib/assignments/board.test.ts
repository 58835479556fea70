import { describe, expect, it } from 'vitest';
import { addFiles, createGradeBoard, type LoadedFile } from './board';
import { fixtureCourse, readFixture } from './fixtures/paths';

const { catalog, assignment } = fixtureCourse();

/** Alice's good submission under another student's name. */
function asStudent(name: string): string {
  const data = JSON.parse(readFixture('submissions/alice-good.json'));
  return JSON.stringify({ ...data, student: { name } });
}

describe('addFiles', () => {
  it('keeps two different files of the same name, and says how the second is labelled', () => {
    const first = addFiles([], [{ name: 'week-1-alex.json', text: asStudent('Alex Xu') }]);
    const both = addFiles(first.files, [
      { name: 'week-1-alex.json', text: asStudent('Alex Yang') },
    ]);
    expect(both.files.map((f) => f.label)).toEqual(['week-1-alex.json', 'week-1-alex.json (2)']);
    expect(both.notices).toEqual([
      'Two different files are named week-1-alex.json: both are kept, the one added last as “week-1-alex.json (2)”.',
    ]);
  });

  it('keeps same-named files dropped together, numbering each further one', () => {
    const { files } = addFiles(
      [],
      ['A', 'B', 'C'].map((n) => ({ name: 'alex.json', text: asStudent(n) })),
    );
    expect(files.map((f) => f.label)).toEqual(['alex.json', 'alex.json (2)', 'alex.json (3)']);
  });

  it('a file loaded again with the same content replaces its copy, and says so', () => {
    const text = asStudent('Alex');
    const first = addFiles([], [{ name: 'alex.json', text }]);
    const again = addFiles(first.files, [{ name: 'alex.json', text }]);
    expect(again.files).toEqual(first.files);
    expect(again.notices).toEqual([
      'alex.json was loaded again: it replaces the identical copy loaded before.',
    ]);
  });
});

describe('createGradeBoard', () => {
  it('grades both students whose files share a name', () => {
    const board = createGradeBoard(catalog);
    const { files } = addFiles(
      [],
      ['Alex Xu', 'Alex Yang'].map((n) => ({ name: 'week-1-alex.json', text: asStudent(n) })),
    );
    const outcome = board(files, assignment);
    expect(outcome.result?.rows.map((r) => [r.student, r.file, r.total])).toEqual([
      ['Alex Xu', 'week-1-alex.json', 5],
      ['Alex Yang', 'week-1-alex.json (2)', 5],
    ]);
  });

  it('asked again with the same files and assignment, returns the same outcome without re-grading', () => {
    const board = createGradeBoard(catalog);
    const files: LoadedFile[] = [{ name: 'a.json', label: 'a.json', text: asStudent('Ann') }];
    const first = board(files, assignment);
    expect(board(files, assignment)).toBe(first);
  });

  it('adding a file grades only that file: the other rows are the ones graded before', () => {
    const board = createGradeBoard(catalog);
    const before = addFiles([], [{ name: 'a.json', text: asStudent('Ann') }]).files;
    const ann = board(before, assignment).result!.rows[0];
    const after = addFiles(before, [{ name: 'b.json', text: asStudent('Ben') }]).files;
    const rows = board(after, assignment).result!.rows;
    expect(rows.map((r) => r.student)).toEqual(['Ann', 'Ben']);
    expect(rows[0]).toBe(ann);
  });

  it('refuses, naming the assignment, without its file; grades with the file dropped among the submissions', () => {
    const board = createGradeBoard(catalog);
    const ann: LoadedFile = { name: 'a.json', label: 'a.json', text: asStudent('Ann') };
    const refused = board([ann], null);
    expect(refused.result).toBeNull();
    expect(refused.refusal).toMatch(
      /^cannot grade assignment "momentum-week-1" \(Momentum, week 1\) without its file/,
    );
    const file: LoadedFile = {
      name: 'assignment.json',
      label: 'assignment.json',
      text: readFixture('assignment.json'),
    };
    const dropped = board([ann, file], null);
    expect(dropped.refusal).toBeUndefined();
    expect(dropped.foundAssignment).toBe('assignment.json');
    expect(dropped.problems).toEqual([]);
    expect(dropped.result?.rows.map((r) => r.total)).toEqual([5]);
  });

  it('lists a file it cannot read as a problem and grades the rest', () => {
    const board = createGradeBoard(catalog);
    const outcome = board(
      addFiles(
        [],
        [
          { name: 'a.json', text: asStudent('Ann') },
          { name: 'broken.json', text: '{"format":' },
        ],
      ).files,
      assignment,
    );
    expect(outcome.problems).toEqual([expect.stringMatching(/^broken\.json: is not valid JSON/)]);
    expect(outcome.result?.rows).toHaveLength(1);
  });
});
