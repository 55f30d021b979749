// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { partyMarks } from '../../src/data/partyMarks.ts';
import { incidentIcon } from '../../src/map/incidentIcon.ts';
import { IncidentKindSchema } from '../../src/model/incident.ts';
import { IncidentSymbolSvg } from '../../src/panels/IncidentSymbolSvg.tsx';
import { Legend } from '../../src/panels/Legend.tsx';
import { fixtureStory } from '../fixtures/fixtureStory.ts';

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
    render(<Legend marks={marks} />);
    const legend = screen.getByRole('region', { name: 'Legend' });
    const items = within(legend).getAllByRole('listitem').map(spokenText);
    expect(items).toEqual([
      'Strike: where a strike fell',
      'Statement: where words were spoken; statements made far away are only in the list',
      'Reference point: a place to find your way by, not an event',
      'Iran',
      'Pakistan',
      'United Nations',
      expect.stringMatching(/^Dashed circle: the area the place may lie in.*precision 2.*precision 3/),
      'Iran–Pakistan border',
      'Border provinces',
      '50 km border band',
    ]);
  });

  it('draws each symbol exactly as the map’s markers draw it', () => {
    for (const kind of IncidentKindSchema.options) {
      for (const mark of marks.values()) {
        const marker = incidentIcon(kind, mark).options.html;
        if (!(marker instanceof HTMLElement)) throw new Error('the marker icon is not an element');
        const { container } = render(<IncidentSymbolSvg kind={kind} mark={mark} sizePx={26} />);
        expect(drawing(container.querySelector('svg'))).toEqual(drawing(marker.querySelector('svg')));
      }
    }
  });
});
