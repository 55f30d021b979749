import type { Locator, Page } from '@playwright/test';
import { generateStory } from '../../bench/generateStory.ts';
import { incidentRow, markerFor, openedPopup, searchParam, settledSearchParam, story } from './mapPage.ts';
import { expect, isolateNetwork, test } from './offlineNetwork.ts';

// What WCAG 2.2 adds at level AA that axe (a11y.spec.ts) cannot judge, each with the keyboard alone: 2.5.8 target
// size, 2.5.7 dragging movements, 2.4.11 focus not obscured.

const MIN_TARGET_PX = 24;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

const placed = story.incidents.features.filter((incident) => incident.geometry !== null);
const strike = placed.find((incident) => incident.properties.kind === 'strike');
if (strike === undefined) throw new Error('the story has no strike with a place');
const strikeTitle = strike.properties.title;

/** Presses Tab (or Shift+Tab) until the target has focus; fails if it is not reached within a page's worth of stops. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let stop = 0; stop < 150; stop += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`never reached ${target.toString()} with ${key}`);
}

async function openMap(page: Page, search = '') {
  await isolateNetwork(page, 'served');
  await page.goto(`./${search}`);
  await expect(page.locator('.incident-icon').first()).toBeVisible();
}

// 2.5.8 ---------------------------------------------------------------------------------------------------------------

interface Target {
  name: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The boxes of what can be pressed, as drawn; a checkbox's or radio button's is its label, which presses it too. */
function targets(locator: Locator): Promise<Target[]> {
  return locator.evaluateAll((elements) =>
    elements.flatMap((element) => {
      const pressed = element.matches('input') ? (element.closest('label') ?? element) : element;
      const box = pressed.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return [];
      const name =
        element.getAttribute('aria-label') ?? element.getAttribute('title') ?? element.textContent?.trim() ?? '';
      return [
        { name: `${element.className} "${name}"`, left: box.left, top: box.top, width: box.width, height: box.height },
      ];
    }),
  );
}

const centreOf = (target: Target) => ({ x: target.left + target.width / 2, y: target.top + target.height / 2 });

function distanceToBox(point: { x: number; y: number }, box: Target): number {
  const dx = Math.max(box.left - point.x, 0, point.x - (box.left + box.width));
  const dy = Math.max(box.top - point.y, 0, point.y - (box.top + box.height));
  return Math.hypot(dx, dy);
}

/**
 * The targets that fail 2.5.8: under 24 × 24 CSS px, unless a 24 px circle centred on it meets no other target and no
 * other undersized target's circle (the rule's spacing exception).
 */
function tooSmall(all: readonly Target[]): string[] {
  const undersized = all.filter((target) => target.width < MIN_TARGET_PX || target.height < MIN_TARGET_PX);
  return undersized
    .filter((target) => {
      const centre = centreOf(target);
      return all.some((other) => {
        if (other === target) return false;
        if (distanceToBox(centre, other) < MIN_TARGET_PX / 2) return true;
        const otherCentre = centreOf(other);
        return (
          undersized.includes(other) && Math.hypot(centre.x - otherCentre.x, centre.y - otherCentre.y) < MIN_TARGET_PX
        );
      });
    })
    .map(
      (target) => `${target.name}: ${target.width.toFixed(1)} × ${target.height.toFixed(1)} px, too close to others`,
    );
}

/** Pairs of targets drawn over each other (by more than the half pixel that rounding may give). */
function overlapping(all: readonly Target[]): string[] {
  const pairs: string[] = [];
  all.forEach((target, index) => {
    for (const other of all.slice(index + 1)) {
      const across = Math.min(target.left + target.width, other.left + other.width) - Math.max(target.left, other.left);
      const down = Math.min(target.top + target.height, other.top + other.height) - Math.max(target.top, other.top);
      if (across > 0.5 && down > 0.5) pairs.push(`${target.name} and ${other.name}`);
    }
  });
  return pairs;
}

function smallerThanMinimum(all: readonly Target[]): string[] {
  return all
    .filter((target) => target.width < MIN_TARGET_PX || target.height < MIN_TARGET_PX)
    .map((target) => `${target.name}: ${target.width.toFixed(1)} × ${target.height.toFixed(1)} px`);
}

