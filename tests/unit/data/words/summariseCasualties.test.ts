import { englishI18n } from '../../../../src/i18n/i18n.ts';
import { describe, expect, it } from 'vitest';
import { summariseCasualties } from '../../../../src/data/words/summariseCasualties.ts';
import type { CasualtyFigure, HeadCount } from '../../../../src/model/incident.ts';

function figure(claimedBy: string, killed: HeadCount | null, injured: HeadCount | null = null): CasualtyFigure {
  return {
    claimedBy,
    killed,
    injured,
    description: `${claimedBy}'s account`,
    citation: { type: 'outside', sourceId: 'source' },
  };
}

const exactly = (value: number): HeadCount => ({ value, atLeast: false });

describe('summariseCasualties', () => {
  it('gives a range where claimants differ, and keeps every figure with its claimant', () => {
    const { measures } = summariseCasualties(
      [figure('Deputy governor', exactly(7)), figure('Interior minister', exactly(9)), figure('Haalvash', exactly(10))],
      englishI18n,
    );
    expect(measures).toHaveLength(1);
    expect(measures[0]?.headline).toBe('Killed: 7–10, depending on who is counting');
    expect(measures[0]?.disputed).toBe(true);
    expect(measures[0]?.counts.map(({ claimedBy, count }) => `${claimedBy}: ${count}`)).toEqual([
      'Deputy governor: 7',
      'Interior minister: 9',
      'Haalvash: 10',
    ]);
  });

  it('gives one number where claimants agree', () => {
    const { measures } = summariseCasualties(
      [figure('Islamabad', exactly(2), exactly(3)), figure('Commissioner', exactly(2), exactly(4))],
      englishI18n,
    );
    expect(measures.map((summary) => summary.headline)).toEqual([
      'Killed: 2',
      'Injured: 3–4, depending on who is counting',
    ]);
  });

  it('gives a claimant’s own range as it was given, and not as a dispute', () => {
    const between = (value: number, upTo: number): HeadCount => ({ value, atLeast: false, upTo });
    const alone = summariseCasualties([figure('Police', between(7, 9))], englishI18n).measures[0];
    expect(alone?.headline).toBe('Killed: 7–9');
    expect(alone?.disputed).toBe(false);
    expect(alone?.counts.map((count) => count.count)).toEqual(['7–9']);
    const agreeing = summariseCasualties([figure('A', between(7, 9)), figure('B', between(7, 9))], englishI18n);
    expect(agreeing.measures[0]?.headline).toBe('Killed: 7–9');
    // Rival accounts span from the lowest lower end to the highest upper end.
    const rival = summariseCasualties([figure('A', between(7, 9)), figure('B', exactly(8))], englishI18n).measures[0];
    expect(rival?.headline).toBe('Killed: 7–9, depending on who is counting');
    expect(rival?.disputed).toBe(true);
    expect(
      summariseCasualties([figure('A', between(3, 5)), figure('B', { value: 5, atLeast: true })], englishI18n)
        .measures[0]?.headline,
    ).toBe('Killed: 3–5 or more, depending on who is counting');
  });

  it('keeps "at least" as the source gave it', () => {
    const { measures } = summariseCasualties(
      [figure('The article', { value: 2, atLeast: true }), figure('Islamabad', exactly(2))],
      englishI18n,
    );
    expect(measures[0]?.headline).toBe('Killed: 2');
    expect(measures[0]?.counts.map((count) => count.count)).toEqual(['at least 2', '2']);
    expect(summariseCasualties([figure('A', { value: 4, atLeast: true })], englishI18n).measures[0]?.headline).toBe(
      'Killed: at least 4',
    );
    expect(
      summariseCasualties([figure('A', exactly(4)), figure('B', { value: 6, atLeast: true })], englishI18n).measures[0]
        ?.headline,
    ).toBe('Killed: 4–6 or more, depending on who is counting');
  });

  it('keeps accounts that give no figure apart, rather than dropping them', () => {
    const { measures, uncounted } = summariseCasualties(
      [figure('Deputy governor', exactly(7)), figure('Foreign Office', null, null)],
      englishI18n,
    );
    expect(measures[0]?.counts).toHaveLength(1);
    expect(uncounted.map((account) => account.claimedBy)).toEqual(['Foreign Office']);
  });

  it('says nothing when there are no figures', () => {
    expect(summariseCasualties([], englishI18n)).toEqual({ measures: [], uncounted: [] });
  });

  it('shows one side’s successive counts as a revision: the latest stands, and it is no dispute', () => {
    const inSeries = (claimedBy: string, value: number, reportedAt: string): CasualtyFigure => ({
      ...figure(claimedBy, exactly(value)),
      series: 'Iranian officials',
      reportedAt,
    });
    const { measures } = summariseCasualties(
      [
        inSeries('Deputy governor, first', 7, 'morning'),
        inSeries('Deputy governor, later', 9, 'noon'),
        inSeries('Interior minister', 9, 'noon'),
        inSeries('Deputy governor, last', 10, 'evening'),
        figure('Rights group', exactly(10)),
      ],
      englishI18n,
    );
    const [killed] = measures;
    expect(killed?.headline).toBe('Killed: 10');
    expect(killed?.disputed).toBe(false);
    expect(killed?.revisions).toEqual([{ series: 'Iranian officials', counts: ['7', '9', '10'] }]);
    expect(killed?.counts.map((count) => [count.claimedBy, count.superseded, count.reportedAt])).toEqual([
      ['Deputy governor, first', true, 'morning'],
      ['Deputy governor, later', true, 'noon'],
      ['Interior minister', true, 'noon'],
      ['Deputy governor, last', false, 'evening'],
      ['Rights group', false, null],
    ]);
  });

  it('still calls it a dispute when a revised count and a rival count differ', () => {
    const { measures } = summariseCasualties(
      [
        { ...figure('Officials, first', exactly(7)), series: 'officials' },
        { ...figure('Officials, later', exactly(9)), series: 'officials' },
        figure('Rival party', exactly(12)),
      ],
      englishI18n,
    );
    expect(measures[0]?.headline).toBe('Killed: 9–12, depending on who is counting');
  });
});
