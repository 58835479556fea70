import { IntentLink } from '@/components/layout/IntentLink';
import { ProgressBar } from '@/components/exercises/ProgressBar';
import { ProgressPanel } from '@/components/exercises/ProgressPanel';
import { inlineMathToHtml } from '@/lib/content/inline-math';
import { listLessonsWithExercises } from '@/lib/content/lessons.server';

export default async function HomePage() {
  const lessons = await listLessonsWithExercises();
  const allIds = lessons.flatMap((l) => l.exercises.map((e) => e.id));
  const totalMinutes = lessons.reduce((sum, l) => sum + l.minutes, 0);
  return (
    <>
      <section className="home-hero">
        <h1>Momentum</h1>
        <p className="lede">
          Why gradient descent zig-zags across a narrow valley, how a moving average of past
          gradients cancels the zig-zag, and how to tune momentum so training gets faster — with
          every figure live.
        </p>
        <h2>What you will learn</h2>
        <ul>
          <li>Read the shape of a loss surface from its eigenvalues and condition number.</li>
          <li>Predict when gradient descent oscillates, crawls or diverges.</li>
          <li>Build momentum from an exponential moving average of gradients.</li>
          <li>
            Tune the step size and momentum rate, and know the optimal values for a quadratic.
          </li>
          <li>See the speed-up on a real model trained on real data.</li>
        </ul>
      </section>
      <section aria-labelledby="lessons-heading">
        <h2 id="lessons-heading">Lessons</h2>
        <p className="meta">
          {lessons.length} lessons · about {totalMinutes} minutes in all
        </p>
        <ProgressBar exerciseIds={allIds} label="Progress in the course" />
        <ol className="lesson-list">
          {lessons.map((lesson, i) => (
            <li key={lesson.slug}>
              <IntentLink className="lesson-card" href={`/lessons/${lesson.slug}/`}>
                <h3>
                  {i + 1}. {lesson.title}
                </h3>
                <p dangerouslySetInnerHTML={{ __html: inlineMathToHtml(lesson.summary) }} />
                <p className="meta">
                  {lesson.minutes} min read · {lesson.exercises.length} exercises
                </p>
              </IntentLink>
            </li>
          ))}
        </ol>
      </section>
      <ProgressPanel />
      <section aria-labelledby="teachers-heading">
        <h2 id="teachers-heading">For instructors</h2>
        <p>
          <IntentLink href="/assign/">Build an assignment</IntentLink> from any lesson&apos;s
          exercises, share it as a link or a file, and{' '}
          <IntentLink href="/grade/">grade the submissions</IntentLink> in the browser or with{' '}
          <code>npm run grade</code>. The{' '}
          <IntentLink href="/teachers/">teacher&apos;s guide</IntentLink> has every answer and
          printable worksheets. Every figure is also in the{' '}
          <IntentLink href="/gallery/">widget gallery</IntentLink>.
        </p>
      </section>
    </>
  );
}
