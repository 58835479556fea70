import { withoutByteOrderMark } from '../untrusted/text-file';

/**
 * Reading a JSON file a person handed over: every failure is a short reason, never a throw.
 * A leading byte-order mark is dropped, as browsers drop it, so the grade command and the
 * grading page accept the same files. Shared by assignment and submission parsing.
 */
export function readJsonObject(
  text: string,
): { ok: true; data: Record<string, unknown> } | { ok: false; reason: string } {
  let data: unknown;
  try {
    data = JSON.parse(withoutByteOrderMark(text));
  } catch (error) {
    return { ok: false, reason: `is not valid JSON (${(error as Error).message})` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, reason: 'is not a JSON object' };
  return { ok: true, data: data as Record<string, unknown> };
}

/** "… is a momentum-progress file, not a momentum-submission" or "… has no format tag". */
export function describeForeignFormat(format: unknown, expected: string): string {
  return typeof format === 'string'
    ? `is a "${clipped(format)}" file, not a ${expected}`
    : `is not a ${expected} (no "format": "${expected}" tag)`;
}

/**
 * A value from a file, quoted in a one-line message: at most `max` characters of it, so a
 * megabyte-long "version" is not a megabyte of error message.
 */
export function clipped(value: unknown, max = 60): string {
  const text = String(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** "a, b, c" or "a, b, c and 7 more": ids from a file, listed in a one-line message. */
export function listed(ids: readonly string[], max = 10): string {
  const shown = ids.slice(0, max).map((id) => clipped(id, 40));
  return ids.length > max ? `${shown.join(', ')} and ${ids.length - max} more` : shown.join(', ');
}

/** The first zod issue as `path: message`, for one-line errors. */
export function firstIssue(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}): string {
  const issue = error.issues[0];
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}
