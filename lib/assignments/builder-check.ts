import { parseObjective } from '../expr';
import {
  applyOverrides,
  searchGrid,
  workingSettingOf,
  type ExerciseOverrides,
  type GridSearch,
  type ParameterSpec,
  type WorkingSetting,
} from '../exercises';
import { goalWords } from '../exercises/challenge-goal';
import { rounded } from '../plot/format';

/** What the instructor typed for a tuning challenge, as text: blank means "the lesson's value". */
export interface ChallengeDraft {
  objective: string;
  loss: string;
  steps: string;
  seed: string;
}

export const EMPTY_DRAFT: ChallengeDraft = { objective: '', loss: '', steps: '', seed: '' };

/**
 * Largest step budget the builder accepts: the reachability search runs every grid point for up
 * to this many steps as the instructor types (see `npm run bench`, "builder reachability").
 */
export const MAX_BUILDER_STEPS = 1000;

export interface DraftProblem {
  field: keyof ChallengeDraft;
  message: string;
}

export type DraftReading =
  { ok: true; overrides: ExerciseOverrides | undefined } | { ok: false; problems: DraftProblem[] };

/** Does the challenge draw noise (the only case where a seed changes anything)? */
export function usesSeed(spec: ParameterSpec): boolean {
  return (spec.noise ?? 0) > 0;
}

/** "−2" rather than "-2", and no float noise, for messages. */
function show(x: number): string {
  return rounded(x, 6).replace('-', '−');
}

/** Reads a decimal number the way people type it: "1e-4", "0.0001", "1,5" (a decimal comma). */
function readNumber(text: string): number {
  const t = text
    .trim()
    .replace(/\s+/g, '')
    .replace(/^([+-]?\d+),(\d+)$/, '$1.$2');
  return t === '' ? NaN : Number(t);
}

/**
 * Reads the instructor's settings for one challenge into overrides, or says in words what is
 * wrong with each field: a target that is not a positive number, a budget that is not a whole
 * number of steps, a surface that does not parse (where it went wrong) or is undefined where the
 * run starts — f or ∇f not finite at the start, e.g. sqrt(x) at x < 0 — so a student never
 * meets "Cannot run with these values".
 */
export function readChallengeDraft(spec: ParameterSpec, draft: ChallengeDraft): DraftReading {
  const problems: DraftProblem[] = [];
  const overrides: ExerciseOverrides = {};

  const objectiveText = draft.objective.trim();
  if (objectiveText) {
    const parsed = parseObjective(objectiveText);
    if (!parsed.ok) {
      problems.push({
        field: 'objective',
        message: `The surface does not read as a formula: ${parsed.error.message}`,
      });
    } else if (objectiveText.length > 500) {
      problems.push({ field: 'objective', message: 'The surface is longer than 500 characters.' });
    } else {
      const [x, y] = [spec.initial.x0 ?? spec.start[0], spec.initial.y0 ?? spec.start[1]];
      const grad = parsed.objective.grad([x, y]);
      const f = parsed.objective.f([x, y]);
      if (!Number.isFinite(f) || !grad.every(Number.isFinite)) {
        problems.push({
          field: 'objective',
          message: `The surface is not defined at the start point (${show(x)}, ${show(y)}): f or its slope is not a number there (a square root or logarithm of a negative number, or a division by zero). Choose a surface that is defined there.`,
        });
      } else {
        overrides.objective = objectiveText;
      }
    }
  }

  if (draft.loss.trim()) {
    const loss = readNumber(draft.loss);
    if (!Number.isFinite(loss))
      problems.push({
        field: 'loss',
        message: `The target loss “${draft.loss.trim()}” is not a number: write it like 1e-4 or 0.0001.`,
      });
    else if (loss <= 0)
      problems.push({
        field: 'loss',
        message: 'The target loss must be above 0: a loss of exactly 0 is never reached.',
      });
    else overrides.goal = { ...overrides.goal, loss };
  }

  if (draft.steps.trim()) {
    const steps = readNumber(draft.steps);
    if (!Number.isInteger(steps) || steps < 1)
      problems.push({
        field: 'steps',
        message: `The step budget “${draft.steps.trim()}” is not a whole number of steps: write it like 60.`,
      });
    else if (steps > MAX_BUILDER_STEPS)
      problems.push({
        field: 'steps',
        message: `The step budget is at most ${MAX_BUILDER_STEPS} steps here.`,
      });
    else overrides.goal = { ...overrides.goal, steps };
  }

  if (usesSeed(spec) && draft.seed.trim()) {
    const seed = readNumber(draft.seed);
    if (!Number.isSafeInteger(seed))
      problems.push({
        field: 'seed',
        message: `The random seed “${draft.seed.trim()}” is not a whole number: write it like 7.`,
      });
    else overrides.seed = seed;
  }

  if (problems.length) return { ok: false, problems };
  return { ok: true, overrides: Object.keys(overrides).length ? overrides : undefined };
}

export interface Reachability {
  search: GridSearch;
  /** A passing setting (not a knife edge), or null when none on the grid passes. */
  example: WorkingSetting | null;
  passing: number;
  tried: number;
  /** Why students could not solve it, in words; null when some setting passes. */
  refusal: string | null;
}

const NAMES: Record<string, string> = { lr: 'α', beta: 'β', x0: 'start x', y0: 'start y' };

/**
 * Grid points per axis for the builder's search: coarser than the teacher's key (200 on a line,
 * 60 × 60 on a plane) so an answer comes within about a second as the instructor types.
 */
export function builderGridPoints(dimensions: number): number {
  return dimensions <= 1 ? 100 : dimensions === 2 ? 24 : 8;
}

/** What a finished grid search says about the goal: how many settings pass, or why none can. */
export function reachabilityOf(
  spec: ParameterSpec,
  overrides: ExerciseOverrides | undefined,
  search: GridSearch,
): Reachability {
  const example = workingSettingOf(search);
  const passing = search.results.size;
  const tried = search.passed.length;
  const asked = applyOverrides(spec, overrides);
  const ranges = spec.set
    .map((name) => {
      const [lo, hi] = spec.ranges[name] as [number, number];
      return `${NAMES[name]} from ${show(lo)} to ${show(hi)}`;
    })
    .join(', ');
  const { level, budget } = goalWords(asked.goal);
  const refusal =
    passing > 0
      ? null
      : `Students could not reach this goal: none of the ${tried} settings tried (${ranges}) brings the loss below ${level} to stay there within ${budget}. Give more steps or a looser target.`;
  return { search, example, passing, tried, refusal };
}

/**
 * Is the goal reachable under these overrides? Runs the challenge's own check at every point of
 * a grid over the ranges students may use (lib/exercises `searchGrid`, as the teacher's key
 * does): reachable when at least one setting settles within the goal inside the budget.
 */
export function checkReachable(
  spec: ParameterSpec,
  overrides?: ExerciseOverrides,
  points = builderGridPoints(spec.set.length),
): Reachability {
  return reachabilityOf(spec, overrides, searchGrid(spec, overrides, points));
}
