import type { I18n } from '../../i18n/i18n.ts';
import { z } from '../../model/zod.ts';

type RawIssue = z.core.$ZodRawIssue;

function describeValue(value: unknown, i18n: I18n): string {
  if (value === undefined) return i18n._({ id: 'checks.value.nothing', message: 'nothing' });
  if (value === null) return 'null';
  if (Array.isArray(value)) return i18n._({ id: 'checks.value.list', message: 'a list' });
  if (typeof value === 'string') {
    return value.length > 30
      ? i18n._({ id: 'checks.value.longText', message: 'a text' })
      : i18n._({ id: 'checks.value.text', message: 'the text {text}', values: { text: JSON.stringify(value) } });
  }
  if (typeof value === 'number') {
    return i18n._({ id: 'checks.value.number', message: 'the number {number}', values: { number: String(value) } });
  }
  if (typeof value === 'boolean') {
    return i18n._({ id: 'checks.value.boolean', message: 'the value {value}', values: { value: String(value) } });
  }
  return typeof value === 'object'
    ? i18n._({ id: 'checks.value.object', message: 'an object' })
    : i18n._({ id: 'checks.value.other', message: 'a value of another kind' });
}

const TYPE_WORDS = {
  string: /*i18n*/ { id: 'checks.type.string', message: 'a text' },
  number: /*i18n*/ { id: 'checks.type.number', message: 'a number' },
  int: /*i18n*/ { id: 'checks.type.int', message: 'a whole number' },
  boolean: /*i18n*/ { id: 'checks.type.boolean', message: 'true or false' },
  array: /*i18n*/ { id: 'checks.type.array', message: 'a list' },
  object: /*i18n*/ { id: 'checks.type.object', message: 'an object' },
};

function typeWords(expected: string, i18n: I18n): string {
  if (expected === 'null') return 'null';
  return expected in TYPE_WORDS ? i18n._(TYPE_WORDS[expected as keyof typeof TYPE_WORDS]) : expected;
}

function listed(values: readonly unknown[], i18n: I18n): string {
  const words = values.map((value) => JSON.stringify(value));
  return words.length === 1
    ? (words[0] ?? '')
    : i18n._({ id: 'checks.oneOf', message: 'one of {values}', values: { values: words.join(', ') } });
}

/**
 * Zod's own checks worded for the person who must fix the file: what is wrong with the value found, and what belongs
 * there instead, never a validator's shorthand ("Invalid input: expected string, received number"). Undefined for a
 * check not worded here: zod's locale says it.
 */
export function readerMessage(issue: RawIssue, i18n: I18n): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      const wanted = typeWords(issue.expected, i18n);
      return issue.input === undefined
        ? i18n._({ id: 'checks.missingType', message: 'is missing: {wanted} is needed here', values: { wanted } })
        : i18n._({
            id: 'checks.wrongType',
            message: 'should be {wanted}, not {found}',
            values: { wanted, found: describeValue(issue.input, i18n) },
          });
    }
    case 'invalid_value': {
      const wanted = listed(issue.values, i18n);
      return issue.input === undefined
        ? i18n._({ id: 'checks.missingValue', message: 'is missing: it should be {wanted}', values: { wanted } })
        : i18n._({
            id: 'checks.wrongValue',
            message: 'should be {wanted}, not {found}',
            values: { wanted, found: describeValue(issue.input, i18n) },
          });
    }
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) {
        return i18n._({ id: 'checks.emptyText', message: 'is empty: write something here' });
      }
      if (issue.origin === 'array') {
        return i18n._({
          id: 'checks.tooFewItems',
          message: 'needs at least {minimum, plural, one {# item} other {# items}}',
          values: { minimum: Number(issue.minimum) },
        });
      }
      return undefined;
    case 'unrecognized_keys':
      return i18n._({
        id: 'checks.unknownFields',
        message:
          '{count, plural, one {has a field} other {has fields}} Citemap does not know: {fields} (a misspelling, or from another format?)',
        values: { count: issue.keys.length, fields: issue.keys.join(', ') },
      });
    case 'invalid_union':
      return i18n._({
        id: 'checks.noForm',
        message: 'is none of the forms allowed here (found {found})',
        values: { found: describeValue(issue.input, i18n) },
      });
    default:
      return undefined;
  }
}

type ErrorMap = z.core.$ZodErrorMap;

/** Zod's own messages in the reader's language, for the checks not worded above: fetched with the checks' words. */
const zodLocales = new Map<string, ErrorMap>();

const ZOD_LOCALES: Record<string, () => Promise<{ default: () => { localeError: ErrorMap } }>> = {
  ur: () => import('zod/v4/locales/ur.js'),
  fa: () => import('zod/v4/locales/fa.js'),
  hi: () => import('zod/v4/locales/hi.js'),
};

/** Fetches zod's messages in a language (English is built in), so that `schemaErrors` can use them. */
export async function loadZodMessages(locale: string): Promise<void> {
  const load = ZOD_LOCALES[locale];
  if (load === undefined || zodLocales.has(locale)) return;
  zodLocales.set(locale, (await load()).default().localeError);
}

/**
 * The messages of one check of data against a schema, in the instance's language: ours where worded above, else
 * zod's in that language once `loadZodMessages` has fetched it, else zod's English (set in model/zod.ts). Pass it as
 * `schema.safeParse(data, { error: schemaErrors(i18n) })`; a schema's own `error` still wins.
 */
export function schemaErrors(i18n: I18n): ErrorMap {
  return (issue) => readerMessage(issue, i18n) ?? zodLocales.get(i18n.locale)?.(issue);
}

/**
 * Turns the words above on for every check from then on, in English: for the data build and the tests, which parse
 * many schemas and always report in English. The browser passes `schemaErrors` to each check instead.
 */
export function wordChecksForReaders(i18n: I18n): void {
  z.config({ customError: (issue) => readerMessage(issue, i18n) });
}
