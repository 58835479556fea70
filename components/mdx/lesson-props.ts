import type { ReactNode } from 'react';
// Types only: the schemas themselves (zod, the objective registry) stay out of the pages' bundles.
import type { LESSON_COMPONENTS, LessonComponentName, LessonPropsOf } from '@/lib/content/props';

type TakesContent<K extends LessonComponentName> = (typeof LESSON_COMPONENTS)[K]['content'];

/**
 * The props of lesson component `K`, inferred from its schema in lib/content/props (which the
 * MDX compile checks every tag against), plus `children` when it takes content. Each component
 * declares its props as this type, so its Props and its schema cannot drift.
 */
export type LessonProps<K extends LessonComponentName> = LessonPropsOf<K> &
  (TakesContent<K> extends true ? { children?: ReactNode } : unknown);
