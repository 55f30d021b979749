import { z } from './zod.ts';

type RawIssue = z.core.$ZodRawIssue;

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 30 ? 'a text' : `the text ${JSON.stringify(value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `the value ${value}`;
  return typeof value === 'object' ? 'an object' : 'a value of another kind';
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

function listed(values: readonly unknown[]): string {
  const words = values.map((value) => JSON.stringify(value));
  return words.length === 1 ? (words[0] ?? '') : `one of ${words.join(', ')}`;
}

/**
 * Zod's own checks worded for the person who must fix the file: what is wrong with the value found, and what belongs
 * there instead, never a validator's shorthand ("Invalid input: expected string, received number"). Undefined for a
 * check not worded here: zod's English locale says it.
 */
export function readerMessage(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      const wanted = TYPE_WORDS[issue.expected] ?? issue.expected;
      return issue.input === undefined
        ? `is missing: ${wanted} is needed here`
        : `should be ${wanted}, not ${describeValue(issue.input)}`;
    }
    case 'invalid_value':
      return issue.input === undefined
        ? `is missing: it should be ${listed(issue.values)}`
        : `should be ${listed(issue.values)}, not ${describeValue(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'is empty: write something here';
      if (issue.origin === 'array')
        return `needs at least ${issue.minimum} ${Number(issue.minimum) === 1 ? 'item' : 'items'}`;
      return undefined;
    case 'unrecognized_keys':
      return `${issue.keys.length === 1 ? 'has a field' : 'has fields'} Citemap does not know: ${issue.keys.join(', ')} (a misspelling, or from another format?)`;
    case 'invalid_union':
      return `is none of the forms allowed here (found ${describeValue(issue.input)})`;
    default:
      return undefined;
  }
}

/**
 * Turns the words above on, for every check from then on (a schema's own `error` still wins). Called by the reader of
 * files and links, which is fetched on demand, and by the data build and the tests: the build's own story, validated
 * already, never needs them, so the first load does not carry them.
 */
export function wordChecksForReaders(): void {
  z.config({ customError: readerMessage });
}
