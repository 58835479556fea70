import { parseAssignmentValue, type Assignment, type AssignmentResult } from './assignment';

/** Longest `a=` parameter accepted: links stay well inside what servers and chat apps keep. */
export const MAX_ASSIGNMENT_PARAM = 8000;

/**
 * The `a` parameter of a student link `/assignment?a=…`: the assignment as compact JSON,
 * UTF-8, base64url without padding. Refused (as a value) when longer than MAX_ASSIGNMENT_PARAM.
 */
export function encodeAssignmentLink(
  assignment: Assignment,
): { ok: true; param: string } | { ok: false; error: string } {
  const param = toBase64Url(new TextEncoder().encode(JSON.stringify(assignment)));
  if (param.length > MAX_ASSIGNMENT_PARAM) {
    return {
      ok: false,
      error: `The assignment is too large for a link (${param.length} > ${MAX_ASSIGNMENT_PARAM} characters); share it as a file.`,
    };
  }
  return { ok: true, param };
}

/** Reads the `a` parameter back; a damaged, oversized or foreign link is a value error. */
export function decodeAssignmentParam(param: string | null | undefined): AssignmentResult {
  if (!param) return { ok: false, error: 'The link has no assignment in it.' };
  if (param.length > MAX_ASSIGNMENT_PARAM)
    return { ok: false, error: 'The link is too long to be an assignment.' };
  if (!/^[A-Za-z0-9_-]+$/.test(param))
    return { ok: false, error: 'The link is damaged (unexpected characters).' };
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(param)));
  } catch {
    return { ok: false, error: 'The link is damaged (it does not decode).' };
  }
  const result = parseAssignmentValue(data);
  return result.ok ? result : { ok: false, error: `The link ${result.error}.` };
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(
    text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4),
  );
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