/** Every control of the map, its toolbar and the timeline, and Leaflet's: the popup's close button, zoom, pan. */
const MAP_CONTROLS = [
  '.leaflet-control-zoom a',
  '.map-pan__button',
  '.leaflet-popup-close-button',
  '.map-toolbar button',
  '.map-toolbar input',
  '.map-toolbar select',
  '.timeline button',
  '.timeline select',
].join(', ');

test.describe('2.5.8 target size (minimum)', () => {
  for (const [layout, viewport] of Object.entries({ desktop: DESKTOP, phone: PHONE })) {
    test(`every control of the map and the timeline is 24 × 24 CSS px or spaced as the rule allows (${layout})`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await openMap(page);
      await expect(page.locator('.timeline-mark').first()).toBeVisible();
      // A popup open, by the keyboard: its close button counts too.
      await tabTo(page, markerFor(page, strikeTitle));
      await page.keyboard.press('Enter');
      await openedPopup(page, strikeTitle);
      await expect(page.locator('.map-pan__button')).toHaveCount(4);

      const controls = await targets(page.locator(MAP_CONTROLS));
      expect(controls.length).toBeGreaterThan(10);
      expect(tooSmall(controls)).toEqual([]);

      // The timeline's marks: each a full target, none over another (marks an hour apart take separate rows).
      const marks = await targets(page.locator('.timeline-mark'));
      expect(marks).toHaveLength(
        story.incidents.features.filter((incident) => incident.properties.when !== null).length,
      );
      expect(smallerThanMinimum(marks)).toEqual([]);
      expect(overlapping(marks)).toEqual([]);

      // Markers are full targets. Where two incidents lie close, their markers overlap at a small zoom: the rule's
      // "equivalent" exception then holds, as each incident is also a row of the list, measured here.
      expect(smallerThanMinimum(await targets(page.locator('.leaflet-marker-icon')))).toEqual([]);
      const rows = await Promise.all(
        placed.map(async (incident) => (await targets(incidentRow(page, incident.properties.title)))[0]),
      );
      expect(rows.every((row) => row !== undefined)).toBe(true);
      expect(smallerThanMinimum(rows.flatMap((row) => row ?? []))).toEqual([]);

      // The layers panel, opened by the keyboard.
      await tabTo(page, page.getByRole('button', { name: 'Layers & legend' }));
      await page.keyboard.press('Enter');
      await expect(page.getByRole('group', { name: 'Show on the map' })).toBeVisible();
      const panel = await targets(page.locator('.map-toolbar').locator('button, input, select'));
      expect(panel.length).toBeGreaterThan(controls.length / 2);
      expect(tooSmall(panel)).toEqual([]);
    });
  }

  test('cluster bubbles of a large story are 24 × 24 CSS px at least', async ({ page }) => {
    await isolateNetwork(page, 'served');
    const large = JSON.stringify(generateStory(story, 3000));
    await page.route('**/data/iran-pakistan-2024/story.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: large }),
    );
    await page.goto('./');
    await expect(page.locator('.incident-cluster').first()).toBeVisible();
    const bubbles = await targets(page.locator('.incident-cluster'));
    expect(bubbles.length).toBeGreaterThan(1);
    expect(smallerThanMinimum(bubbles)).toEqual([]);
  });
});

// 2.5.7 ---------------------------------------------------------------------------------------------------------------

/** The map's centre as the link gives it, once the map has moved from the view given and come to rest. */
async function centreAfterMove(
  page: Page,
  from: { view: string | null } = { view: searchParam(page, 'map') },
): Promise<{ view: string | null; latitude: number; longitude: number }> {
  await expect.poll(() => searchParam(page, 'map')).not.toBe(from.view);
  const view = await settledSearchParam(page, 'map');
  const [, latitude, longitude] = (view ?? '').split('/').map(Number);
  if (latitude === undefined || longitude === undefined) throw new Error(`no map view in the link: ${view}`);
  return { view, latitude, longitude };
}

