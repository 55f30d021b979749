// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App.tsx';
import type { FetchLike } from '../../../src/data/load/fetchText.ts';
import type { Story } from '../../../src/model/story.ts';
import { fixtureBasemap, fixtureStory } from '../../fixtures/fixtureStory.ts';

const URLS = { story: '/data/other/story.json', basemap: '/data/other/basemap.geojson' };
const HERE = dirname(fileURLToPath(import.meta.url));
const POINTS = readFileSync(join(HERE, '../../../public/examples/minimal-points.geojson'), 'utf8');

function serve(storyText: string): FetchLike {
  return (url) =>
    Promise.resolve(
      url === URLS.story
        ? new Response(storyText)
        : url === URLS.basemap
          ? new Response(JSON.stringify(fixtureBasemap()))
          : new Response('Not found', { status: 404 }),
    );
}

/** The fixture story moved to an invented border: its regions and its computed context name other places. */
function storyWithOtherRegions(): Story {
  const story = fixtureStory();
  const names = {
    border: 'Ruritania–Freedonia border',
    province: 'North March',
    'border-band': 'Within 20 km',
    drawn: 'A drawn zone',
  };
  story.regions.features = story.regions.features
    .filter((region) => region.properties.name !== 'Balochistan')
    .map((region) => ({ ...region, properties: { ...region.properties, name: names[region.properties.kind] } }));
  for (const incident of story.incidents.features) {
    const { context } = incident.properties;
    if (context === undefined) continue;
    incident.properties.context = {
      country: 'Ruritania',
      province: 'North March',
      distanceToBorderKm: context.distanceToBorderKm === null ? null : 12,
      borderName: 'Ruritania–Freedonia border',
    };
  }
  return story;
}

async function openLayersAndLegend() {
  fireEvent.click(await screen.findByRole('button', { name: 'Layers & legend' }));
  const layers = screen.getByRole('group', { name: 'Show on the map' });
  const legend = screen.getByRole('region', { name: 'Legend' });
  return {
    layerLabels: within(layers)
      .getAllByRole('checkbox')
      .map((box) => box.closest('label')?.textContent),
    areaItems: [...legend.querySelectorAll('h3 + ul')].at(-1)?.querySelectorAll('li') ?? [],
  };
}

describe('a story that is not the built one', () => {
  it('offers only the layers a file of points has, and says nothing of a border', async () => {
    render(<App urls={URLS} tileSource={null} fetchLike={serve(POINTS)} />);
    const { layerLabels, areaItems } = await openLayersAndLegend();
    expect(layerLabels).toEqual(['Strikes', 'Reference places']);
    // Only the guide to approximate places: the story has no regions to explain.
    expect(areaItems).toHaveLength(1);
    expect(document.body.textContent).not.toMatch(/Iran|Pakistan/);
    expect(document.body.textContent).not.toMatch(/border/i);
  });

  it('names its layers and legend after its own regions, and its distances after its own border', async () => {
    render(<App urls={URLS} tileSource={null} fetchLike={serve(JSON.stringify(storyWithOtherRegions()))} />);
    const { layerLabels, areaItems } = await openLayersAndLegend();
    expect(layerLabels).toEqual(['Strikes', 'Statements', 'Ruritania–Freedonia border', 'North March', 'Within 20 km']);
    expect([...areaItems].map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^Dashed circle/),
      'Ruritania–Freedonia border',
      'North March',
      'Within 20 km: a visual aid chosen by the map’s authors, not a legal or military zone',
    ]);
    // Hidden on the map, a strike shows its details in the list, where jsdom can read them.
    fireEvent.click(screen.getByRole('checkbox', { name: 'Strikes' }));
    const list = screen.getByRole('region', { name: 'Incidents' });
    fireEvent.click(within(list).getAllByRole('button')[0]!);
    const distance = await within(list).findByText(/about 12 km from the Ruritania–Freedonia border/);
    expect(distance.textContent).toMatch(
      /^In North March, Ruritania · .*about 12 km from the Ruritania–Freedonia border$/,
    );
    expect(screen.queryAllByText(/Iran–Pakistan border/)).toHaveLength(0);
  });
});
