import { englishI18n } from '../../../../src/i18n/i18n.ts';
import { describe, expect, it } from 'vitest';
import { describeTarget, markReason, nextIncidentId } from '../../../../src/panels/article/quoteTarget.ts';

const segment = { text: 'words', quotes: [{ incidentIds: ['a'] }] } as never;

describe('quote targets', () => {
  it('steps through every incident that cites the words', () => {
    expect(nextIncidentId(['a', 'b'], null)).toBe('a');
    expect(nextIncidentId(['a', 'b'], 'a')).toBe('b');
    expect(nextIncidentId(['a', 'b'], 'b')).toBe('a');
  });

  it('steps alike when told the ids as a set, starting from the first when the selection is not among them', () => {
    const ids = Array.from({ length: 1000 }, (_, index) => `incident-${index}`);
    const citing = new Set(ids);
    expect(nextIncidentId(ids, 'incident-500', citing)).toBe('incident-501');
    expect(nextIncidentId(ids, 'incident-999', citing)).toBe('incident-0');
    expect(nextIncidentId(ids, 'another', citing)).toBe('incident-0');
    expect(nextIncidentId(ids, null, citing)).toBe('incident-0');
  });

  it('names the target and counts the others past the first few', () => {
    const target = { title: 'A', onMap: true };
    expect(describeTarget(target, [], 0, englishI18n)).toBe('Quoted for A: show it on the map.');
    expect(describeTarget({ title: 'A', onMap: false }, [{ title: 'B', onMap: true }], 3, englishI18n)).toBe(
      'Quoted for A: it has no place on the map. Also quoted for: B and 2 more.',
    );
  });

  it('says why words are marked', () => {
    expect(markReason(segment, new Set(['a']), 'a', false, englishI18n)).toBe(
      'Marked: quoted for the selected incident.',
    );
    expect(markReason(segment, new Set(['a']), 'b', true, englishI18n)).toBeNull();
    expect(markReason(segment, new Set(), null, true, englishI18n)).toBe('Marked: quoted in the paragraph asked for.');
    expect(markReason(segment, new Set(), null, false, englishI18n)).toBeNull();
  });
});
