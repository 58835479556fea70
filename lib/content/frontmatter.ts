import { z } from 'zod';
import { paramSpecsSchema } from '@/lib/notebook/params';

/** The frontmatter every lesson must declare; the build fails naming the file otherwise. */
export const lessonFrontmatterSchema = z
  .object({
    title: z.string().trim().min(1),
    summary: z.string().trim().min(1),
    order: z.number().int().positive(),
    minutes: z.number().int().positive().max(240),
    objectives: z.array(z.string().trim().min(1)).min(1),
    /** The page's named values (α, β, the objective, …) that inline numbers and widgets share. */
    params: paramSpecsSchema.default({}),
  })
  .strict();

export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;

export type FrontmatterResult =
  { ok: true; frontmatter: LessonFrontmatter } | { ok: false; message: string };

/** Validates parsed YAML; the message lists every bad field so an author fixes them in one go. */
export function validateFrontmatter(data: unknown, file: string): FrontmatterResult {
  const parsed = lessonFrontmatterSchema.safeParse(data);
  if (parsed.success) return { ok: true, frontmatter: parsed.data };
  const fields = parsed.error.issues
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
  return { ok: false, message: `${file}:1: invalid frontmatter — ${fields}` };
}
