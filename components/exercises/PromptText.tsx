import { mathHtml } from '@/lib/content/inline-math';

/**
 * An exercise's question as plain text with `$…$` math, typeset for pages that show an exercise
 * outside its lesson (assignments, the teacher's guide) by the course's one inline-math renderer.
 */
export function PromptText({ text }: { text: string }) {
  return <p dangerouslySetInnerHTML={{ __html: mathHtml(text) }} />;
}
