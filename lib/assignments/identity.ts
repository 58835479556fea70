/**
 * Who a submission is from, for telling one student's files apart from another's. Names are
 * typed by students: "Alice\u200bArcher", "Alice  Archer" and "ＡＬＩＣＥ Archer" are one person.
 * Compared after NFKC normalisation (compatibility forms folded), with invisible format
 * characters (zero-width spaces and joiners, soft hyphens, bidi marks: Unicode category Cf)
 * removed, whitespace runs collapsed to one space, trimmed, and case-folded. A student id, when
 * given, identifies the student instead of the name.
 */
export function normalizedName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** The key two submissions from the same student share: the student id if any, else the name. */
export function studentKey(student: { name: string; id?: string }): string {
  const id = student.id ? normalizedName(student.id) : '';
  return id ? `id:${id}` : `name:${normalizedName(student.name)}`;
}

/**
 * When a submission is late. `due` is an ISO date or date-time; a date alone means the end of
 * that day anywhere on Earth (23:59:59.999 at UTC−12), so no student is late while it is still
 * the due date where they are. Returns the deadline in ms, or undefined without a due date.
 */
export function deadlineOf(due: string | undefined): number | undefined {
  if (!due) return undefined;
  const time = /^\d{4}-\d{2}-\d{2}$/.test(due)
    ? Date.parse(`${due}T23:59:59.999-12:00`)
    : Date.parse(due);
  return Number.isFinite(time) ? time : undefined;
}
