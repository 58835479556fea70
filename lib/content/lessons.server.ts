import fs from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import { validateFrontmatter, type LessonFrontmatter } from './frontmatter';
import { compileLessonMdx, type CompiledLesson } from './compile-mdx.server';
import { LESSON_COMPONENTS, type LessonComponentSpec } from './props';
import { extractExercises, formatExtractError, type ExerciseSpec } from '@/lib/exercises';

/** Where lessons live; every `NN-slug.mdx` file there is a lesson, ordered by `order`. */
export const LESSONS_DIR = path.join(process.cwd(), 'content', 'lessons');

export interface LessonMeta extends LessonFrontmatter {
  slug: string;
  file: string;
}

export interface Lesson extends LessonMeta, CompiledLesson {
  previous: LessonMeta | null;
  next: LessonMeta | null;
  /** The lesson's exercises, read from its MDX by the same extractor the grader uses. */
  exercises: ExerciseSpec[];
}

/** A lesson's exercises; an invalid one fails the build with file:line. */
function exercisesOf(meta: { source: string; file: string; slug: string }): ExerciseSpec[] {
  const result = extractExercises(meta.source, { file: meta.file, lesson: meta.slug });
  if (!result.ok) throw new Error(result.errors.map(formatExtractError).join('\n'));
  return result.exercises;
}

/** Every lesson with its exercise ids, in course order (for progress bars and assignments). */
export async function listLessonsWithExercises(
  dir = LESSONS_DIR,
): Promise<(LessonMeta & { exercises: ExerciseSpec[] })[]> {
  return (await readAll(dir)).map(({ source, ...meta }) => ({
    ...meta,
    exercises: exercisesOf({ source, ...meta }),
  }));
}

/** `03-momentum.mdx` → `momentum`: the number orders files on disk, the slug is the URL. */
export function slugFromFile(file: string): string {
  return path.basename(file, '.mdx').replace(/^\d+-/, '');
}

/**
 * Reads one lesson's frontmatter; YAML errors from gray-matter carry no file name, so they are
 * rethrown with it.
 */
async function readMeta(file: string): Promise<LessonMeta & { source: string }> {
  const source = await fs.readFile(file, 'utf8');
  const relative = path.relative(process.cwd(), file);
  let data: unknown;
  try {
    data = matter(source).data;
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const line = (mark?.line ?? 0) + 1;
    throw new Error(
      `${relative}:${line}: frontmatter is not valid YAML — ${(error as Error).message}`,
    );
  }
  const result = validateFrontmatter(data, relative);
  if (!result.ok) throw new Error(result.message);
  return { ...result.frontmatter, slug: slugFromFile(file), file: relative, source };
}

async function readAll(dir: string) {
  const files = (await fs.readdir(dir)).filter((f) => f.endsWith('.mdx')).sort();
  const lessons = await Promise.all(files.map((f) => readMeta(path.join(dir, f))));
  lessons.sort((a, b) => a.order - b.order);
  const seen = new Map<string, string>();
  for (const lesson of lessons) {
    const other = seen.get(lesson.slug);
    if (other) throw new Error(`${lesson.file}: slug "${lesson.slug}" is also used by ${other}`);
    seen.set(lesson.slug, lesson.file);
  }
  return lessons;
}

/** All lessons' metadata, in course order (no MDX compile: cheap enough for the home page). */
export async function listLessons(dir = LESSONS_DIR): Promise<LessonMeta[]> {
  return (await readAll(dir)).map(({ source: _source, ...meta }) => meta);
}

/**
 * One lesson compiled to an MDX bundle, with its neighbours for previous/next links. Its tags
 * are checked against `components` (the course's lesson components and their props schemas).
 */
export async function getLesson(
  slug: string,
  dir = LESSONS_DIR,
  components: Readonly<Record<string, LessonComponentSpec>> = LESSON_COMPONENTS,
): Promise<Lesson | null> {
  const lessons = await readAll(dir);
  const index = lessons.findIndex((l) => l.slug === slug);
  if (index < 0) return null;
  const { source, ...meta } = lessons[index];
  const compiled = await compileLessonMdx(source, {
    file: meta.file,
    components,
  });
  const exercises = exercisesOf({ source, ...meta });
  const strip = (l: (typeof lessons)[number] | undefined) => {
    if (!l) return null;
    const { source: _s, ...rest } = l;
    return rest;
  };
  return {
    ...meta,
    ...compiled,
    exercises,
    previous: strip(lessons[index - 1]),
    next: strip(lessons[index + 1]),
  };
}