test.describe('2.5.7 dragging movements', () => {
  test('the map pans with buttons, by keyboard and by click, and with the arrow keys', async ({ page }) => {
    await openMap(page);
    const [west, south, east, north] = story.defaultBounds;
    const start = { latitude: (south + north) / 2, longitude: (west + east) / 2 };

    await tabTo(page, page.getByRole('button', { name: 'Pan east' }));
    await page.keyboard.press('Enter');
    const panned = await centreAfterMove(page);
    expect(panned.longitude).toBeGreaterThan(start.longitude + 0.5);

    // Back, not round the page: Tab past a marker would pan to show it (RevealFocusOnMap).
    await tabTo(page, page.getByRole('button', { name: 'Pan south' }), 'Shift+Tab');
    await page.keyboard.press('Space');
    const southward = await centreAfterMove(page, panned);
    expect(southward.latitude).toBeLessThan(panned.latitude - 0.5);
    expect(southward.longitude).toBeCloseTo(panned.longitude, 3);

    await page.getByRole('button', { name: 'Pan west' }).click();
    const westward = await centreAfterMove(page, southward);
    expect(westward.longitude).toBeLessThan(southward.longitude - 0.5);
    await page.getByRole('button', { name: 'Pan north' }).click();
    const northward = await centreAfterMove(page, westward);
    expect(northward.latitude).toBeGreaterThan(westward.latitude + 0.5);

    // Leaflet's own keys, once the map has focus.
    await tabTo(page, page.locator('.story-map .leaflet-container'));
    await page.keyboard.press('ArrowLeft');
    expect((await centreAfterMove(page, northward)).longitude).toBeLessThan(northward.longitude);
  });

  test("the timeline's span of dates is set with its lists, not by dragging", async ({ page }) => {
    await openMap(page);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await tabTo(page, timeline.getByLabel('From'));
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => searchParam(page, 'from')).toBe('2024-01-16');
    await tabTo(page, timeline.getByLabel('to', { exact: true }));
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => searchParam(page, 'to')).toBe('2024-01-18');
    await expect(timeline.locator('.timeline-mark:disabled')).not.toHaveCount(0);
  });
});

// 2.4.11 --------------------------------------------------------------------------------------------------------------

interface FocusStop {
  /** Which element has focus, counted in the order first reached; null when nothing does. */
  serial: number | null;
  /** What has focus, for the failure message. */
  name: string;
  /**
   * Whether any of a few points shows it: the middle of its box and of the box's quarters, and the middle of each of
   * its line boxes (a link broken over two lines has one each).
   */
  shown: boolean;
  /** What is drawn over its middle. */
  above: string;
}

/** Where focus is, and whether any of it can be seen: elementFromPoint gives what is drawn on top at a point. */
function focusStop(page: Page): Promise<FocusStop> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (focused === null || focused === document.body) return { serial: null, name: '', shown: true, above: '' };
    const walk = window as { focusSerials?: Map<Element, number> };
    const serials = (walk.focusSerials ??= new Map<Element, number>());
    if (!serials.has(focused)) serials.set(focused, serials.size);
    const describe = (element: Element | null) =>
      element === null
        ? 'nothing (off the screen)'
        : `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}"> ${(
            element.getAttribute('aria-label') ??
            element.getAttribute('title') ??
            element.textContent ??
            ''
          )
            .trim()
            .slice(0, 60)}`;
    const box = focused.getBoundingClientRect();
    const points = [
      ...[
        [0.5, 0.5],
        [0.25, 0.25],
        [0.75, 0.25],
        [0.25, 0.75],
        [0.75, 0.75],
      ].map(([x = 0, y = 0]) => [box.left + box.width * x, box.top + box.height * y] as const),
      ...[...focused.getClientRects()].map((line) => [line.left + line.width / 2, line.top + line.height / 2] as const),
    ];
    const hits = points.map(([x, y]) => document.elementFromPoint(x, y));
    const shown = box.width > 0 && box.height > 0 && hits.some((hit) => hit !== null && focused.contains(hit));
    return { serial: serials.get(focused) ?? null, name: describe(focused), shown, above: describe(hits[0] ?? null) };
  });
}

/**
 * Tabs through the whole page once (until focus comes back round), and lists every stop at which the focused element
 * could not be seen at all.
 */
async function hiddenFocusStops(page: Page, maxStops = 250): Promise<{ stops: number; hidden: string[] }> {
  const hidden: string[] = [];
  let stops = 0;
  for (; stops < maxStops; stops += 1) {
    await page.keyboard.press('Tab');
    let stop = await focusStop(page);
    // The map pans a focused control into sight (RevealFocusOnMap), after any flight under way: give it its moment
    // (up to 3 s on a machine that shares two cores with the rest of CI) before judging.
    for (let wait = 0; !stop.shown && wait < 30; wait += 1) {
      await page.waitForTimeout(100);
      stop = await focusStop(page);
    }
    if (stop.serial === null) continue;
    // Back at the first element reached: the whole page has been walked.
    if (stop.serial === 0 && stops > 0) break;
    if (!stop.shown) hidden.push(`${stop.name} — under ${stop.above}`);
  }
  return { stops, hidden };
}

