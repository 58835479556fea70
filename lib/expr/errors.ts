/** A mistake in what the learner typed: a message and the 0-based offset it points at. */
export interface SourceError {
  readonly message: string;
  readonly index: number;
}

/** The failure half of every parse result. */
export interface Failure {
  readonly ok: false;
  readonly error: SourceError;
}

/**
 * Thrown inside the parser only, and always caught at its public entry points, which turn it
 * into a `{ ok: false }` value. It never escapes lib/expr.
 */
export class ExprSyntaxError extends Error {
  constructor(
    message: string,
    readonly index: number,
  ) {
    super(message);
  }
}

/** Human wording of an offset: learners count characters from 1. */
export function at(index: number): string {
  return `at position ${index + 1}`;
}

/** A `{ ok: false }` value. */
export function failure(message: string, index: number): Failure {
  return { ok: false, error: { message, index } };
}
