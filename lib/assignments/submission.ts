import { z } from 'zod';
import type { Progress } from '../progress/schema';
import { progressKeyFor } from '../progress/scope';
import { ownValue } from '../untrusted/own';
import type { Assignment } from './assignment';
import { askedExercises, assignmentFingerprint } from './fingerprint';
import { clipped, describeForeignFormat, firstIssue, listed, readJsonObject } from './json-file';

export const SUBMISSION_FORMAT = 'momentum-submission';

/**
 * The largest submission (or assignment) file read, in bytes: a whole course of answers is a
 * few kilobytes. The grade command and the grading page check the size before reading.
 */
export const MAX_SUBMISSION_BYTES = 10_000_000;

/** The fingerprint of a set of settings (lib/progress `scope.ts`). */
const fingerprintSchema = z.string().regex(/^[0-9a-f]{16}$/, 'must be 16 hex digits');

/**
 * One submitted answer; `correct` is the browser's claim, which grading re-checks. From version
 * 2 on, the hints the student opened and whether they revealed the solution (in the lesson or
 * the assignment, for these settings).
 */
export const submittedAnswerSchema = z.object({
  answer: z.unknown(),
  correct: z.boolean(),
  attempts: z.number().int().nonnegative(),
  updatedAt: z.number().nonnegative(),
  hintsShown: z.number().int().nonnegative().max(1000).optional(),
  revealed: z.boolean().optional(),
});

/**
 * A student's submission file: the answers to one assignment's exercises, taken from their
 * browser progress. Times are ISO 8601; `createdAt` is the student's first recorded work on the
 * assignment's exercises, `submittedAt` when the file was made. Version 2 adds what the grader
 * needs to never grade silently with the wrong settings: `exercises` (what the assignment asked,
 * each with its settings' fingerprint) and `fingerprint` (of that whole list); and for the class
 * list an optional student id (as in the school's gradebook).
 */
export const submissionSchema = z.object({
  format: z.literal(SUBMISSION_FORMAT),
  version: z.union([z.literal(1), z.literal(2)]),
  assignmentId: z.string().min(1),
  assignmentTitle: z.string(),
  fingerprint: fingerprintSchema.optional(),
  exercises: z
    .array(z.object({ id: z.string().min(1).max(120), fingerprint: fingerprintSchema.optional() }))
    .max(200)
    .optional(),
  student: z.object({
    name: z.string().trim().min(1, 'the student name is empty').max(200),
    id: z.string().trim().max(100).optional(),
  }),
  createdAt: z.iso.datetime({ offset: true }),
  submittedAt: z.iso.datetime({ offset: true }),
  answers: z.record(z.string(), submittedAnswerSchema),
});

export type SubmittedAnswer = z.infer<typeof submittedAnswerSchema>;
export type Submission = z.infer<typeof submissionSchema>;

/**
 * Builds the submission for `assignment` from the learner's progress: every assignment exercise
 * they have answered under the assignment's settings (an answer given in the lesson to a
 * challenge the assignment made harder is not this assignment's answer). Fails (as a value)
 * without a student name. `studentId` is optional (the id the school's gradebook knows).
 */
export function buildSubmission(
  assignment: Assignment,
  progress: Progress,
  name: string,
  now: number,
  studentId = '',
): { ok: true; submission: Submission } | { ok: false; error: string } {
  const student = name.trim();
  if (!student) return { ok: false, error: 'Enter your name before submitting.' };
  const answers: Submission['answers'] = {};
  for (const { id, overrides } of assignment.exercises) {
    // The ids come from the assignment (a link anyone can write): own entries only.
    const entry = ownValue(progress.exercises, progressKeyFor(id, overrides));
    if (!entry || entry.answer === null || entry.answer === undefined) continue;
    answers[id] = {
      answer: entry.answer,
      correct: entry.correct,
      attempts: entry.attempts,
      updatedAt: entry.updatedAt,
      hintsShown: entry.hintsShown,
      revealed: entry.revealed,
    };
  }
  const id = studentId.trim().slice(0, 100);
  const first = Math.min(now, ...Object.values(answers).map((a) => a.updatedAt));
  return {
    ok: true,
    submission: {
      format: SUBMISSION_FORMAT,
      version: 2,
      assignmentId: assignment.id,
      assignmentTitle: assignment.title,
      fingerprint: assignmentFingerprint(assignment),
      exercises: askedExercises(assignment),
      student: { name: student.slice(0, 200), ...(id ? { id } : {}) },
      createdAt: new Date(first).toISOString(),
      submittedAt: new Date(now).toISOString(),
      answers,
    },
  };
}

/** The file a student downloads: `<assignment>-<name>.json`, safe on every file system. */
export function submissionFileName(submission: Submission): string {
  const slug = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[^\w-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, 60) || 'student';
  return `${submission.assignmentId}-${slug(submission.student.name)}.json`;
}

export type ParseSubmissionResult =
  { ok: true; submission: Submission; warnings: string[] } | { ok: false; error: string };

/**
 * Reads a submission file. Malformed JSON, a foreign file, a wrong version, a bad shape, a
 * missing student name or (when `assignment` is given) another assignment's id are one-line
 * errors naming the file. Answers to exercises not in the assignment are dropped with a warning.
 */
export function parseSubmission(
  text: string,
  fileName: string,
  assignment?: Assignment,
): ParseSubmissionResult {
  const fail = (reason: string) => ({ ok: false as const, error: `${fileName}: ${reason}` });
  const json = readJsonObject(text);
  if (!json.ok) return fail(json.reason);
  const { data } = json;
  if (data.format !== SUBMISSION_FORMAT)
    return fail(describeForeignFormat(data.format, SUBMISSION_FORMAT));
  if (data.version !== 1 && data.version !== 2)
    return fail(`has unsupported submission version ${clipped(data.version)} (expected 1 or 2)`);
  const student = data.student as { name?: unknown } | undefined;
  if (typeof student?.name !== 'string' || !student.name.trim()) return fail('has no student name');
  const parsed = submissionSchema.safeParse(data);
  if (!parsed.success) return fail(`is not a valid submission: ${firstIssue(parsed.error)}`);
  return assignment
    ? fitSubmission(parsed.data, fileName, assignment)
    : { ok: true, submission: parsed.data, warnings: [] };
}

/**
 * A read submission checked against the assignment it is graded with: another assignment's id
 * is an error naming the file; answers to exercises the assignment does not ask are dropped,
 * with a warning naming them.
 */
export function fitSubmission(
  submission: Submission,
  fileName: string,
  assignment: Assignment,
): ParseSubmissionResult {
  const fail = (reason: string) => ({ ok: false as const, error: `${fileName}: ${reason}` });
  if (submission.assignmentId !== assignment.id) {
    return fail(`is for assignment "${clipped(submission.assignmentId)}", not "${assignment.id}"`);
  }
  const wanted = new Set(assignment.exercises.map((e) => e.id));
  const unknown = Object.keys(submission.answers).filter((id) => !wanted.has(id));
  if (!unknown.length) return { ok: true, submission, warnings: [] };
  const answers = Object.fromEntries(
    Object.entries(submission.answers).filter(([id]) => wanted.has(id)),
  );
  return {
    ok: true,
    submission: { ...submission, answers },
    warnings: [
      `${fileName}: ignored answers to exercises not in the assignment: ${listed(unknown)}`,
    ],
  };
}
