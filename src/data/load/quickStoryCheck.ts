import type { z } from '../../model/zod.ts';
import { StorySchema, type Story } from '../../model/story.ts';

/**
 * A validator compiled at build time from the model's JSON Schema (`vite-plugins/storyShapeValidatorPlugin.ts`): it
 * checks every type, key, pattern, bound and length the schema states, and nothing the schema states only as code
 * (its refinements and its web addresses). True when the data has the story's shape.
 */
export type StoryShapeValidator = (data: unknown) => boolean;

// Zod checks a story by building a copy of every object in it: for 100,000 incidents that is most of the worker's time
// (1.7 to 2.3 s in Node, against 0.25 to 0.5 s for the two halves below). Zod offers no check-only mode, and its
// compiled fast path needs `new Function`, which the page's Content-Security-Policy forbids. So a large story is
// checked here in two halves that add up to zod's check: the compiled validator for its shape, then the model's own
// refinements, run by zod's own check objects on the parts that carry them (the walk below follows the schema's
// definition to find them). Anything this file does not know how to split is "unsure", and zod checks the whole story
// as before; so does any story that fails either half, so that its problems are zod's, worded as always.

/** Checks of zod's that the JSON Schema states exactly (lengths, bounds, integers, regular expressions). */
const CHECKS_IN_THE_SHAPE = new Set(['min_length', 'max_length', 'length_equals', 'greater_than', 'less_than']);

/** Zod's numeric formats as z.toJSONSchema writes them: an integer type, or a number with the format's bounds. */
const NUMBER_FORMATS_IN_THE_SHAPE = new Set(['safeint', 'int32', 'uint32', 'float32', 'float64']);

/** Runs what lies at and under one part of the schema that the shape does not check; true when all of it passes. */
type RefinementRun = (value: unknown) => boolean;

class UnsureSplitError extends Error {}

type Schema = z.core.$ZodType;
type Check = z.core.$ZodCheck<never>;

/** Null where nothing at or under the schema is left to run after the shape. */
const runs = new WeakMap<Schema, RefinementRun | null>();

function runFor(schema: Schema): RefinementRun | null {
  const known = runs.get(schema);
  if (known !== undefined) return known;
  const run = makeRun(schema);
  runs.set(schema, run);
  return run;
}

function passes(check: Check | Schema, value: unknown): boolean {
  const payload = { value, issues: [] as unknown[] };
  const internals = (check as Check)._zod as { check?: (payload: never) => unknown };
  if (typeof internals.check !== 'function') throw new UnsureSplitError('a check with nothing to run');
  const result = internals.check(payload as never);
  if (result instanceof Promise) throw new UnsureSplitError('an asynchronous check');
  return payload.issues.length === 0;
}

function isLeftToRun(check: Check): boolean {
  const def = check._zod.def as { check: string; format?: string; pattern?: RegExp };
  if (CHECKS_IN_THE_SHAPE.has(def.check)) return false;
  if (def.check === 'number_format') {
    if (def.format !== undefined && NUMBER_FORMATS_IN_THE_SHAPE.has(def.format)) return false;
    throw new UnsureSplitError(`number format ${String(def.format)}`);
  }
  // JSON Schema writes a regular expression's source without its flags: one with flags is run here too.
  if (def.check === 'string_format') return def.format !== 'regex' || def.pattern?.flags !== '';
  // A refinement (`z.refine`, `z.superRefine`): JSON Schema cannot state it.
  if (def.check === 'custom') return true;
  // Anything else may change the value (`overwrite`) or is not known to be in the shape.
  throw new UnsureSplitError(`check ${def.check}`);
}

function makeRun(schema: Schema): RefinementRun | null {
  const def = schema._zod.def as z.core.$ZodTypeDef & { checks?: Check[]; format?: string };
  const own: (Check | Schema)[] = (def.checks ?? []).filter(isLeftToRun);
  // A string format such as `z.url()` is a check in itself, stated in the JSON Schema only as a `format` the
  // compiled validator does not enforce.
  if (def.type === 'string' && def.format !== undefined) own.push(schema);
  const inner = runUnder(schema);
  if (own.length === 0) return inner;
  return (value) => (inner === null || inner(value)) && own.every((check) => passes(check, value));
}

