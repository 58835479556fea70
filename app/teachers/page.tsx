import type { Metadata } from 'next';
import { IntentLink } from '@/components/layout/IntentLink';
import { ExerciseKey } from '@/components/teachers/ExerciseKey';
import { mathHtml } from '@/lib/content/inline-math';
import '@/components/teachers/teachers.css';
import { listLessonsWithExercises } from '@/lib/content/lessons.server';

export const metadata: Metadata = {
  title: "Teacher's guide",
  description:
    'What each lesson covers and how long it takes, every exercise with its answer, worksheets, assignments and offline grading.',
};

export default async function TeachersPage() {
  const lessons = await listLessonsWithExercises();
  const totalMinutes = lessons.reduce((sum, l) => sum + l.minutes, 0);
  const exerciseCount = lessons.reduce((sum, l) => sum + l.exercises.length, 0);
  return (
    <div className="lesson-body teachers-guide">
      <h1>Teacher&apos;s guide</h1>
      <p className="lede">
        {lessons.length} lessons, about {totalMinutes} minutes of reading and {exerciseCount}{' '}
        exercises. Every figure is live, every exercise checks itself, and nothing leaves the
        learner&apos;s browser. This page lists what each lesson covers, how long it takes, and
        every exercise with its answer — keep it away from students.
      </p>
      <nav aria-label="Lessons in this guide">
        <ol>
          {lessons.map((lesson) => (
            <li key={lesson.slug}>
              <a href={`#lesson-${lesson.slug}`}>{lesson.title}</a> · {lesson.minutes} min ·{' '}
              {lesson.exercises.length} exercises ·{' '}
              <IntentLink href={`/worksheets/${lesson.slug}/`}>worksheet</IntentLink>
            </li>
          ))}
        </ol>
      </nav>

      <h2 id="assignments">Assignments and grading</h2>
      <ol>
        <li>
          <strong>Build an assignment</strong> on the{' '}
          <IntentLink href="/assign/">assignment page</IntentLink>: pick exercises from any lesson,
          optionally change a tuning challenge&apos;s surface, goal, step budget or noise, and add a
          title and due date. You get a link for students and an assignment file. (To ship an
          assignment inside the course, save the file under <code>content/assignments/</code> and
          rebuild; it then appears at <code>/assignments/&lt;id&gt;/</code>, which also works
          without a network.)
        </li>
        <li>
          <strong>Students</strong> open the link, work through the exercises (saved in their
          browser as they go), type their name and download a submission file, which they hand in by
          e-mail, USB stick or your learning platform.
        </li>
        <li>
          <strong>Grade offline</strong>: drop the files on the{' '}
          <IntentLink href="/grade/">grading page</IntentLink> to see a student × exercise table and
          download a CSV — nothing is uploaded — or run{' '}
          <code>
            npm run grade -- submissions/ --assignment content/assignments/week-3.json --csv
            grades.csv
          </code>{' '}
          in the course&apos;s source folder. Grading re-runs every check from the submitted
          answers, so a hand-edited &quot;correct&quot; earns nothing.
        </li>
      </ol>
      <p>
        Each lesson&apos;s exercises also print as a <strong>worksheet</strong> (question, options,
        room to answer, and the opening picture of each tuning challenge) — follow the worksheet
        link next to a lesson and print the page.
      </p>

      {lessons.map((lesson) => (
        <section key={lesson.slug} className="lesson-key" aria-labelledby={`lesson-${lesson.slug}`}>
          <h2 id={`lesson-${lesson.slug}`}>
            {lesson.order}. {lesson.title}
          </h2>
          <p className="meta">
            About {lesson.minutes} minutes · {lesson.exercises.length} exercises ·{' '}
            <IntentLink href={`/lessons/${lesson.slug}/`}>open the lesson</IntentLink> ·{' '}
            <IntentLink href={`/worksheets/${lesson.slug}/`}>print the worksheet</IntentLink>
          </p>
          <p dangerouslySetInnerHTML={{ __html: mathHtml(lesson.summary) }} />
          <h3>Learners will be able to</h3>
          <ul>
            {lesson.objectives.map((objective) => (
              <li key={objective} dangerouslySetInnerHTML={{ __html: mathHtml(objective) }} />
            ))}
          </ul>
          <h3>Exercises and answers</h3>
          <ol className="answer-keys">
            {lesson.exercises.map((spec, i) => (
              <ExerciseKey key={spec.id} spec={spec} number={i + 1} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
