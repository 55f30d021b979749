import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import type { Plugin } from 'vite';
import { StorySchema } from '../src/model/story.ts';
import { z } from '../src/model/zod.ts';

/**
 * `virtual:story-shape-validator`: the story's shape as a validator compiled at build time, for the worker that reads
 * a large story (`src/data/load/quickStoryCheck.ts` says why and what it leaves to zod). Made from the model's zod
 * schema each build, so it cannot fall behind the model; compiled here because Ajv compiles with `new Function`, which
 * the page's Content-Security-Policy forbids in the browser.
 */
export const STORY_SHAPE_VALIDATOR_ID = 'virtual:story-shape-validator';
const RESOLVED_ID = `\0${STORY_SHAPE_VALIDATOR_ID}`;

type JsonSchemaNode = unknown;

/**
 * `{ anyOf: [X, { type: 'null' }] }` as `X` with `null` added to its type: the same set of values (X's other keywords
 * apply only to its own type), checked in one pass instead of two branches. Zod writes every `z.nullable` the first
 * way; the story has one in most of its objects, and this takes the compiled check of 100,000 incidents from about
 * 1.0 to 0.8 s in Node. X with `const` or `enum` is left alone: those would refuse the null.
 */
export function mergeNullableBranches(node: JsonSchemaNode): JsonSchemaNode {
  if (Array.isArray(node)) return node.map(mergeNullableBranches);
  if (node === null || typeof node !== 'object') return node;
  const merged = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, mergeNullableBranches(value)]));
  const branches: unknown = merged.anyOf;
  if (Object.keys(merged).length !== 1 || !Array.isArray(branches) || branches.length !== 2) return merged;
  const [some, none] = branches as [Record<string, unknown>, Record<string, unknown>];
  const onlyNull = Object.keys(none).length === 1 && none.type === 'null';
  if (!onlyNull || typeof some.type !== 'string' || 'const' in some || 'enum' in some) return merged;
  return { ...some, type: [some.type, 'null'] };
}

/** The JSON Schema of a story, as the compiled validator checks it. */
export function storyJsonSchema(): JsonSchemaNode {
  // `reused: 'ref'` writes a schema used in several places (a citation, a quote) once, under $defs. The default
  // `unrepresentable: 'throw'` fails the build on a part JSON Schema cannot state, rather than checking it loosely.
  return mergeNullableBranches(z.toJSONSchema(StorySchema, { target: 'draft-2020-12', reused: 'ref' }));
}

/** The validator's module: `export const validateStoryShape: (data: unknown) => boolean`. */
export function storyShapeValidatorCode(): string {
  const ajv = new Ajv2020({
    // Zod's regular expressions have no `u` flag; neither do the compiled patterns, so both read them alike.
    unicodeRegExp: false,
    // Formats (`uri`) are zod's to check: quickStoryCheck.ts runs them with the refinements.
    validateFormats: false,
    // Zod's JSON Schema carries its own annotations ($schema on every $def, `id`s of ours) that strict mode refuses.
    strict: false,
    // Only "valid or not" is used: a story that fails is checked by zod, which words the problems.
    messages: false,
    code: { source: true, esm: true, optimize: true },
  });
  const code = standaloneCode(ajv, ajv.compile(storyJsonSchema() as object));
  // Ajv's standalone code requires its runtime helper for string lengths; an ES module imports it. Vite's and Node's
  // interop differ on a CommonJS module with `exports.default`, so both readings are taken.
  const requirePattern = /const (\w+) = require\("ajv\/dist\/runtime\/ucs2length"\)\.default;/;
  const match = requirePattern.exec(code);
  const withImports =
    match === null
      ? code
      : `import * as ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';\n` +
        code.replace(
          requirePattern,
          `const ${match[1]} = typeof ucs2lengthModule.default === 'function' ? ucs2lengthModule.default : ucs2lengthModule.default.default;`,
        );
  if (withImports.includes('require(')) throw new Error('the story shape validator requires a module it cannot import');
  return `${withImports.replace(/^"use strict";/, '')}\nexport const validateStoryShape = (data) => validate(data) === true;\n`;
}

export function storyShapeValidatorPlugin(): Plugin {
  let code: string | null = null;
  return {
    name: 'citemap-story-shape-validator',
    resolveId: (source) => (source === STORY_SHAPE_VALIDATOR_ID ? RESOLVED_ID : null),
    load(id) {
      if (id !== RESOLVED_ID) return null;
      code ??= storyShapeValidatorCode();
      return code;
    },
  };
}
