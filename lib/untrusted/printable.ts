/**
 * Characters a student's file must not get to a teacher's terminal or screen: C0 controls
 * (U+0000–U+001F: escape, bell, backspace, carriage return, line breaks…), DEL and the C1
 * controls (U+007F–U+009F, among them the one-byte CSI and OSC), and the bidirectional
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) that make text display in
 * another order than it is stored. With them a file could clear the screen, hide the grade
 * table (`ESC [8m`), retitle the window, write to the clipboard (OSC 52) or disguise a name.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** What each unprintable character becomes: visible, one column wide, and never a control. */
export const REPLACEMENT = '\uFFFD';

/**
 * `text` safe to print: every unprintable character (see above) replaced by U+FFFD, so the
 * tampering shows instead of acting. The one sanitiser for every student-supplied string the
 * grader prints, in the terminal, in the CSV and on the grading page.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, REPLACEMENT);
}

/** Whether `text` holds any character `printable` would replace. */
export function hasUnprintable(text: string): boolean {
  return new RegExp(UNPRINTABLE.source).test(text);
}