/**
 * The "offline app" notice, as it reads once the service worker has saved the app. It shows for only ten seconds
 * (offlineApp.spec.ts waits for the real one), too short for a walk through the page, so its words are put in its
 * live region here; the room the page keeps for it is the app's own doing.
 */
async function showOfflineAppNotice(page: Page) {
  await page.evaluate(() => {
    const line = document.createElement('p');
    line.className = 'offline-app-notice__line';
    line.append(
      'Saved for offline use: this map, its article, the presentation and the handout now open with no network. ',
    );
    const ok = document.createElement('button');
    ok.type = 'button';
    ok.className = 'offline-app-notice__button';
    ok.textContent = 'OK';
    line.append(ok);
    document.querySelector('.offline-app-notice')?.append(line);
  });
  await expect(page.getByText('Saved for offline use')).toBeVisible();
}

test.describe('a popup opened on a phone', () => {
  // The toolbar wraps to three rows on a phone; a popup Leaflet panned with a fixed room above it opened under them.
  for (const incident of placed.filter((candidate) => candidate.properties.kind === 'strike')) {
    test(`shows its title and close button clear of the toolbar: ${incident.id}`, async ({ page }) => {
      await page.setViewportSize(PHONE);
      await openMap(page, `?incident=${incident.id}`);
      const popup = await openedPopup(page, incident.properties.title);
      // The offline basemap's least zoom may move the map after the popup opened: judged once the map has rested.
      await page.waitForTimeout(1500);
      for (const part of [popup.getByRole('heading', { level: 2 }), popup.locator('.leaflet-popup-close-button')]) {
        const hidden = await part.evaluate((element) => {
          const box = element.getBoundingClientRect();
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          return hit === null || !element.contains(hit) ? (hit?.className ?? 'nothing') : null;
        });
        expect(hidden, `${incident.id}: under ${String(hidden)}`).toBeNull();
      }
    });
  }
});

/** Where a part of the page lies against the map's box: inside it, or how far past which edge. */
async function outsideMap(page: Page, part: Locator): Promise<string | null> {
  const [map, box] = await Promise.all([page.locator('.story-map__canvas').boundingBox(), part.boundingBox()]);
  if (map === null || box === null) return 'not drawn';
  const past: string[] = [];
  if (box.y < map.y - 0.5) past.push(`${(map.y - box.y).toFixed(0)} px above the top`);
  if (box.y + box.height > map.y + map.height + 0.5) {
    past.push(`${(box.y + box.height - map.y - map.height).toFixed(0)} px below the bottom`);
  }
  return past.length === 0 ? null : past.join(', ');
}

/** Null when a pointer aimed at the middle of the element reaches it; else what it hits instead. */
function underWhat(part: Locator): Promise<string | null> {
  return part.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit === null || !element.contains(hit) ? (hit?.className ?? 'nothing') : null;
  });
}

test.describe('a popup on a laptop screen (1280 × 720: a map about 440 px tall)', () => {
  // A strike's popup is taller than that map leaves between the toolbar and the edge: it ran past the map's bottom,
  // and "Full record", the last line, lay there out of every pointer's reach; opened, the record grew the popup up
  // past the map's top, title and close button with it.
  for (const incident of placed) {
    test(`fits inside the map, its full record opened by a click too: ${incident.id}`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 720 });
      await openMap(page, `?incident=${incident.id}`);
      const popup = await openedPopup(page, incident.properties.title);
      // The offline basemap's least zoom may move the map after the popup opened: judged once the map has rested.
      await page.waitForTimeout(1500);
      expect(await outsideMap(page, popup)).toBeNull();
      // Its marker shows below it, whole: a tall popup put it on the map's edge, half under the attribution.
      const marker = markerFor(page, incident.properties.title);
      expect(await outsideMap(page, marker)).toBeNull();
      expect(await underWhat(marker)).toBeNull();

      await popup.getByText(/^Full record/).click();
      await expect(popup.locator('details.incident-popup__record')).toHaveAttribute('open', '');
      await expect(async () => {
        expect(await outsideMap(page, popup)).toBeNull();
        expect(await underWhat(popup.locator('.leaflet-popup-close-button'))).toBeNull();
        // What was opened is shown from its first line, not left scrolled out of sight.
        expect(await underWhat(popup.getByText(/^Full record/))).toBeNull();
      }).toPass();
    });
  }
});

