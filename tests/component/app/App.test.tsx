// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App.tsx';
import type { FetchLike } from '../../../src/data/load/fetchText.ts';
import type { TileSource } from '../../../src/map/basemap/tileSource.ts';
import type { BoundingBox } from '../../../src/model/geojson.ts';
import { fixtureBasemap, fixtureStory } from '../../fixtures/fixtureStory.ts';

const URLS = { story: '/data/fixture/story.json', basemap: '/data/fixture/basemap.geojson' };

/** Answers each URL from a table; anything missing is a 404, as a static host would answer. */
function fakeServer(files: Record<string, unknown>): FetchLike & { requests: string[] } {
  const requests: string[] = [];
  const serve = (url: string) => {
    requests.push(url);
    const file = files[url];
    return Promise.resolve(
      file === undefined
        ? new Response('Not found', { status: 404, statusText: 'Not Found' })
        : new Response(JSON.stringify(file)),
    );
  };
  return Object.assign(serve, { requests });
}

describe('App', () => {
  it('says it is loading, never showing a blank page', () => {
    render(<App urls={URLS} tileSource={null} fetchLike={() => new Promise<Response>(() => undefined)} />);
    expect(screen.getByRole('status').textContent).toBe('Loading the story…');
    expect(screen.queryAllByRole('heading', { level: 1, name: 'Citemap' })).toHaveLength(1);
  });

  it('lists what went wrong, naming the file, and offers to retry', async () => {
    const server = fakeServer({});
    render(<App urls={URLS} tileSource={null} fetchLike={server} />);
    const panel = await screen.findByRole('alert');
    expect(within(panel).queryAllByRole('heading', { name: 'The story could not be loaded' })).toHaveLength(1);
    expect(within(panel).getByRole('listitem').textContent).toBe(
      `${URLS.story} › (response): the server answered HTTP 404 Not Found; is the file deployed at this address?`,
    );
    expect(within(panel).queryAllByRole('button', { name: 'Retry' })).toHaveLength(1);
  });

  it('names the field when the story breaks the schema', async () => {
    const story = { ...fixtureStory(), defaultBounds: [70, 24, 55, 32] };
    render(<App urls={URLS} tileSource={null} fetchLike={fakeServer({ [URLS.story]: story })} />);
    const panel = await screen.findByRole('alert');
    expect(panel.querySelector('.load-error__where')?.textContent).toBe(`${URLS.story} › defaultBounds`);
  });

  it('loads the story on retry once the file is there', async () => {
    const files: Record<string, unknown> = {};
    const server = fakeServer(files);
    render(<App urls={URLS} tileSource={null} fetchLike={server} />);
    const retry = await screen.findByRole('button', { name: 'Retry' });
    files[URLS.story] = fixtureStory();
    files[URLS.basemap] = fixtureBasemap();
    retry.click();
    await expect(screen.findByRole('heading', { level: 1, name: fixtureStory().title })).resolves.toBeInstanceOf(
      HTMLHeadingElement,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(server.requests.filter((url) => url === URLS.story)).toHaveLength(2);
  });

  it('draws the story on the offline map when no tile server is configured, and says so', async () => {
    const server = fakeServer({ [URLS.story]: fixtureStory(), [URLS.basemap]: fixtureBasemap() });
    const { container } = render(<App urls={URLS} tileSource={null} fetchLike={server} />);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'No tile server is configured; showing the built-in offline map.',
      ),
    );
    expect(container.querySelectorAll('img.leaflet-tile')).toHaveLength(0);
    // Custom panes exist only after their first effect, so what is drawn in them arrives a render later.
    await waitFor(() => expect(container.querySelectorAll('path.offline-country')).toHaveLength(2));
    // jsdom has no layout: at its zoom 0 no country name fits its country, so only the required names show. A label's
    // words arrive through React a render after the tooltip that holds them.
    await waitFor(() =>
      expect([...container.querySelectorAll('.map-label--province')].map((label) => label.textContent)).toEqual([
        'Sistan and Baluchestan',
        'Balochistan',
      ]),
    );
    expect(container.querySelectorAll('path.region--border')).toHaveLength(1);
    const markers = screen.getAllByRole('button', { name: /\((strike|statement|reference point), / });
    expect(markers.map((marker) => marker.getAttribute('title'))).toEqual([
      'Iranian strike in Panjgur district, Pakistan (strike, Iran, approximate place)',
      'Pakistani strike in Saravan County, Iran (strike, Pakistan, approximate place)',
    ]);
  });
});

const TILES: TileSource = { name: 'Test tiles', url: 'https://tiles.test/{z}/{x}/{y}.png', attribution: 'Test' };
const FRAME: BoundingBox = [60, 24, 66, 30];

/** A layout query answered as a phone (stacked) or a wide window would answer it. */
function layoutIs(stacked: boolean): void {
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: stacked && query.includes('max-width'), media: query }));
}

describe('App: the offline basemap and the opening tiles', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    window.history.replaceState(null, '', '/');
  });

  it('does not fetch the offline basemap for a map drawn on tiles', async () => {
    const server = fakeServer({ [URLS.story]: fixtureStory(), [URLS.basemap]: fixtureBasemap() });
    render(<App urls={URLS} tileSource={TILES} fetchLike={server} />);
    await screen.findByRole('heading', { level: 1, name: fixtureStory().title });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.requests).toEqual([URLS.story]);
  });

  it('fetches it once the reader asks for the offline map', async () => {
    window.history.replaceState(null, '', '/?basemap=offline');
    const server = fakeServer({ [URLS.story]: fixtureStory(), [URLS.basemap]: fixtureBasemap() });
    const { container } = render(<App urls={URLS} tileSource={TILES} fetchLike={server} />);
    await waitFor(() => expect(container.querySelectorAll('path.offline-country')).toHaveLength(2));
    expect(server.requests).toEqual([URLS.story, URLS.basemap]);
  });

  it('fetches the opening tiles while the story downloads, on a stacked layout, from an unseen map', () => {
    layoutIs(true);
    const { container } = render(
      <App urls={URLS} tileSource={TILES} builtStoryFrame={FRAME} fetchLike={() => new Promise<Response>(() => {})} />,
    );
    expect(screen.getByRole('status').textContent).toBe('Loading the story…');
    const unseen = container.querySelector('.opening-tiles');
    expect(unseen?.getAttribute('aria-hidden')).toBe('true');
    expect(unseen?.querySelector('.leaflet-container .leaflet-tile-pane')).not.toBeNull();
  });

  it('fetches no opening tiles where it cannot know them', () => {
    const never = () => new Promise<Response>(() => {});
    const cases: [stacked: boolean, search: string, tiles: TileSource | null, frame: BoundingBox | null][] = [
      [false, '/', TILES, FRAME], // side by side: the map's height waits for the story's header and timeline
      [true, '/?map=6/27/63', TILES, FRAME], // the link opens elsewhere
      [true, '/', null, FRAME], // no tile server
      [true, '/', TILES, null], // the build had no story to read bounds from
    ];
    for (const [stacked, search, tiles, frame] of cases) {
      layoutIs(stacked);
      window.history.replaceState(null, '', search);
      const { container, unmount } = render(
        <App urls={URLS} tileSource={tiles} builtStoryFrame={frame} fetchLike={never} />,
      );
      expect(container.querySelector('.opening-tiles'), `${stacked} ${search}`).toBeNull();
      unmount();
    }
  });
});
