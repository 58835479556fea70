import type { ComponentType } from 'react';
import { Num } from '@/components/notebook/Num';
import { Callout } from './Callout';

/**
 * The one map of components a lesson can use by name. Lessons never import code; the compile
 * step rejects any capitalised tag that is not listed here.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- MDX passes each its own props
export const mdxComponents: Record<string, ComponentType<any>> = {
  Callout,
  Num,
};

export const mdxComponentNames: readonly string[] = Object.keys(mdxComponents);
