import type { Metadata } from 'next';
import { AssignmentFromLink } from '@/components/assignments/AssignmentFromLink';
import { exerciseCatalog } from '@/lib/content/catalog.server';

export const metadata: Metadata = { title: 'Assignment' };

export default async function AssignmentPage() {
  return (
    <div className="lesson-body">
      <AssignmentFromLink catalog={await exerciseCatalog()} />
    </div>
  );
}
