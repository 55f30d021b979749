import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import type { Incident } from '../../src/model/incident.ts';
import { StorySchema, type Story } from '../../src/model/story.ts';
import { expect } from './offlineNetwork.ts';

// Shared by the journeys through the map's controls and list, which all run against the real story as built.

export const story: Story = StorySchema.parse(
  JSON.parse(readFileSync(new URL('../../public/data/iran-pakistan-2024/story.json', import.meta.url), 'utf8')),
);

export function incidentById(id: string): Incident {
  const incident = story.incidents.features.find((feature) => feature.id === id);
  if (incident === undefined) throw new Error(`the story has no incident "${id}"`);
  return incident;
}

export function markerFor(page: Page, title: string): Locator {
  return page
    .locator('.leaflet-marker-icon')
    .filter({ has: page.locator('svg') })
    .and(page.getByTitle(title));
}

/**
 * The popup about one incident, once Leaflet's fade-in has finished. Found by its title: for a moment after the
 * selection changes, the previous popup is still fading out beside it.
 */
export async function openedPopup(page: Page, title: string): Promise<Locator> {
  const popup = page.locator('.leaflet-popup').filter({ has: page.getByRole('heading', { name: title }) });
  await expect(popup).toHaveCSS('opacity', '1');
  return popup;
}

export function incidentList(page: Page): Locator {
  return page.getByRole('region', { name: 'Incidents' });
}

export function incidentRow(page: Page, title: string): Locator {
  return incidentList(page).getByRole('button', { name: title });
}

/** The polite announcement of the selection, which screen readers speak. */
export function selectionAnnouncement(page: Page): Locator {
  return incidentList(page).locator('[aria-live="polite"]');
}

/** Opens the "Layers & legend" panel over the map, if it is not open yet. */
export async function openMapTools(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Layers & legend' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(page.getByRole('group', { name: 'Show on the map' })).toBeVisible();
}

export function searchParam(page: Page, name: string): string | null {
  return new URL(page.url()).searchParams.get(name);
}

/**
 * The map's view once the link has stopped changing: the app writes the view only after the map has rested, and the
 * offline basemap's box may still nudge a linked view when it loads.
 */
export async function settledSearchParam(page: Page, name: string, quietMs = 800): Promise<string | null> {
  let previous = searchParam(page, name);
  for (let attempt = 0; attempt < 20; attempt += 1) {
    await page.waitForTimeout(quietMs);
    const current = searchParam(page, name);
    if (current === previous) return current;
    previous = current;
  }
  throw new Error(`the link's ${name}= kept changing`);
}

/** Errors the app itself logged: a refused tile is logged by the browser, and is what some tests are about. */
export function appErrors(consoleErrors: readonly string[]): string[] {
  return consoleErrors.filter((message) => !message.startsWith('Failed to load resource'));
}

/** What a print button printed, as "handout", "handout-full" or "worksheet": the browser's print dialog, stubbed. */
export async function recordPrinting(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.print = () => {
      document.body.dataset.printedAs = document.documentElement.dataset.print ?? 'handout';
      window.dispatchEvent(new Event('afterprint'));
    };
  });
}

/** Chooses one of "More to print", then checks what was printed and that Ctrl+P prints the handout again after. */
export async function printFromMenu(page: Page, choice: string, mode: string): Promise<void> {
  await page.getByRole('button', { name: 'More to print' }).click();
  await page.getByRole('button', { name: choice }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed-as', mode);
  await expect(page.locator('html')).not.toHaveAttribute('data-print', /.*/);
}

/** The page as it prints in one mode: marked for it, under print media. */
export async function showPrinted(page: Page, mode: string): Promise<void> {
  await page.evaluate((printMode) => {
    document.documentElement.dataset.print = printMode;
  }, mode);
  await page.emulateMedia({ media: 'print' });
}
