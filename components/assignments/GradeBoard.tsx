'use client';

import { memo, useMemo, useState } from 'react';
import {
  addFiles,
  createGradeBoard,
  exerciseSummary,
  gradeCsv,
  MAX_SUBMISSION_BYTES,
  parseAssignmentFile,
  type Assignment,
  type GradeResult,
  type LoadedFile,
} from '@/lib/assignments';
import { filesFromZip, looksLikeZip, MAX_ZIP_TOTAL_BYTES } from '@/lib/assignments/zip';
import type { ExerciseSpec } from '@/lib/exercises/types';
import { printable } from '@/lib/untrusted/printable';
import { tooLarge } from '@/lib/untrusted/text-file';
import { downloadText } from './download';

/**
 * The grading page: drop the submission files, or the zip an LMS's "download all" gives, with
 * the assignment file (picked, or dropped among them); every answer is re-checked here in the
 * browser with the course's own checks, and the table can be saved as a CSV for the gradebook.
 * Without an assignment file whose settings matter, nothing is graded and the page says which
 * assignment's file it needs. Nothing is uploaded. Files of the same name are all kept; each file is
 * graded once (lib/assignments `createGradeBoard`), not on every render.
 */
export function GradeBoard({ catalog }: { catalog: Record<string, ExerciseSpec> }) {
  const [assignmentFile, setAssignmentFile] = useState<{
    name: string;
    assignment: Assignment;
  } | null>(null);
  const [assignmentError, setAssignmentError] = useState('');
  const [loaded, setLoaded] = useState<{
    files: readonly LoadedFile[];
    notices: readonly string[];
    refused: readonly string[];
  }>({ files: [], notices: [], refused: [] });
  const [dragging, setDragging] = useState(false);

  const board = useMemo(() => createGradeBoard(new Map(Object.entries(catalog))), [catalog]);
  const outcome = board(loaded.files, assignmentFile?.assignment ?? null);

  const readAssignment = async (file: File | undefined) => {
    if (!file) return;
    const large = tooLarge(file.size, MAX_SUBMISSION_BYTES);
    const result = large
      ? ({ ok: false, error: `is too large to be an assignment (${large})` } as const)
      : parseAssignmentFile(await file.text());
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
    const refused: string[] = [];
    const read: { name: string; text: string }[] = [];
    for (const file of [...list]) {
      // A folder picked with its sub-folders names each file by its path inside it.
      const name = file.webkitRelativePath || file.name;
      const isZip = /\.zip$/i.test(name);
      const large = tooLarge(file.size, isZip ? MAX_ZIP_TOTAL_BYTES : MAX_SUBMISSION_BYTES);
      if (large) {
        refused.push(
          `${name}: is too large to be ${isZip ? 'a zip of submissions' : 'a submission'} (${large})`,
        );
        continue;
      }
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (looksLikeZip(bytes)) {
        const inside = filesFromZip(name, bytes);
        refused.push(...inside.problems, ...inside.skipped);
        read.push(...inside.files);
      } else read.push({ name, text: new TextDecoder('utf-8').decode(bytes) });
    }
    setLoaded((current) => {
      const added = addFiles(current.files, read);
      return {
        files: added.files,
        notices: [...current.notices, ...added.notices],
        refused: [...current.refused, ...refused],
      };
    });
  };
  const problems = [...loaded.refused, ...outcome.problems];

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
            Grading against “{printable(assignmentFile.assignment.title)}” (
            {printable(assignmentFile.name)}).
          </p>
        )}
        {assignmentError && (
          <p className="num-error" role="alert">
            {printable(assignmentError)}
          </p>
        )}
        <label>
          Submission files (.json, or a .zip of them; the assignment file may be among them)
          <input
            type="file"
            multiple
            accept=".json,.zip,application/json,application/zip"
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
        …or drop submission files, a zip of them, and the assignment file here.
      </div>
      {loaded.files.length + loaded.refused.length > 0 && (
        <p>
          {loaded.files.length} file(s) loaded.{' '}
          <button
            type="button"
            className="button"
            onClick={() => setLoaded({ files: [], notices: [], refused: [] })}
          >
            Clear
          </button>
        </p>
      )}
      <MessageList label="Files loaded twice or renamed" items={loaded.notices} itemClass="meta" />
      {outcome.refusal && (
        <p className="num-error grade-refusal" role="alert">
          Not graded: {printable(outcome.refusal)}.
        </p>
      )}
      {outcome.foundAssignment && !assignmentFile && (
        <p className="meta">
          Graded with the assignment file {printable(outcome.foundAssignment)}, found among the
          dropped files.
        </p>
      )}
      <MessageList
        label="Files that could not be graded"
        items={problems}
        className="grade-problems"
        itemClass="num-error"
      />
      <MessageList label="Warnings" items={outcome.warnings} itemClass="meta" />
      {outcome.result && <GradeTable result={outcome.result} />}
    </div>
  );
}