test.describe('a popup in a right-to-left language', () => {
  // In Urdu and Persian the zoom and pan buttons stand on the right: the room a popup kept on the left let its close
  // button open under them, on a laptop; on a phone the popup was too wide for Leaflet to keep that side clear, and
  // it kept the left clear instead.
  for (const [where, viewport] of [
    ['', { width: 1280, height: 720 }],
    [', on a phone', PHONE],
  ] as const) {
    for (const incident of placed) {
      test(`keeps its title and close button clear of the buttons on the right${where}: ${incident.id}`, async ({
        page,
      }) => {
        await page.setViewportSize(viewport);
        await openMap(page, `?lang=ur&incident=${incident.id}`);
        const popup = page.locator('.leaflet-popup');
        await expect(popup).toBeVisible();
        await expect(async () => {
          expect(await outsideMap(page, popup)).toBeNull();
          expect(await underWhat(popup.getByRole('heading', { level: 2 }))).toBeNull();
          expect(await underWhat(popup.locator('.leaflet-popup-close-button'))).toBeNull();
        }).toPass({ timeout: 10_000 });
      });
    }
  }
});

// A phone held sideways, or a 1280 × 720 projector zoomed to 200 %: the phone layout's cap on a popup's height (55 %
// of the screen less 200 px) came to nothing or next to it, and the popup opened as an empty bar.
for (const [name, viewport, deviceScaleFactor] of [
  ['a laptop at 200 %', { width: 640, height: 360 }, 2],
  ['a phone held sideways', { width: 844, height: 390 }, 1],
] as const) {
  test.describe(`a popup on ${name}`, () => {
    test.use({ viewport, deviceScaleFactor });
    test('keeps a few lines of its content to read and scroll', async ({ page }) => {
      await openMap(page, `?incident=${strike.id}`);
      const popup = await openedPopup(page, strikeTitle);
      const content = popup.locator('.leaflet-popup-content');
      expect((await content.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(100);
      // What is below the first lines is reached by scrolling the popup.
      expect(await content.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);
      await expect(popup.getByRole('heading', { level: 2 })).toBeInViewport();
    });
  });
}

test.describe('a shape’s popup', () => {
  // Opened where the reader clicks, under the toolbar too: it kept no room below it, and its title and close button
  // were hidden there, on a laptop and on a phone alike.
  const border = story.regions.features.find((region) => region.properties.kind === 'border');
  const line = border?.geometry.type === 'LineString' ? border.geometry.coordinates : [];
  for (const [name, viewport] of [
    ['on a laptop', { width: 1280, height: 720 }],
    ['on a phone', PHONE],
  ] as const) {
    test(`shows its title and close button clear of the toolbar, inside the map, ${name}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      // A point of the 50 km band away from any marker: the border's vertex nearest 26.5° N, 0.2° west, into Iran.
      const vertex = line.reduce((best, point) =>
        Math.abs((point[1] ?? 0) - 26.5) < Math.abs((best[1] ?? 0) - 26.5) ? point : best,
      );
      const [longitude = 0, latitude = 0] = vertex;
      await openMap(page, `?map=8/${latitude.toFixed(3)}/${(longitude - 0.2).toFixed(3)}`);
      await expect(page.locator('path.region--border-band')).toBeVisible();
      const map = await page.locator('.story-map__canvas').boundingBox();
      if (map === null) throw new Error('the map has no size');
      // Near the top of the map, where the popup must be moved down to be read.
      await page.mouse.click(map.x + map.width / 2, map.y + map.height * 0.45);
      const popup = page.locator('.leaflet-popup');
      await expect(popup.locator('.region-popup')).toContainText('A visual aid chosen by the map');
      await expect(async () => {
        expect(await outsideMap(page, popup)).toBeNull();
        expect(await underWhat(popup.getByRole('heading', { level: 2 }))).toBeNull();
        expect(await underWhat(popup.locator('.leaflet-popup-close-button'))).toBeNull();
      }).toPass();
    });
  }
});

test.describe('2.4.11 focus not obscured (minimum)', () => {
  const scenarios: {
    name: string;
    viewport: typeof DESKTOP;
    search: string;
    prepare?: (page: Page) => Promise<void>;
  }[] = [
    { name: 'a popup open', viewport: DESKTOP, search: `?incident=${strike.id}` },
    { name: 'a popup open, on a phone', viewport: PHONE, search: `?incident=${strike.id}` },
    {
      name: 'the layers panel open',
      viewport: PHONE,
      search: '',
      prepare: async (page) => {
        await tabTo(page, page.getByRole('button', { name: 'Layers & legend' }));
        await page.keyboard.press('Enter');
        await expect(page.getByRole('group', { name: 'Show on the map' })).toBeVisible();
      },
    },
    {
      name: 'presenting, with an answer shown',
      viewport: DESKTOP,
      search: '?step=saravan',
      prepare: async (page) => {
        await expect(page.locator('.presentation-card__title')).toBeFocused();
        const answer = page.getByRole('region', { name: 'Ask the class' }).locator('summary').first();
        await tabTo(page, answer);
        await page.keyboard.press('Enter');
        await expect(page.locator('.question__answer').first()).toBeVisible();
      },
    },
    {
      name: 'presenting, on a phone',
      viewport: PHONE,
      search: '?step=saravan',
      // The card is fetched on demand and takes focus when it arrives: the walk starts after that, not before.
      prepare: async (page) => {
        await expect(page.getByRole('region', { name: /^Presentation:/ })).toBeVisible();
        await expect(page.locator('.presentation-card__title')).toBeFocused();
      },
    },
    { name: 'the offline app notice showing', viewport: DESKTOP, search: '', prepare: showOfflineAppNotice },
    { name: 'the offline app notice showing, on a phone', viewport: PHONE, search: '', prepare: showOfflineAppNotice },
  ];

  for (const { name, viewport, search, prepare } of scenarios) {
    test(`no control reached by Tab is hidden: ${name}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await openMap(page, search);
      if (search.includes('incident=')) await openedPopup(page, strikeTitle);
      await prepare?.(page);
      const { stops, hidden } = await hiddenFocusStops(page);
      expect(stops).toBeGreaterThan(20);
      expect(hidden).toEqual([]);
    });
  }

  /** Whether the element is what is drawn at the middle of its own box. */
  function drawnAtItsMiddle(target: Locator): Promise<boolean> {
    return target.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return hit !== null && element.contains(hit);
    });
  }

  test('a marker reached by Tab comes in front of the open popup over it; the popup’s own marker does not', async ({
    page,
  }) => {
    const other = placed.find((incident) => incident.id !== strike.id && incident.properties.kind === 'strike');
    if (other === undefined) throw new Error('the story has one strike with a place');
    await page.setViewportSize(DESKTOP);
    await openMap(page, `?incident=${strike.id}`);
    const popup = await openedPopup(page, strikeTitle);
    const otherMarker = markerFor(page, other.properties.title);
    // Lay the popup over the other marker (the story's places are far apart at its opening view): a shift of the popup
    // alone, which Leaflet's own positioning, a transform, leaves alone as the map moves.
    await popup.evaluate(
      (element, markerBox) => {
        const box = element.getBoundingClientRect();
        const dx = markerBox.x + markerBox.width / 2 - (box.left + box.width / 2);
        const dy = markerBox.y + markerBox.height / 2 - (box.top + box.height / 2);
        (element as HTMLElement).style.translate = `${dx}px ${dy}px`;
      },
      (await otherMarker.boundingBox())!,
    );
    await expect.poll(() => drawnAtItsMiddle(otherMarker)).toBe(false);

    await tabTo(page, otherMarker);
    await expect.poll(() => drawnAtItsMiddle(otherMarker)).toBe(true);
    await expect(popup).toBeVisible();

    // Focus on the popup's own marker leaves the popup in front of the rest.
    await tabTo(page, markerFor(page, strikeTitle), 'Shift+Tab');
    await expect.poll(() => drawnAtItsMiddle(otherMarker)).toBe(false);

    // And focus that leaves the markers leaves the popup in front too.
    await tabTo(page, otherMarker);
    await expect.poll(() => drawnAtItsMiddle(otherMarker)).toBe(true);
    await tabTo(page, popup.locator('.leaflet-popup-close-button'));
    await expect.poll(() => drawnAtItsMiddle(otherMarker)).toBe(false);
  });
});
