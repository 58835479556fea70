import type { Metadata } from 'next';
import { IntentLink } from '@/components/layout/IntentLink';
import { notFound } from 'next/navigation';
import { WorksheetExercise } from '@/components/teachers/WorksheetExercise';
import { mathHtml } from '@/lib/content/inline-math';
import '@/components/teachers/teachers.css';
import { listLessonsWithExercises } from '@/lib/content/lessons.server';

interface Params {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await listLessonsWithExercises())
    .filter((l) => l.exercises.length > 0)
    .map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  const lesson = (await listLessonsWithExercises()).find((l) => l.slug === slug);
  return lesson ? { title: `Worksheet: ${lesson.title}` } : {};
}

/** A lesson's exercises as a printable worksheet: static HTML, math typeset, no JavaScript needed. */
export default async function WorksheetPage({ params }: Params) {
  const { slug } = await params;
  const lesson = (await listLessonsWithExercises()).find((l) => l.slug === slug);
  if (!lesson) notFound();
  return (
    <article className="lesson-body worksheet">
      <p className="meta no-print">
        <IntentLink href="/teachers/">Teacher&apos;s guide</IntentLink> ·{' '}
        <IntentLink href={`/lessons/${lesson.slug}/`}>the lesson</IntentLink> · Print this page
        (Ctrl+P / ⌘P) for a clean worksheet.
      </p>
      <h1>
        Worksheet — lesson {lesson.order}: {lesson.title}
      </h1>
      <p className="worksheet-header-fields">
        <span>
          Name: <span className="worksheet-blank" />
        </span>
        <span>
          Date: <span className="worksheet-blank" />
        </span>
      </p>
      <p dangerouslySetInnerHTML={{ __html: mathHtml(lesson.summary) }} />
      <ol className="worksheet-items">
        {lesson.exercises.map((spec, i) => (
          <WorksheetExercise key={spec.id} spec={spec} number={i + 1} />
        ))}
      </ol>
      <p className="meta">
        Check your answers in the course: every exercise checks itself in lesson {lesson.order}, and
        tuning challenges are checked by running them.
      </p>
    </article>
  );
}