function runUnder(schema: Schema): RefinementRun | null {
  const def = schema._zod.def;
  switch (def.type) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'literal':
    case 'enum':
    case 'null':
      return null;
    case 'optional':
    case 'nullable': {
      const inner = runFor((def as z.core.$ZodOptionalDef).innerType);
      if (inner === null) return null;
      const absent = def.type === 'optional' ? undefined : null;
      return (value) => value === absent || inner(value);
    }
    case 'object': {
      const { shape, catchall } = def as z.core.$ZodObjectDef;
      // A strict object's catchall is `never`, which the shape states as additionalProperties: false.
      if (catchall !== undefined && catchall._zod.def.type !== 'never')
        throw new UnsureSplitError('an object catchall');
      const fields = Object.entries(shape).flatMap(([key, field]) => {
        const run = runFor(field);
        return run === null ? [] : [[key, run] as const];
      });
      if (fields.length === 0) return null;
      return (value) => fields.every(([key, run]) => run((value as Record<string, unknown>)[key]));
    }
    case 'array': {
      const element = runFor((def as z.core.$ZodArrayDef).element);
      return element === null ? null : (value) => (value as unknown[]).every(element);
    }
    case 'tuple': {
      const { items, rest } = def as z.core.$ZodTupleDef;
      if (rest !== null && runFor(rest) !== null) throw new UnsureSplitError('a tuple rest with refinements');
      const positions = items.flatMap((item, index) => {
        const run = runFor(item);
        return run === null ? [] : [[index, run] as const];
      });
      if (positions.length === 0) return null;
      return (value) => positions.every(([index, run]) => run((value as unknown[])[index]));
    }
    case 'record': {
      const { keyType, valueType } = def as z.core.$ZodRecordDef;
      if (runFor(keyType) !== null) throw new UnsureSplitError('a record key with refinements');
      const entry = runFor(valueType);
      return entry === null ? null : (value) => Object.values(value as object).every(entry);
    }
    case 'union': {
      const { options } = def as z.core.$ZodUnionDef;
      const optionRuns = options.map(runFor);
      if (optionRuns.every((run) => run === null)) return null;
      const discriminator = (def as Partial<z.core.$ZodDiscriminatedUnionDef>).discriminator;
      if (discriminator === undefined) throw new UnsureSplitError('a union of refined options with no discriminator');
      // The shape has checked that the value is one of the options: its discriminator says which.
      const byValue = new Map<unknown, RefinementRun | null>();
      options.forEach((option, index) => {
        for (const tag of option._zod.propValues?.[discriminator] ?? []) byValue.set(tag, optionRuns[index] ?? null);
      });
      return (value) => {
        const run = byValue.get((value as Record<string, unknown>)[discriminator]);
        return run === null || (run !== undefined && run(value));
      };
    }
    default:
      // Transforms, defaults, pipes, lazy schemas…: the story's model has none, and they may change the value.
      throw new UnsureSplitError(`schema type ${def.type}`);
  }
}

/**
 * The story's refinements as a run over data whose shape has passed, or null when the schema has a part this file
 * cannot split off zod's check (then every story goes to zod). Made once, at the first large story.
 */
function storyRefinements(): RefinementRun | null {
  try {
    return runFor(StorySchema) ?? (() => true);
  } catch (error) {
    if (error instanceof UnsureSplitError) return null;
    throw error;
  }
}

let storyRun: RefinementRun | null | undefined;

/**
 * The story, when the data passes both the compiled shape and the model's refinements: the data itself, since the
 * story's schemas are strict objects with no transforms or defaults, so what passes zod is what zod returns. Null when
 * either half fails or the split is unsure: zod then checks the data and words its problems.
 */
export function storyIfQuicklyValid(validateShape: StoryShapeValidator, data: unknown): Story | null {
  storyRun ??= storyRefinements();
  if (storyRun === null || !validateShape(data)) return null;
  try {
    return storyRun(data) ? (data as Story) : null;
  } catch (error) {
    if (error instanceof UnsureSplitError) return null;
    throw error;
  }
}

/** For the tests: why the story's schema cannot be split, or null when it can. */
export function unsureSplitOf(schema: Schema): string | null {
  try {
    runFor(schema);
    return null;
  } catch (error) {
    if (error instanceof UnsureSplitError) return error.message;
    throw error;
  }
}
