import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getMDXComponent } from 'mdx-bundler/client';
import { LessonPager } from '@/components/layout/LessonPager';
import { KeyboardScrollableMath } from '@/components/layout/KeyboardScrollableMath';
import { TableOfContents } from '@/components/layout/TableOfContents';
import { mdxComponents } from '@/components/mdx/registry';
import { NotebookProvider } from '@/components/notebook/NotebookProvider';
import { NotebookToolbar } from '@/components/notebook/NotebookToolbar';
import { ExerciseCatalog } from '@/components/exercises/ExerciseCatalog';
import { ProgressBar } from '@/components/exercises/ProgressBar';
import { inlineMathToHtml } from '@/lib/content/inline-math';
import { getLesson, listLessons } from '@/lib/content/lessons.server';

interface Params {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await listLessons()).map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  const lesson = (await listLessons()).find((l) => l.slug === slug);
  return lesson ? { title: lesson.title, description: lesson.summary } : {};
}

export default async function LessonPage({ params }: Params) {
  const lesson = await getLesson((await params).slug);
  if (!lesson) notFound();
  const Content = getMDXComponent(lesson.code);
  return (
    <NotebookProvider specs={lesson.params}>
      <ExerciseCatalog specs={lesson.exercises}>
        <div className="lesson-layout">
          {/* First in the page so it is early in the tab order; CSS puts it on the right. */}
          <TableOfContents entries={lesson.toc} />
          <article className="lesson-body">
            <header>
              <p className="meta">
                Lesson {lesson.order} · {lesson.minutes} min
              </p>
              <h1>{lesson.title}</h1>
              <section className="objectives" aria-labelledby="objectives-heading">
                <h2 id="objectives-heading">You will learn to</h2>
                <ul>
                  {lesson.objectives.map((objective) => (
                    <li
                      key={objective}
                      dangerouslySetInnerHTML={{ __html: inlineMathToHtml(objective) }}
                    />
                  ))}
                </ul>
              </section>
              <ProgressBar
                exerciseIds={lesson.exercises.map((e) => e.id)}
                label="Progress in this lesson"
              />
              <NotebookToolbar />
            </header>
            {/* The lesson is a component made from its compiled code, here in a server component
                rendered once per page at build: there is no state for a new identity to reset
                (the widgets inside are client components with stable references), so the
                static-components rule does not apply. */}
            {/* eslint-disable-next-line react-hooks/static-components */}
            <Content components={mdxComponents} />
            <LessonPager previous={lesson.previous} next={lesson.next} />
            <KeyboardScrollableMath />
          </article>
        </div>
      </ExerciseCatalog>
    </NotebookProvider>
  );
}
