import type { RootContent } from 'mdast';
import { positionOf, readProps, type SourceProblem } from './attributes';
import { findElements, parseMdx, plainText, type JsxElement } from './mdx-tree';
import {
  CHOICE_ATTRIBUTES,
  EXERCISE_CHILDREN,
  EXERCISE_COMPONENTS,
  specFromProps,
  type ExerciseComponent,
} from './spec-from-props';
import type { ChoiceOption, ExerciseSpec } from './types';
import { referenceProblems } from './validate-references';

/** An authoring error, pointing at the lesson file, line and column. */
export interface ExtractError {
  message: string;
  file: string;
  line: number;
  column: number;
}

export type ExtractResult =
  { ok: true; exercises: ExerciseSpec[] } | { ok: false; errors: ExtractError[] };

const COMPONENT_NAMES = Object.keys(EXERCISE_COMPONENTS) as ExerciseComponent[];

/**
 * Finds every exercise in one lesson's MDX source, in document order, and validates it:
 * attributes are read as literals (never evaluated as code), Choices, Hints and the Solution
 * are collected from the children, objectives and expected formulas must parse. All problems
 * are returned at once, each with `file:line:column`. Ids must be unique within the lesson;
 * `extractCourseExercises` also checks across lessons.
 */
export function extractExercises(
  source: string,
  options: { file: string; lesson: string },
): ExtractResult {
  const result = extractPlaced(source, options);
  return result.ok ? { ok: true, exercises: result.placed.map((p) => p.spec) } : result;
}

interface Placed {
  spec: ExerciseSpec;
  line: number;
  column: number;
}

function extractPlaced(
  source: string,
  { file, lesson }: { file: string; lesson: string },
): { ok: true; placed: Placed[] } | { ok: false; errors: ExtractError[] } {
  const parsed = parseMdx(source);
  if (!parsed.ok) return { ok: false, errors: [{ ...parsed.error, file }] };

  const placed: Placed[] = [];
  const problems: SourceProblem[] = [];
  const seen = new Map<string, number>();
  for (const element of findElements(parsed.tree, COMPONENT_NAMES)) {
    const at = positionOf(element.position);
    const result = extractOne(element as JsxElement & { name: ExerciseComponent }, lesson);
    problems.push(...result.problems);
    if (!result.spec) continue;
    const { id } = result.spec;
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      problems.push({ ...at, message: `exercise id "${id}" is already used on line ${earlier}` });
      continue;
    }
    seen.set(id, at.line);
    placed.push({ spec: result.spec, ...at });
  }
  if (problems.length) return { ok: false, errors: problems.map((p) => ({ ...p, file })) };
  return { ok: true, placed };
}

function extractOne(
  element: JsxElement & { name: ExerciseComponent },
  lesson: string,
): { spec?: ExerciseSpec; problems: SourceProblem[] } {
  const component = element.name;
  const at = positionOf(element.position);
  const id = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
  const label = typeof id === 'string' ? `<${component} id="${id}">` : `<${component}>`;
  const { props, problems, failed } = readProps(
    element,
    EXERCISE_COMPONENTS[component].attributes,
    label,
  );

  const choices: ChoiceOption[] = [];
  for (const choice of findElements(element, ['Choice'], ['Hints', 'Solution'])) {
    const read = readProps(choice, CHOICE_ATTRIBUTES, `${label} <Choice>`);
    problems.push(...read.problems);
    const { id, why } = read.props;
    if (typeof id !== 'string') {
      problems.push({
        ...positionOf(choice.position),
        message: `${label}: every <Choice> needs an id="…"`,
      });
      continue;
    }
    choices.push({ id, text: plainText(choice), ...(typeof why === 'string' ? { why } : {}) });
  }
  if (component !== 'ChoiceAnswer' && choices.length) {
    problems.push({ ...at, message: `${label}: <Choice> belongs inside a <ChoiceAnswer>` });
  }

  const children = element as { children: RootContent[] };
  const prompt = plainText(children, EXERCISE_CHILDREN);
  const result = specFromProps(component, props, {
    lesson,
    hintCount: findElements(children, ['Hint'], ['Solution']).length,
    hasSolution: findElements(children, ['Solution']).length > 0,
    ...(prompt ? { prompt } : {}),
    ...(component === 'ChoiceAnswer' ? { choices } : {}),
    // An attribute already reported as unreadable would be reported again as missing.
    ignoreFields: failed,
  });
  if (!result.ok) {
    problems.push(
      ...result.problems.map((message) => ({ ...at, message: `${label}: ${message}` })),
    );
    return { problems };
  }
  problems.push(
    ...referenceProblems(result.spec).map((message) => ({
      ...at,
      message: `${label}: ${message}`,
    })),
  );
  return problems.length ? { problems } : { spec: result.spec, problems };
}

/** One lesson file to extract from; `lesson` is its slug. */
export interface LessonSource {
  file: string;
  lesson: string;
  source: string;
}

/**
 * Extracts every lesson's exercises and checks that ids are unique across the whole course
 * (progress is stored by id alone, so two lessons may not share one).
 */
export function extractCourseExercises(files: readonly LessonSource[]): ExtractResult {
  const exercises: ExerciseSpec[] = [];
  const errors: ExtractError[] = [];
  const owner = new Map<string, string>();
  for (const { file, lesson, source } of files) {
    const result = extractPlaced(source, { file, lesson });
    if (!result.ok) {
      errors.push(...result.errors);
      continue;
    }
    for (const { spec, line, column } of result.placed) {
      const other = owner.get(spec.id);
      if (other !== undefined) {
        errors.push({
          file,
          line,
          column,
          message: `exercise id "${spec.id}" is already used in ${other}`,
        });
        continue;
      }
      owner.set(spec.id, file);
      exercises.push(spec);
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, exercises };
}

/** `file:line:column: message`, the form editors and terminals link to. */
export function formatExtractError(error: ExtractError): string {
  return `${error.file}:${error.line}:${error.column}: ${error.message}`;
}
