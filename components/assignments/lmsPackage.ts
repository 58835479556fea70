// Loaded only when the teacher presses "Download for your LMS" (a dynamic import): fflate and
// the package writer stay out of the builder's first load.
import { unzipSync } from 'fflate';
import type { Assignment } from '@/lib/assignments';
import type { ExerciseSpec } from '@/lib/exercises/types';
import { packageParts, scormPackageFiles } from '@/lib/scorm/package-files';
import { assignmentPlan, DEFAULT_MASTERY } from '@/lib/scorm/plan';
import { zipInSteps } from '@/lib/scorm/zip-steps';

export type LmsProgress =
  | { phase: 'fetch'; done: number; total: number | null }
  | { phase: 'unpack' }
  | { phase: 'zip'; done: number; total: number };

export type LmsPackageResult =
  { ok: true; blob: Blob; fileName: string; files: number } | { ok: false; error: string };

/** The response's body, reporting bytes as they arrive (total null when the server omits it). */
async function readWithProgress(
  response: Response,
  onBytes: (done: number, total: number | null) => void,
): Promise<Uint8Array> {
  const length = Number(response.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let done = 0;
  for (;;) {
    const part = await reader.read();
    if (part.done) break;
    chunks.push(part.value);
    done += part.value.length;
    onBytes(done, total);
  }
  const out = new Uint8Array(done);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * The assignment's SCORM 1.2 package, made in this browser from the course package the site
 * ships (`packageUrl`): the course's files, the run-time and the schema files taken from it, a
 * new launch page and manifest written by the CLI's own writer (lib/scorm/package-files.ts).
 * Every failure is a sentence for the teacher, never a throw.
 */
export async function makeLmsPackage(
  assignment: Assignment,
  catalog: ReadonlyMap<string, ExerciseSpec>,
  packageUrl: string,
  onProgress: (progress: LmsProgress) => void,
): Promise<LmsPackageResult> {
  const planned = assignmentPlan(assignment, catalog, DEFAULT_MASTERY);
  if (!planned.ok)
    return { ok: false, error: `The assignment cannot be packaged: ${planned.error}.` };
  let response: Response;
  try {
    response = await fetch(packageUrl);
  } catch {
    return {
      ok: false,
      error: `The course package (${packageUrl}) could not be fetched: check the connection and try again.`,
    };
  }
  if (!response.ok)
    return {
      ok: false,
      error:
        response.status === 404
          ? 'This copy of the course has no SCORM course package (scorm/momentum-scorm12.zip; whoever publishes the site adds it with `npm run export:scorm` after the build). Meanwhile, download the assignment file and run `npm run export:scorm -- --assignment <file>`.'
          : `The course package could not be fetched (HTTP ${response.status} for ${packageUrl}).`,
    };
  let zipped: Uint8Array;
  try {
    zipped = await readWithProgress(response, (done, total) =>
      onProgress({ phase: 'fetch', done, total }),
    );
  } catch {
    return {
      ok: false,
      error: 'The connection broke while fetching the course package: try again.',
    };
  }
  onProgress({ phase: 'unpack' });
  await new Promise((resolve) => setTimeout(resolve, 0));
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zipped);
  } catch {
    return { ok: false, error: `The course package at ${packageUrl} is not a readable zip file.` };
  }
  const parts = packageParts(files);
  if (!parts.ok) return { ok: false, error: `The file at ${packageUrl}: ${parts.error}.` };
  try {
    const entries = scormPackageFiles(parts.parts, planned.plan);
    const zip = await zipInSteps(entries, (done, total) =>
      onProgress({ phase: 'zip', done, total }),
    );
    return {
      ok: true,
      blob: new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
      fileName: planned.fileName,
      files: entries.length,
    };
  } catch (error) {
    return {
      ok: false,
      error: `The package could not be made: ${(error as Error).message.split('\n')[0]}.`,
    };
  }
}
