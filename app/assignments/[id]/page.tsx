import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AssignmentView } from '@/components/assignments/AssignmentView';
import { listAssignments } from '@/lib/content/assignments.server';
import { exerciseCatalog } from '@/lib/content/catalog.server';

interface Params {
  params: Promise<{ id: string }>;
}

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await listAssignments()).map(({ id }) => ({ id }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id } = await params;
  const assignment = (await listAssignments()).find((a) => a.id === id);
  return assignment ? { title: assignment.title } : {};
}

export default async function BuiltInAssignmentPage({ params }: Params) {
  const { id } = await params;
  const assignment = (await listAssignments()).find((a) => a.id === id);
  if (!assignment) notFound();
  return (
    <div className="lesson-body">
      <AssignmentView assignment={assignment} catalog={await exerciseCatalog()} />
    </div>
  );
}
