/**
 * Reading a JSON file a person handed over: every failure is a short reason, never a throw.
 * Shared by assignment and submission parsing.
 */
export function readJsonObject(
  text: string,
): { ok: true; data: Record<string, unknown> } | { ok: false; reason: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
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
    ? `is a "${format}" file, not a ${expected}`
    : `is not a ${expected} (no "format": "${expected}" tag)`;
}

/** The first zod issue as `path: message`, for one-line errors. */
export function firstIssue(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}): string {
  const issue = error.issues[0];
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}
