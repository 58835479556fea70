import anyAscii from 'any-ascii';

/** Chinese characters: written without spaces, each one a syllable (or word) of its own. */
const SYLLABIC = /\p{Script=Han}/u;

/** Longest readable part of an id, so the suffix always fits the schema's 80 characters. */
const MAX_BASE = 60;

/**
 * The readable part of an assignment id: the title transliterated to ASCII (any-ascii:
 * "Ελληνικά" → "ellinika", "Неделя 3" → "nedelya-3", "第三周" → "di-san-zhou"), lowercased,
 * with every run of other characters turned into one dash. Empty when nothing readable is left
 * (a title of emoji or punctuation).
 */
export function assignmentIdBase(title: string): string {
  let ascii = '';
  for (const char of title.normalize('NFC')) {
    // One syllable per Chinese character: keep them apart, or "第三周" reads "disanzhou".
    ascii += SYLLABIC.test(char) ? ` ${anyAscii(char)} ` : anyAscii(char);
  }
  return ascii
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_BASE)
    .replace(/-+$/, '');
}

/** Five base-36 characters from the platform's cryptographic source: 36⁵ ≈ 60 million. */
export function randomIdSuffix(): string {
  const bytes = crypto.getRandomValues(new Uint32Array(5));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

/**
 * An assignment id that two instructors cannot both get by giving their assignments the same
 * (or an untransliterable) title: the readable base, then a random suffix drawn once per
 * assignment. Always matches the schema's `^[a-z0-9][a-z0-9-]*$`, at most 80 characters.
 */
export function assignmentId(title: string, suffix: string): string {
  const base = assignmentIdBase(title);
  return base ? `${base}-${suffix}` : `assignment-${suffix}`;
}
