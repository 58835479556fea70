/**
 * What a figure uses for text the learner types (a loss function, an update rule): the parse of
 * the current text when it is valid; the last valid one, with the error, when it is not; and
 * nothing at all once the text is empty, since an empty box asks for no formula and must not
 * keep drawing the one that was cleared.
 */
export interface TypedText<T> {
  /** The value in effect (the current parse, or the last valid one), or null. */
  value: T | null;
  /** Why the current text is not in effect, or null. */
  error: string | null;
}

export type TextParse<T> = { ok: true; value: T } | { ok: false; message: string };

export const NO_TEXT: TypedText<never> = { value: null, error: null };

/** The state after parsing the current text (`parsed`), or after it was cleared (null). */
export function followText<T>(previous: TypedText<T>, parsed: TextParse<T> | null): TypedText<T> {
  if (parsed === null) return NO_TEXT;
  return parsed.ok
    ? { value: parsed.value, error: null }
    : { value: previous.value, error: parsed.message };
}
