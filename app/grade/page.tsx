import type { Metadata } from 'next';
import { GradeBoard } from '@/components/assignments/GradeBoard';
import { exerciseCatalog } from '@/lib/content/catalog.server';

export const metadata: Metadata = { title: 'Grade submissions' };

export default async function GradePage() {
  return (
    <div className="lesson-body">
      <h1>Grade submissions</h1>
      <p>
        Every answer is checked again here, with the same code the lessons use: a file that claims
        an answer is correct earns nothing unless the answer passes. The files never leave this
        computer. The same grading is available from a terminal:{' '}
        <code>
          npm run grade -- &lt;files or folders&gt; --assignment &lt;file&gt; --csv grades.csv
        </code>
        .
      </p>
      <GradeBoard catalog={await exerciseCatalog()} />
    </div>
  );
}
