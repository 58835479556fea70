import { z } from 'zod';
import { carNumericFields } from '@/lib/data/cars';
import { objectives, optimizerNames, type CarFeature } from '@/lib/optim';
import { EMA_SIGNALS, type EmaSignal } from '@/lib/plot/ema-explorer';

/**
 * The named things lesson props refer to, as zod schemas whose messages list what is allowed:
 * optimizers, built-in surfaces, EMA input sequences and car columns.
 */

/** A built-in optimizer id: 'gd', 'heavy-ball', 'ema-momentum', 'nesterov', 'rmsprop', 'adam'. */
export const optimizerNameSchema = z.enum(optimizerNames);

/** A built-in surface id ('rosenbrock', 'himmelblau', …); see lib/optim/objectives/registry.ts. */
export const surfaceIdSchema = z.enum(objectives.map((o) => o.id) as [string, ...string[]]);

/** An input sequence of the EMA explorer ('alternating', 'noisy', …). */
export const emaSignalSchema = z.enum(EMA_SIGNALS.map((s) => s.id) as [EmaSignal, ...EmaSignal[]]);

const CAR_FEATURES = carNumericFields.filter(
  (field): field is CarFeature => field !== 'Miles_per_Gallon',
);
/** A cars column that can predict miles per gallon. */
export const carFeatureSchema = z.enum(CAR_FEATURES as [CarFeature, ...CarFeature[]]);

/** The name of a page value (`params` in the lesson's frontmatter) a widget binds to. */
export const pageValueSchema = z.string().min(1);

/** A point [x, y]. */
export const pointSchema = z.tuple([z.number(), z.number()]);