/**
 * The table, drawn again only when the result changes: with thousands of rows, redrawing it for
 * every dragover would cost more than the grading the board already remembers.
 */
const GradeTable = memo(function GradeTable({ result }: { result: GradeResult }) {
  const summary = exerciseSummary(result);
  return (
    <section aria-labelledby="grades-heading">
      <h2 id="grades-heading">Grades</h2>
      <p className="meta">
        {printable(result.assignmentTitle)} ({printable(result.assignmentId)})
        {result.due ? ` · due ${printable(result.due)}` : ''} · {result.rows.length} student(s). One
        student&apos;s several files: the latest is graded, the others are listed above.
      </p>
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
              <th scope="col">Hints</th>
              <th scope="col">Solutions seen</th>
              <th scope="col">Submitted</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((row) => (
              <tr key={row.file}>
                <th scope="row">
                  {printable(row.student)}
                  {row.studentId && <small className="meta"> ({printable(row.studentId)})</small>}
                  <br />
                  <small className="meta">{printable(row.file)}</small>
                </th>
                {result.exercises.map((id) => (
                  <td
                    key={id}
                    className={
                      row.tampered.includes(id) || row.otherSettings.includes(id)
                        ? 'tampered'
                        : undefined
                    }
                  >
                    {row.scores[id]}
                    {row.tampered.includes(id) && (
                      <span title="Claimed correct, but the answer fails the check">
                        {' '}
                        ⚠ claimed correct
                      </span>
                    )}
                    {row.otherSettings.includes(id) && (
                      <span title="The submission was made for other settings of this exercise">
                        {' '}
                        ⚠ other settings
                      </span>
                    )}
                  </td>
                ))}
                <td>
                  {row.total} / {row.max}
                </td>
                <td>{Object.values(row.hints).reduce((sum, n) => sum + n, 0)}</td>
                <td>{row.revealed.length ? row.revealed.join(', ') : '—'}</td>
                <td>
                  {printable(row.submittedAt.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC'))}
                  {row.late && <strong className="late"> late</strong>}
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
      <h2 id="summary-heading">Per exercise</h2>
      <div className="table-scroll">
        <table className="grade-table" aria-labelledby="summary-heading">
          <thead>
            <tr>
              <th scope="col">Exercise</th>
              <th scope="col">Solved</th>
              <th scope="col">Answered</th>
              <th scope="col">Used hints</th>
              <th scope="col">Saw the solution</th>
              <th scope="col">Most common wrong answers</th>
            </tr>
          </thead>
          <tbody>
            {summary.map((s) => (
              <tr key={s.id}>
                <th scope="row">
                  <code>{s.id}</code>
                </th>
                <td>
                  {s.solved} of {result.rows.length}
                </td>
                <td>{s.answered}</td>
                <td>{s.usedHints}</td>
                <td>{s.revealedSolution}</td>
                <td>
                  {s.commonWrong.length
                    ? s.commonWrong.map((w) => `${printable(w.answer)} (${w.count})`).join('; ')
                    : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
});

/** A labelled list of messages about the files (each made printable), or nothing when empty. */
function MessageList({
  label,
  items,
  className,
  itemClass,
}: {
  label: string;
  items: readonly string[];
  className?: string;
  itemClass: string;
}) {
  if (items.length === 0) return null;
  return (
    <ul className={className} aria-label={label}>
      {items.map((item, i) => (
        <li key={i} className={itemClass}>
          {printable(item)}
        </li>
      ))}
    </ul>
  );
}
