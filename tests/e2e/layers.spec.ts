import { englishI18n } from '../../src/i18n/i18n.ts';
import type { Page } from '@playwright/test';
import { IncidentKindSchema } from '../../src/model/incident.ts';
import { RegionKindSchema } from '../../src/model/region.ts';
import { LAYER_IDS, layerOfIncidentKind, layerOfRegionKind, type LayerId } from '../../src/state/layers.ts';
import { storyLayers } from '../../src/state/storyLayers.ts';
import { openMapTools, searchParam, story } from './mapPage.ts';
import { expect, isolateNetwork, test } from './offlineNetwork.ts';

/** The layer control's labels: the story's own region names. */
const LAYER_LABELS = Object.fromEntries(
  storyLayers(story, englishI18n).map((layer) => [layer.id, layer.label]),
) as Record<LayerId, string>;

const placed = story.incidents.features.filter((incident) => incident.geometry !== null);

/** The layers this story has, the only ones offered: it has no lines or areas of an opened file. */
const STORY_LAYER_IDS = storyLayers(story, englishI18n).map((layer) => layer.id);

/** How many of each mark the map should draw with these layers shown, counted from the story's data. */
function expectedMarks(visible: ReadonlySet<LayerId>): Record<string, number> {
  const counts: Record<string, number> = {};
  const shown = placed.filter((incident) => visible.has(layerOfIncidentKind(incident.properties.kind)));
  for (const kind of IncidentKindSchema.options) {
    counts[`.leaflet-marker-icon.incident-icon--${kind}`] = shown.filter(
      (incident) => incident.properties.kind === kind,
    ).length;
  }
  counts['path.uncertainty-area'] = shown.filter(
    (incident) => incident.properties.place.uncertaintyRadiusKm !== null,
  ).length;
  for (const kind of RegionKindSchema.options) {
    counts[`path.region--${kind}`] = visible.has(layerOfRegionKind(kind))
      ? story.regions.features.filter((region) => region.properties.kind === kind).length
      : 0;
  }
  return counts;
}

async function expectMapShows(page: Page, visible: ReadonlySet<LayerId>) {
  for (const [selector, count] of Object.entries(expectedMarks(visible))) {
    await expect(page.locator(selector), selector).toHaveCount(count);
  }
}

test.describe('the layers control', () => {
  test('hides and shows each of the story’s six layers, keeping the choice in the link', async ({ page }) => {
    const network = await isolateNetwork(page, 'served');
    await page.goto('./');
    await openMapTools(page);
    const all = new Set(LAYER_IDS);
    await expectMapShows(page, all);

    expect(STORY_LAYER_IDS).toHaveLength(6);
    expect(STORY_LAYER_IDS).not.toContain('drawn');
    for (const layer of STORY_LAYER_IDS) {
      const withoutIt = new Set(LAYER_IDS.filter((other) => other !== layer));
      const drawsSomething = Object.entries(expectedMarks(all)).some(
        ([selector, count]) => count !== expectedMarks(withoutIt)[selector],
      );
      expect(drawsSomething, `the story draws something on the "${layer}" layer`).toBe(true);
      const checkbox = page.getByRole('checkbox', { name: LAYER_LABELS[layer], exact: true });

      await checkbox.uncheck();
      await expectMapShows(page, withoutIt);
      await expect.poll(() => searchParam(page, 'layers')).toBe([...withoutIt].join(','));

      await checkbox.check();
      await expectMapShows(page, all);
      await expect.poll(() => searchParam(page, 'layers')).toBeNull();
    }
    expect(network.consoleErrors).toEqual([]);
  });

  test('hiding the selected incident keeps it selected, its details shown in the list instead', async ({ page }) => {
    const network = await isolateNetwork(page, 'served');
    const strike = story.incidents.features.find((incident) => incident.properties.kind === 'strike');
    if (strike === undefined) throw new Error('the story has no strike');
    await page.goto(`./?incident=${strike.id}`);
    await expect(page.locator('.leaflet-popup')).toHaveCount(1);

    await openMapTools(page);
    await page.getByRole('checkbox', { name: LAYER_LABELS.strikes, exact: true }).uncheck();
    await expect(page.locator('.leaflet-popup')).toHaveCount(0);
    const row = page.getByRole('region', { name: 'Incidents' }).getByRole('button', { name: strike.properties.title });
    await expect(row).toContainText('hidden on the map');
    await expect(row).toHaveAttribute('aria-current', 'true');
    await expect(page.getByRole('article', { name: strike.properties.title })).toBeVisible();
    expect(searchParam(page, 'incident')).toBe(strike.id);
    expect(network.consoleErrors).toEqual([]);
  });

  test('a reload keeps the layers as they were left', async ({ page }) => {
    const network = await isolateNetwork(page, 'served');
    await page.goto('./');
    await openMapTools(page);
    await page.getByRole('checkbox', { name: LAYER_LABELS.strikes, exact: true }).uncheck();
    await page.getByRole('checkbox', { name: LAYER_LABELS.band, exact: true }).uncheck();
    // A layer the story does not offer stays as it was, shown: a file opened later draws its shapes.
    const left = new Set<LayerId>(['statements', 'references', 'drawn', 'border', 'provinces']);
    await expect.poll(() => searchParam(page, 'layers')).toBe([...left].join(','));

    await page.reload();
    await openMapTools(page);
    for (const layer of STORY_LAYER_IDS) {
      const checkbox = page.getByRole('checkbox', { name: LAYER_LABELS[layer], exact: true });
      if (left.has(layer)) await expect(checkbox).toBeChecked();
      else await expect(checkbox).not.toBeChecked();
    }
    await expectMapShows(page, left);
    expect(searchParam(page, 'layers')).toBe([...left].join(','));
    expect(network.consoleErrors).toEqual([]);
  });

  // Where the map is wide the panel lays its parts out in two columns: the embed code, placed by the grid's flow,
  // took the legend's column and was drawn over it.
  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 },
  ]) {
    test(`lays out its parts side by side or one under another, none over another, at ${viewport.width} × ${viewport.height}`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await isolateNetwork(page, 'served');
      await page.goto('./');
      await openMapTools(page);
      const parts = page.locator('.map-toolbar__panel > *');
      await expect(parts.filter({ hasText: 'Embed this map' })).toHaveCount(1);
      const boxes = await parts.evaluateAll((elements: Element[]) =>
        elements.map((element) => {
          // What is drawn: the part's box and everything in it, which may run past the grid cell it was given.
          const boxes = [element, ...element.querySelectorAll('*')].map((each) => each.getBoundingClientRect());
          const drawn = boxes.filter((box) => box.width > 0 && box.height > 0);
          const name = element.querySelector('h2, legend')?.textContent ?? element.tagName;
          return {
            name,
            left: Math.min(...drawn.map((box) => box.left)),
            top: Math.min(...drawn.map((box) => box.top)),
            right: Math.max(...drawn.map((box) => box.right)),
            bottom: Math.max(...drawn.map((box) => box.bottom)),
          };
        }),
      );
      const overlaps: string[] = [];
      for (const [index, a] of boxes.entries()) {
        for (const b of boxes.slice(index + 1)) {
          const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (across > 1 && down > 1) overlaps.push(`${a.name} and ${b.name}`);
        }
      }
      expect(overlaps).toEqual([]);
    });
  }
});
