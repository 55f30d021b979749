import { describe, expect, it } from 'vitest';
import type { CitedQuote } from '../../../../src/data/quotes/collectArticleQuotes.ts';
import { passageSegments } from '../../../../src/data/quotes/passageSegments.ts';

const text = 'Iran struck on Tuesday. Pakistan struck back on Thursday. Both sides then agreed to talk.';

function quote(exact: string, incidentId: string, claimId: string | null = `${incidentId}-claim`): CitedQuote {
  return { anchor: { passageId: 'p1', exact }, incidentId, claimId };
}

/** Each segment as its words and the incidents quoting them, easier to read than offsets. */
function summarise(segments: ReturnType<typeof passageSegments>) {
  return segments.map((segment) => [segment.text, segment.incidentIds]);
}

describe('passageSegments', () => {
  it('is one plain segment when nothing is quoted', () => {
    expect(passageSegments(text, [])).toEqual([{ start: 0, end: text.length, text, quotes: [], incidentIds: [] }]);
  });

  it('cuts quoted words out of the plain text around them, each knowing its incident and claim', () => {
    const tuesday = quote('Iran struck on Tuesday', 'iran-strike', 'tehran-says');
    const thursday = quote('Pakistan struck back', 'pakistan-strike', 'islamabad-says');
    const segments = passageSegments(text, [thursday, tuesday]);
    expect(summarise(segments)).toEqual([
      ['Iran struck on Tuesday', ['iran-strike']],
      ['. ', []],
      ['Pakistan struck back', ['pakistan-strike']],
      [' on Thursday. Both sides then agreed to talk.', []],
    ]);
    expect(segments[0]?.quotes).toEqual([tuesday]);
    expect(segments[2]?.quotes[0]?.claimId).toBe('islamabad-says');
  });

  it('puts the segments end to end, so together they are the whole passage', () => {
    const segments = passageSegments(text, [quote('struck back', 'a'), quote('agreed', 'b')]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
    segments.forEach((segment, index) => {
      expect(text.slice(segment.start, segment.end)).toBe(segment.text);
      if (index > 0) expect(segment.start).toBe(segments[index - 1]?.end);
    });
  });

  it('gives words that two incidents quote to both, once, in the order the quotes came', () => {
    const segments = passageSegments(text, [quote('Both sides', 'call'), quote('Both sides', 'strike')]);
    expect(summarise(segments)).toContainEqual(['Both sides', ['call', 'strike']]);
    expect(segments.filter((segment) => segment.quotes.length > 0)).toHaveLength(1);
  });

  it('counts an incident once when two of its own claims quote the same words', () => {
    const claim = quote('Iran struck', 'iran-strike', 'a-claim');
    const figure = quote('Iran struck', 'iran-strike', null);
    const [first] = passageSegments(text, [claim, figure]);
    expect(first?.quotes).toEqual([claim, figure]);
    expect(first?.incidentIds).toEqual(['iran-strike']);
  });

  it('cuts overlapping quotes where each starts and ends, so no quote hides another', () => {
    const wide = quote('Pakistan struck back on Thursday', 'wide');
    const narrow = quote('struck back', 'narrow');
    const crossing = quote('Thursday. Both', 'crossing');
    expect(summarise(passageSegments(text, [wide, narrow, crossing]))).toEqual([
      ['Iran struck on Tuesday. ', []],
      ['Pakistan ', ['wide']],
      ['struck back', ['wide', 'narrow']],
      [' on ', ['wide']],
      ['Thursday', ['wide', 'crossing']],
      ['. Both', ['crossing']],
      [' sides then agreed to talk.', []],
    ]);
  });

  it('leaves out a quote it cannot place: missing words, or repeated words with nothing to tell them apart', () => {
    const segments = passageSegments(text, [quote('Iran struck on Monday', 'missing'), quote('struck', 'ambiguous')]);
    expect(summarise(segments)).toEqual([[text, []]]);
  });

  it('places repeated words by their prefix or suffix', () => {
    const segments = passageSegments(text, [
      { ...quote('struck', 'second'), anchor: { passageId: 'p1', exact: 'struck', suffix: ' back' } },
    ]);
    const quoted = segments.find((segment) => segment.quotes.length > 0);
    expect(quoted?.start).toBe(text.indexOf('struck back'));
  });
});
