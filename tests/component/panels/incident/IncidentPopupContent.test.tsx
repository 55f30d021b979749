// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Story } from '../../../../src/model/story.ts';
import { IncidentPopupContent } from '../../../../src/panels/incident/IncidentPopupContent.tsx';
import { fixtureStory } from '../../../fixtures/fixtureStory.ts';
import { spiedStoryActions } from '../../storyActions.tsx';

function renderIncident(id: string, story: Story = fixtureStory()) {
  const incident = story.incidents.features.find((feature) => feature.id === id);
  if (incident === undefined) throw new Error(`the fixture has no incident ${id}`);
  return render(<IncidentPopupContent incident={incident.properties} passages={story.article.passages} />);
}

function claimStartingWith(by: string): HTMLElement {
  const claim = screen.getByText(`${by}:`, { selector: '.claim__by' }).closest('li');
  if (claim === null) throw new Error(`no claim by ${by}`);
  return claim;
}

describe('IncidentPopupContent', () => {
  it('says what happened, when in local time, where and how precisely', () => {
    renderIncident('strike-panjgur');
    expect(
      screen.queryAllByRole('heading', { level: 2, name: 'Iranian strike in Panjgur district, Pakistan' }),
    ).toHaveLength(1);
    expect(
      screen.getByText('Tue 16 Jan 2024, about 17:30 UTC+5 (Pakistan Standard Time)').getAttribute('datetime'),
    ).toBe('2024-01-16T17:30+05:00');
    expect(screen.getByText(/Approximate place: known only to a town or district/).textContent).not.toMatch(/within/);
    expect(
      screen.getByText('In Balochistan, Pakistan · Panjgur town is about 79 km from the Iran–Pakistan border'),
    ).toBeInstanceOf(HTMLElement);
  });

  it('says first what an approximate marker stands on, and that its circle is a guide, not a bound', () => {
    const { container } = renderIncident('strike-panjgur');
    const placeLines = [...container.querySelectorAll('.incident-popup > p')].map((line) => line.className);
    const firstPlaceLine = placeLines.findIndex((name) => name.includes('point') || name.includes('place'));
    expect(placeLines[firstPlaceLine]).toBe('incident-popup__point');
    expect(container.querySelector('.incident-popup__point')?.textContent).toBe(
      'Marker on Panjgur town; the strike was in a village nearby whose exact site is not known.',
    );
    expect(container.querySelector('.incident-popup__area')?.textContent).toBe(
      ' The dashed circle (radius about 90 km) is a guide drawn by the map’s authors: the exact site is not known and may lie outside it.'.replace(
        '’',
        "'",
      ),
    );
  });

  it('gives each claim with who made it, the article’s words in quotation marks and their paragraph', () => {
    renderIncident('strike-panjgur');
    const tehran = within(claimStartingWith('Tehran'));
    expect(
      tehran.queryAllByText(
        '“Tehran said it had attacked two bases of the Balochi militant group Jaish al Adl in Pakistani territory”',
      ),
    ).toHaveLength(1);
    expect(tehran.getByText('¶6').getAttribute('title')).toBe('Paragraph 6 of the article');
    expect(within(claimStartingWith('Islamabad')).queryAllByText('¶5')).toHaveLength(1);
  });

  it('turns each paragraph number into a button that shows the quote in the article, when the app can', () => {
    const story = fixtureStory();
    const incident = story.incidents.features.find((feature) => feature.id === 'strike-panjgur');
    if (incident === undefined) throw new Error('the fixture has no Panjgur strike');
    const { actions, wrapper } = spiedStoryActions();
    render(<IncidentPopupContent incident={incident.properties} passages={story.article.passages} />, { wrapper });
    const paragraph = within(claimStartingWith('Tehran')).getByRole('button', { name: '¶6' });
    expect(paragraph.getAttribute('title')).toBe('Show paragraph 6 in the article');
    fireEvent.click(paragraph);
    expect(actions.showPassage).toHaveBeenLastCalledWith('p6', 'strike-panjgur');

    // The explicit action leads to the first paragraph the incident cites, in reading order.
    fireEvent.click(screen.getByRole('button', { name: 'Show in the article' }));
    expect(actions.showPassage).toHaveBeenLastCalledWith('p5', 'strike-panjgur');
  });

  it('keeps the paragraph number as plain text, with no article action, outside a story on screen', () => {
    renderIncident('strike-panjgur');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('marks what comes from outside the article, with a link that opens safely in a new tab', () => {
    renderIncident('strike-panjgur');
    const levies = within(claimStartingWith('Levies officials'));
    expect(levies.queryAllByText(/not in the article/)).toHaveLength(1);
    const link = levies.getByRole('link', { name: 'Iranian strike kills two children' });
    expect(link.getAttribute('href')).toBe('https://www.arabnews.pk/node/2443056');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('gives casualties by claimant, with the range where they differ', () => {
    renderIncident('strike-panjgur');
    expect(screen.queryAllByText('Killed: 2')).toHaveLength(1);
    const injured = screen.getByText('Injured: 3–4, depending on who is counting').parentElement;
    if (injured === null) throw new Error('the injured headline has no list');
    const counts = within(injured)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(counts).toEqual([
      expect.stringMatching(/^Pakistan's Foreign Office: 3\. /),
      expect.stringMatching(/^Makran commissioner: 4\. /),
    ]);
  });

  it('keeps rival tolls side by side, and accounts without a figure', () => {
    const { container } = renderIncident('strike-saravan');
    const record = container.querySelector<HTMLElement>('.incident-popup__record');
    if (record === null) throw new Error('the popup has no full record');
    expect(within(record).getByText('Killed: 7–10, depending on who is counting').className).toBe(
      'casualties__headline',
    );
    expect(within(record).queryAllByText('Interior minister:')).toHaveLength(1);
    const uncounted = screen.getByRole('list', { name: 'Accounts without a figure' });
    expect(within(uncounted).queryAllByText("Pakistan's Foreign Office:")).toHaveLength(1);
  });

  it('says when only the day is known', () => {
    renderIncident('statement-un');
    expect(screen.queryAllByText('Thu 18 Jan 2024 (time of day not known)')).toHaveLength(1);
    expect(screen.queryByText(/Casualties/)).toBeNull();
  });

  it('gives no date for a reference place, which is not an event', () => {
    const story = fixtureStory();
    const incident = story.incidents.features[0];
    if (incident === undefined) throw new Error('the fixture has no incident');
    incident.properties.kind = 'reference';
    incident.properties.when = null;
    render(<IncidentPopupContent incident={incident.properties} passages={story.article.passages} />);
    expect(screen.getByText('Reference point').tagName).toBe('P');
    expect(document.querySelector('time')).toBeNull();
  });

  it('orders the first screen for a projector: what, when, where, who claims what; the full record one click away', () => {
    const { container } = renderIncident('strike-panjgur');
    const record = container.querySelector('details.incident-popup__record');
    expect(record?.hasAttribute('open')).toBe(false);
    const summary = record?.querySelector('summary');
    expect(summary?.textContent).toMatch(
      /^Full record: \d+ claims, \d+ casualty figures, \d+ outside sources?, notes$/,
    );
    // The first screen names the article's own claims with their words; the full record keeps every claim.
    const keyClaims = screen.getByRole('list', { name: 'Who claims what' });
    const articleClaims = fixtureStory()
      .incidents.features.find((feature) => feature.id === 'strike-panjgur')
      ?.properties.claims.filter((claim) => claim.citation.type === 'article');
    expect(within(keyClaims).getAllByRole('listitem')).toHaveLength(Math.min(4, articleClaims?.length ?? 0));
    expect(keyClaims.compareDocumentPosition(record ?? keyClaims)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(container.querySelector('.incident-popup__casualties')?.textContent).toBe(
      'Killed: 2 · Injured: 3–4, depending on who is counting',
    );
  });
});
