import type { InputHTMLAttributes } from 'react';

/**
 * The attributes of a box a learner types a number into (an answer, a challenge's value): the
 * full keyboard, since a phone's decimal pad may have no minus key and numbers may be negative
 * (the first answer is −0.8) or typed as 1e-3 or 2/3; nothing to autocomplete or autocorrect.
 */
export const NUMBER_TEXT_INPUT = {
  type: 'text',
  inputMode: 'text',
  autoComplete: 'off',
  autoCapitalize: 'off',
  autoCorrect: 'off',
  spellCheck: false,
} as const satisfies InputHTMLAttributes<HTMLInputElement>;
