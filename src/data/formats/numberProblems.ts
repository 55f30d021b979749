import type { I18n } from '../../i18n/i18n.ts';
import { TOP_LEVEL, type FormatProblem } from './FormatProblem.ts';

export interface NumberProblem extends FormatProblem {
  /** The same place as `path`, as keys, for a reader that wants to show "too large" in the value's place. */
  keys: (string | number)[];
}

function formatKeys(keys: readonly (string | number)[]): string {
  return keys.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const plain = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
    if (text === '') return plain === key ? key : `[${plain}]`;
    return plain === key ? `${text}.${key}` : `${text}[${plain}]`;
  }, '');
}

/** A place in the file, linked to its parent: copying the keys at every level would be quadratic in the depth. */
interface Place {
  value: unknown;
  key: string | number | null;
  parent: Place | null;
}

function keysOf(place: Place): (string | number)[] {
  const keys: (string | number)[] = [];
  for (let at: Place | null = place; at !== null && at.key !== null; at = at.parent) keys.push(at.key);
  return keys.reverse();
}

/**
 * Numbers the file holds that JavaScript cannot: JSON.parse reads `1e309` as Infinity without complaint, and
 * JSON.stringify would later write it as `null`, so a file's figure would silently become "no value". Each is named
 * by its path so the reader sees "too large" where the number was. Walks without recursion: a file nested thousands
 * deep must not overflow the stack.
 */
export function numberProblems(json: unknown, i18n: I18n): NumberProblem[] {
  const problems: NumberProblem[] = [];
  const stack: Place[] = [{ value: json, key: null, parent: null }];
  for (let place = stack.pop(); place !== undefined; place = stack.pop()) {
    const { value } = place;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) {
        const keys = keysOf(place);
        problems.push({
          keys,
          path: formatKeys(keys) || TOP_LEVEL,
          message:
            value < 0
              ? i18n._({
                  id: 'formats.negativeTooLarge',
                  message:
                    'the negative number is too large to read (beyond about ±1.8e308, such as 1e309): shown as "too large", not as a value',
                })
              : i18n._({
                  id: 'formats.numberTooLarge',
                  message:
                    'the number is too large to read (beyond about ±1.8e308, such as 1e309): shown as "too large", not as a value',
                }),
        });
      }
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i -= 1) stack.push({ value: value[i], key: i, parent: place });
    } else if (typeof value === 'object' && value !== null) {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i -= 1) {
        const [key, item] = entries[i] as [string, unknown];
        stack.push({ value: item, key, parent: place });
      }
    }
  }
  return problems;
}
