// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HandoutTable } from '../../../../src/panels/handout/HandoutTable.tsx';
import { fixtureStory } from '../../../fixtures/fixtureStory.ts';

function renderTable() {
  const story = fixtureStory();
  render(<HandoutTable incidents={story.incidents} passages={story.article.passages} />);
  const table = screen.getByRole('table', { name: 'Incidents, and who says what about them' });
  const [, ...rows] = within(table).getAllByRole('row');
  return { story, table, rows };
}

function rowFor(rows: readonly HTMLElement[], title: string): HTMLElement {
  const row = rows.find((candidate) => within(candidate).queryByRole('rowheader', { name: new RegExp(title) }));
  if (row === undefined) throw new Error(`no row for ${title}`);
  return row;
}

describe('HandoutTable', () => {
  it('has one row per incident, in date order, each headed by the incident', () => {
    const { story, rows } = renderTable();
    expect(rows).toHaveLength(story.incidents.features.length);
    expect(
      rows.map((row) => within(row).getByRole('rowheader').querySelector('.handout-table__title')?.textContent),
    ).toEqual([
      'Iranian strike in Panjgur district, Pakistan',
      'Pakistani strike in Saravan County, Iran',
      'UN Secretary-General calls for restraint',
    ]);
  });

  it('gives the local time and the place with its precision in words', () => {
    const { rows } = renderTable();
    const panjgur = within(rowFor(rows, 'Panjgur'));
    expect(panjgur.getByText('Tue 16 Jan 2024, about 17:30 UTC+5 (Pakistan Standard Time)').tagName).toBe('TD');
    expect(panjgur.getByText(/Approximate place: known only to a town or district/).textContent).not.toMatch(/within/);
    expect(panjgur.getByText(/^Marker on Panjgur town; the strike was in a village/).className).toBe(
      'handout-table__point',
    );
  });

  it('names every claimant, with each claim’s quote and paragraph', () => {
    const { story, rows } = renderTable();
    for (const incident of story.incidents.features) {
      const text = rowFor(rows, incident.properties.title).textContent;
      for (const claim of incident.properties.claims) expect(text).toContain(`${claim.by}:`);
      for (const figure of incident.properties.casualties) expect(text).toContain(`${figure.claimedBy}:`);
    }
    const panjgur = within(rowFor(rows, 'Panjgur'));
    expect(
      panjgur.queryAllByText(
        '“Tehran said it had attacked two bases of the Balochi militant group Jaish al Adl in Pakistani territory”',
      ),
    ).toHaveLength(1);
    expect(panjgur.getAllByText('¶6').length).toBeGreaterThan(0);
  });

  it('keeps differing casualty figures apart, with the range', () => {
    const { rows } = renderTable();
    const saravan = within(rowFor(rows, 'Saravan'));
    expect(saravan.queryAllByText(/^Killed: .*depending on who is counting$/)).toHaveLength(1);
  });

  it('prints no buttons: a handout cannot be clicked', () => {
    const { table } = renderTable();
    expect(within(table).queryAllByRole('button')).toEqual([]);
  });
});
