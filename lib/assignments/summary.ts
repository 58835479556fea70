import type { GradeResult } from './grade';

/** How the class did on one exercise. */
export interface ExerciseSummary {
  id: string;
  /** Students who handed in an answer. */
  answered: number;
  /** Students whose answer passes the re-check. */
  solved: number;
  /** Students who opened at least one hint. */
  usedHints: number;
  /** Students who revealed the worked solution. */
  revealedSolution: number;
  /** The most common wrong answers, most frequent first (ties by text), at most three. */
  commonWrong: { answer: string; count: number }[];
}

/**
 * The per-exercise summary of a graded class: solved, answered, hints and solutions used, and
 * the most common wrong answers (the misconceptions the teacher's guide lists show up here).
 */
export function exerciseSummary(result: GradeResult, top = 3): ExerciseSummary[] {
  return result.exercises.map((id) => {
    const wrong = new Map<string, number>();
    let answered = 0;
    let solved = 0;
    let usedHints = 0;
    let revealedSolution = 0;
    for (const row of result.rows) {
      const mistake = Object.hasOwn(row.wrong, id) ? row.wrong[id] : undefined;
      if (row.scores[id] === 1) solved++;
      if (row.scores[id] === 1 || mistake !== undefined) answered++;
      if (mistake !== undefined) wrong.set(mistake, (wrong.get(mistake) ?? 0) + 1);
      if (Object.hasOwn(row.hints, id)) usedHints++;
      if (row.revealed.includes(id)) revealedSolution++;
    }
    const commonWrong = [...wrong]
      .map(([answer, count]) => ({ answer, count }))
      .sort((a, b) => b.count - a.count || (a.answer < b.answer ? -1 : 1))
      .slice(0, top);
    return { id, answered, solved, usedHints, revealedSolution, commonWrong };
  });
}
