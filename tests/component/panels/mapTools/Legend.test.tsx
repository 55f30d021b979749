import { englishI18n } from '../../../../src/i18n/i18n.ts';
// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { partyMarks } from '../../../../src/data/symbols/partyMarks.ts';
import { incidentIcon } from '../../../../src/map/layers/incidentIcon.ts';
import { IncidentKindSchema } from '../../../../src/model/incident.ts';
import { IncidentSymbolSvg } from '../../../../src/ui/symbols/IncidentSymbolSvg.tsx';
import { Legend } from '../../../../src/panels/mapTools/Legend.tsx';
import { storyLayers } from '../../../../src/state/storyLayers.ts';
import { fixtureStory } from '../../../fixtures/fixtureStory.ts';

const marks = partyMarks(fixtureStory().incidents);

/** The drawing inside an svg, as markup without class names, to compare a marker with its picture in the legend. */
function drawing(svg: Element | null | undefined): string[] {
  if (!svg) throw new Error('no svg');
  return [...svg.children].map((child) => {
    const attributes = [...child.attributes]
      .filter((attribute) => attribute.name !== 'class')
      .map((attribute) => `${attribute.name}=${attribute.value}`)
      .sort();
    return `${child.tagName}[${attributes.join(' ')}]${child.textContent ?? ''}`;
  });
}

/** The text a screen reader gets: without the decorative symbol drawings, which are aria-hidden. */
function spokenText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return copy.textContent ?? '';
}

describe('Legend', () => {
  it('explains every shape, every party, the area of uncertainty and each kind of region', () => {
    render(<Legend marks={marks} layers={storyLayers(fixtureStory(), englishI18n)} />);
    const legend = screen.getByRole('region', { name: 'Legend' });
    const items = within(legend).getAllByRole('listitem').map(spokenText);
    expect(items).toEqual([
      'Strike: where a strike fell',
      'Statement: where words were spoken; statements made far away are only in the list',
      'Reference point: a place to find your way by, not an event',
      expect.stringMatching(/^Filled: the exact site/),
      expect.stringMatching(/^Hollow, dashed edge: an approximate place/),
      'Iran',
      'Pakistan',
      'United Nations',
      expect.stringMatching(
        /^Dashed circle round a hollow marker: a guide .* not a bound: the site may lie outside it$/,
      ),
      'Iran–Pakistan border',
      'Sistan and Baluchestan, Balochistan',
      'Within 50 km of the border: a visual aid chosen by the map’s authors, not a legal or military zone',
    ]);
  });

  it('explains the filled mark of an exact site and the hollow mark of an approximate place', () => {
    render(<Legend marks={marks} layers={storyLayers(fixtureStory(), englishI18n)} />);
    const legend = screen.getByRole('region', { name: 'Legend' });
    const exact = legend.querySelector('[data-legend="exact"]');
    const approximate = legend.querySelector('[data-legend="approximate"]');
    expect(spokenText(exact ?? legend)).toMatch(/^Filled: the exact site/);
    expect(spokenText(approximate ?? legend)).toMatch(/^Hollow, dashed edge: an approximate place/);
    expect(exact?.querySelector('svg')?.classList.contains('incident-icon--approximate')).toBe(false);
    expect(approximate?.querySelector('svg')?.classList.contains('incident-icon--approximate')).toBe(true);
  });

  it('draws each symbol exactly as the map’s markers draw it', () => {
    for (const kind of IncidentKindSchema.options) {
      for (const mark of marks.values()) {
        for (const approximate of [false, true]) {
          const icon = incidentIcon(kind, mark, approximate);
          const marker = icon.options.html;
          if (!(marker instanceof HTMLElement)) throw new Error('the marker icon is not an element');
          const { container } = render(
            <IncidentSymbolSvg kind={kind} mark={mark} approximate={approximate} sizePx={26} />,
          );
          const svg = container.querySelector('svg');
          expect(drawing(svg)).toEqual(drawing(marker.querySelector('svg')));
          // The hollow drawing is the stylesheet's: both must carry its class (the marker on its outer element).
          expect(svg?.classList.contains('incident-icon--approximate')).toBe(approximate);
          expect(icon.options.className?.includes('incident-icon--approximate')).toBe(approximate);
        }
      }
    }
  });
});
