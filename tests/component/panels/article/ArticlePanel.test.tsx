// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Story } from '../../../../src/model/story.ts';
import { ArticlePanel } from '../../../../src/panels/article/ArticlePanel.tsx';
import type { PassageRevealRequest } from '../../../../src/panels/article/passageReveal.ts';
import { fixtureStory } from '../../../fixtures/fixtureStory.ts';
import { spiedStoryActions } from '../../storyActions.tsx';

interface Options {
  story?: Story;
  selectedIncidentId?: string | null;
  highlightedPassageId?: string | null;
  revealRequest?: PassageRevealRequest | null;
}

function renderArticle(options: Options = {}) {
  const story = options.story ?? fixtureStory();
  const { actions, wrapper } = spiedStoryActions();
  const view = render(
    <ArticlePanel
      article={story.article}
      incidents={story.incidents}
      selectedIncidentId={options.selectedIncidentId ?? null}
      highlightedPassageId={options.highlightedPassageId ?? null}
      revealRequest={options.revealRequest ?? null}
      incidentHref={(incidentId) => `?incident=${incidentId}`}
    />,
    { wrapper },
  );
  const article = screen.getByRole('article', { name: story.article.title });
  return { ...view, story, article, onSelectIncident: actions.selectBesideMap };
}

function passage(article: HTMLElement, passageId: string): HTMLElement {
  const element = article.querySelector<HTMLElement>(`[data-passage-id="${passageId}"]`);
  if (element === null) throw new Error(`no passage ${passageId} in the article`);
  return element;
}

function descriptionOf(element: HTMLElement): string {
  const id = element.getAttribute('aria-describedby');
  return (id === null ? null : document.getElementById(id)?.textContent) ?? '';
}

const TEHRAN_SAYS =
  'Tehran said it had attacked two bases of the Balochi militant group Jaish al Adl in Pakistani territory';

// jsdom lays nothing out and so has no scrollIntoView: the tests that need it put in a stub, taken out after each.
const scrollIntoViewAsFound = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollIntoView');

function stubScrollIntoView() {
  const scrollIntoView = vi.fn();
  Object.defineProperty(Element.prototype, 'scrollIntoView', { value: scrollIntoView, configurable: true });
  return scrollIntoView;
}

afterEach(() => {
  if (scrollIntoViewAsFound === undefined) Reflect.deleteProperty(Element.prototype, 'scrollIntoView');
  else Object.defineProperty(Element.prototype, 'scrollIntoView', scrollIntoViewAsFound);
  vi.unstubAllGlobals();
});

