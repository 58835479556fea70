import type { Metadata } from 'next';
import { IntentLink } from '@/components/layout/IntentLink';
import { AssignmentBuilder } from '@/components/assignments/AssignmentBuilder';
import { listAssignments } from '@/lib/content/assignments.server';
import { listLessonsWithExercises } from '@/lib/content/lessons.server';

export const metadata: Metadata = { title: 'Build an assignment' };

export default async function AssignPage() {
  const lessons = await listLessonsWithExercises();
  const builtIn = await listAssignments();
  return (
    <div className="lesson-body">
      <h1>Build an assignment</h1>
      <p>
        Pick exercises from any lesson. For a tuning challenge you can change the surface, the
        target and the step budget. Students open the link (or the built-in page), work through the
        exercises and download a submission file; you grade the files on the{' '}
        <IntentLink href="/grade/">grading page</IntentLink> or with <code>npm run grade</code>.
        Nothing is sent anywhere.
      </p>
      {builtIn.length > 0 && (
        <>
          <h2>Assignments built into this copy of the course</h2>
          <ul>
            {builtIn.map((a) => (
              <li key={a.id}>
                <IntentLink href={`/assignments/${a.id}/`}>{a.title}</IntentLink> (
                {a.exercises.length} exercises)
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>New assignment</h2>
      <AssignmentBuilder
        lessons={lessons.map((l) => ({ slug: l.slug, title: l.title, exercises: l.exercises }))}
      />
    </div>
  );
}
