'use client';

import { useState } from 'react';
import {
  gradeCsv,
  gradeSubmissions,
  inferAssignment,
  parseAssignmentFile,
  parseSubmission,
  type Assignment,
  type GradeResult,
  type Submission,
} from '@/lib/assignments';
import type { ExerciseSpec } from '@/lib/exercises/types';
import { downloadText } from './download';

interface Outcome {
  result: GradeResult | null;
  problems: string[];
  warnings: string[];
}

/**
 * The grading page: drop the submission files (and, ideally, the assignment file); every answer
 * is re-checked here in the browser with the course's own checks, and the table can be saved as a
 * CSV for the gradebook. Nothing is uploaded.
 */
export function GradeBoard({ catalog }: { catalog: Record<string, ExerciseSpec> }) {
  const [assignmentFile, setAssignmentFile] = useState<{
    name: string;
    assignment: Assignment;
  } | null>(null);
  const [assignmentError, setAssignmentError] = useState('');
  const [files, setFiles] = useState<{ name: string; text: string }[]>([]);
  const [dragging, setDragging] = useState(false);

  const outcome = grade(files, assignmentFile?.assignment ?? null, catalog);

  const readAssignment = async (file: File | undefined) => {
    if (!file) return;
    const result = parseAssignmentFile(await file.text());
    if (result.ok) {
      setAssignmentFile({ name: file.name, assignment: result.assignment });
      setAssignmentError('');
    } else {
      setAssignmentFile(null);
      setAssignmentError(`${file.name}: ${result.error}`);
    }
  };
  const addSubmissions = async (list: FileList | null) => {
    if (!list) return;
    const read = await Promise.all(
      [...list].map(async (f) => ({ name: f.name, text: await f.text() })),
    );
    setFiles((current) => [
      ...current.filter((c) => !read.some((r) => r.name === c.name)),
      ...read,
    ]);
  };

  return (
    <div className="grade-board">
      <div className="exercise-input">
        <label>
          Assignment file (recommended: it carries the instructor&apos;s settings)
          <input
            type="file"
            accept=".json,application/json"
            onChange={(e) => readAssignment(e.target.files?.[0])}
          />
        </label>
        {assignmentFile && (
          <p className="meta">
            Grading against “{assignmentFile.assignment.title}” ({assignmentFile.name}).
          </p>
        )}
        {assignmentError && (
          <p className="num-error" role="alert">
            {assignmentError}
          </p>
        )}
        <label>
          Submission files
          <input
            type="file"
            multiple
            accept=".json,application/json"
            onChange={(e) => addSubmissions(e.target.files)}
          />
        </label>
      </div>
      <div
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          addSubmissions(e.dataTransfer.files);
        }}
      >
        …or drop submission files here.
      </div>
      {files.length > 0 && (
        <p>
          {files.length} file(s) loaded.{' '}
          <button type="button" className="button" onClick={() => setFiles([])}>
            Clear
          </button>
        </p>
      )}
      {outcome.problems.length > 0 && (
        <ul className="grade-problems" aria-label="Files that could not be graded">
          {outcome.problems.map((p) => (
            <li key={p} className="num-error">
              {p}
            </li>
          ))}
        </ul>
      )}
      {outcome.warnings.length > 0 && (
        <ul aria-label="Warnings">
          {outcome.warnings.map((w) => (
            <li key={w} className="meta">
              {w}
            </li>
          ))}
        </ul>
      )}
      {outcome.result && <GradeTable result={outcome.result} />}
    </div>
  );
}

function grade(
  files: { name: string; text: string }[],
  assignment: Assignment | null,
  catalog: Record<string, ExerciseSpec>,
): Outcome {
  if (files.length === 0) return { result: null, problems: [], warnings: [] };
  const problems: string[] = [];
  const warnings: string[] = [];
  const parsed: { file: string; submission: Submission }[] = [];
  for (const file of files) {
    const result = parseSubmission(file.text, file.name, assignment ?? undefined);
    if (result.ok) {
      parsed.push({ file: file.name, submission: result.submission });
      warnings.push(...result.warnings);
    } else {
      problems.push(result.error);
    }
  }
  if (parsed.length === 0) return { result: null, problems, warnings };
  const specs = new Map(Object.entries(catalog));
  let target = assignment;
  if (!target) {
    const inferred = inferAssignment(
      parsed.map((p) => p.submission),
      specs,
    );
    if (!inferred.ok) return { result: null, problems: [...problems, inferred.error], warnings };
    target = inferred.assignment;
    warnings.push(
      'No assignment file: graded every answered exercise with the lessons’ own settings.',
    );
  }
  const result = gradeSubmissions(target, specs, parsed);
  return { result, problems, warnings: [...warnings, ...result.warnings] };
}

function GradeTable({ result }: { result: GradeResult }) {
  return (
    <section aria-labelledby="grades-heading">
      <h2 id="grades-heading">Grades</h2>
      <div className="table-scroll">
        <table className="grade-table">
          <caption className="visually-hidden">Score of each student on each exercise</caption>
          <thead>
            <tr>
              <th scope="col">Student</th>
              {result.exercises.map((id) => (
                <th scope="col" key={id}>
                  <code>{id}</code>
                </th>
              ))}
              <th scope="col">Total</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((row) => (
              <tr key={row.file}>
                <th scope="row">
                  {row.student}
                  <br />
                  <small className="meta">{row.file}</small>
                </th>
                {result.exercises.map((id) => (
                  <td key={id} className={row.tampered.includes(id) ? 'tampered' : undefined}>
                    {row.scores[id]}
                    {row.tampered.includes(id) && (
                      <span title="Claimed correct, but the answer fails the check">
                        {' '}
                        ⚠ claimed correct
                      </span>
                    )}
                  </td>
                ))}
                <td>
                  {row.total} / {row.max}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button
        type="button"
        className="button primary"
        onClick={() =>
          downloadText(`${result.assignmentId}-grades.csv`, gradeCsv(result), 'text/csv')
        }
      >
        Download CSV
      </button>
    </section>
  );
}