describe('ArticlePanel', () => {
  it('is an article in its own language, headed by its title, with byline, date, publisher and the original', () => {
    const { article, story } = renderArticle();
    expect(article.getAttribute('lang')).toBe('en');
    expect(within(article).queryAllByRole('heading', { level: 2, name: story.article.title })).toHaveLength(1);
    expect(article.textContent).toContain('By Kamal Kumar · JND · Jagran English (thedailyjagran.com)');
    expect(within(article).getByText('Sat 20 Jan 2024, 08:34 IST (UTC+5:30)').getAttribute('datetime')).toBe(
      '2024-01-20T08:34+05:30',
    );
    // jsdom computes the name without the space a browser keeps before the hidden words.
    const original = within(article).getByRole('link', { name: /^Read the original article ?\(opens in a new tab\)$/ });
    expect(original.getAttribute('href')).toBe(story.article.url);
    expect(original.getAttribute('target')).toBe('_blank');
    expect(original.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('numbers the story passages as the original does, and names the aside without showing it as story text', () => {
    const { article } = renderArticle();
    const numbers = [...article.querySelectorAll('[data-passage-id]')].map(
      (element) => element.querySelector('.article-passage__number')?.textContent,
    );
    expect(numbers).toEqual(['¶1', '¶5', '¶6', '¶7']);
    expect(article.textContent).not.toContain('Ram Lalla');
    expect(within(article).queryAllByText(/¶4 is a cross-link to an unrelated story/)).toHaveLength(1);
    expect(within(article).queryAllByText('(With agency inputs)')).toHaveLength(1);
  });

  it('makes every quoted phrase a link to its incident, marking none while nothing is selected', () => {
    const { article } = renderArticle();
    const link = within(article).getByRole('link', { name: TEHRAN_SAYS });
    expect(link.getAttribute('href')).toBe('?incident=strike-panjgur');
    expect(descriptionOf(link)).toBe('Quoted for Iranian strike in Panjgur district, Pakistan: show it on the map.');
    expect(within(article).getByRole('link', { name: 'exercise maximum restraint' }).getAttribute('href')).toBe(
      '?incident=statement-un',
    );
    expect(article.querySelectorAll('mark')).toHaveLength(0);
  });

  it('selects the incident when a quoted phrase is clicked', () => {
    const { article, onSelectIncident } = renderArticle();
    fireEvent.click(within(article).getByRole('link', { name: TEHRAN_SAYS }));
    expect(onSelectIncident).toHaveBeenCalledWith('strike-panjgur');
  });

  it('says when an incident has no place on the map', () => {
    const { article } = renderArticle();
    expect(descriptionOf(within(article).getByRole('link', { name: 'exercise maximum restraint' }))).toBe(
      'Quoted for UN Secretary-General calls for restraint: it has no place on the map.',
    );
  });

  it('marks the selected incident’s words and the passages they stand in, and says so to screen readers', () => {
    const { article } = renderArticle({ selectedIncidentId: 'strike-panjgur' });
    expect([...article.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual([
      'in which Islamabad claimed 2 children died',
      TEHRAN_SAYS,
    ]);
    expect(passage(article, 'p5').classList).toContain('article-passage--cited');
    expect(passage(article, 'p6').classList).toContain('article-passage--cited');
    expect(passage(article, 'p1').classList).not.toContain('article-passage--cited');
    expect(descriptionOf(within(article).getByRole('link', { name: TEHRAN_SAYS }))).toMatch(
      /^Marked: quoted for the selected incident\. /,
    );
  });

  it('marks every quote of a passage that a link names without an incident', () => {
    const { article } = renderArticle({ highlightedPassageId: 'p7' });
    expect(passage(article, 'p7').classList).toContain('article-passage--highlighted');
    expect([...article.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual([
      'exercise maximum restraint',
    ]);
  });

  it('leads words that two incidents quote to the first, then from one to the next, naming both', () => {
    const story = fixtureStory();
    const saravan = story.incidents.features.find((incident) => incident.id === 'strike-saravan');
    saravan?.properties.claims.push({
      id: 'saravan-raids',
      by: 'The article',
      statement: 'A shared quote, for this test.',
      citation: { type: 'article', quote: { passageId: 'p6', exact: TEHRAN_SAYS } },
    });
    const first = renderArticle({ story });
    const link = within(first.article).getByRole('link', { name: TEHRAN_SAYS });
    expect(link.getAttribute('href')).toBe('?incident=strike-panjgur');
    expect(descriptionOf(link)).toContain('Also quoted for: Pakistani strike in Saravan County, Iran.');
    first.unmount();

    const next = renderArticle({ story, selectedIncidentId: 'strike-panjgur' });
    fireEvent.click(within(next.article).getByRole('link', { name: TEHRAN_SAYS }));
    expect(next.onSelectIncident).toHaveBeenCalledWith('strike-saravan');
  });

  it('brings a requested passage into view and moves focus to it', () => {
    const scrollIntoView = stubScrollIntoView();
    const { article } = renderArticle({
      selectedIncidentId: 'strike-panjgur',
      highlightedPassageId: 'p6',
      revealRequest: { passageId: 'p6', moveFocus: true },
    });
    expect(scrollIntoView).toHaveBeenCalledWith({ behavior: 'smooth', block: 'center' });
    expect(scrollIntoView.mock.contexts[0]).toBe(passage(article, 'p6'));
    expect(document.activeElement).toBe(passage(article, 'p6'));
  });

  it('jumps rather than glides for a reader who asked for less motion', () => {
    const scrollIntoView = stubScrollIntoView();
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query === '(prefers-reduced-motion: reduce)' }));
    renderArticle({ highlightedPassageId: 'p6', revealRequest: { passageId: 'p6', moveFocus: true } });
    expect(scrollIntoView).toHaveBeenCalledWith({ behavior: 'auto', block: 'center' });
  });

  it('scrolls without moving focus when a shared link opened the page on a passage', () => {
    const scrollIntoView = stubScrollIntoView();
    renderArticle({ highlightedPassageId: 'p6', revealRequest: { passageId: 'p6', moveFocus: false } });
    expect(scrollIntoView).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(document.body);
  });
});
