// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App.tsx';
import { progressRelay, type OpeningStory } from '../../../src/app/openingStory.ts';
import type { StoryLoad } from '../../../src/data/load/loadStory.ts';
import type { FetchLike } from '../../../src/data/load/fetchText.ts';
import { fixtureStory } from '../../fixtures/fixtureStory.ts';

// The build's own story, read by the page's entry before the first render (src/main.tsx): the app takes that load in
// place of its own.

const URLS = { story: '/data/fixture/story.json', basemap: '/data/fixture/basemap.geojson' };
const LOADED: StoryLoad = { status: 'loaded', story: fixtureStory() };

/** Records each address asked for; answers the story from `files`, anything else 404. */
function recordingServer(files: Record<string, unknown> = {}): FetchLike & { requests: string[] } {
  const requests: string[] = [];
  const serve = (url: string) => {
    requests.push(url);
    const file = files[url];
    return Promise.resolve(
      file === undefined ? new Response('Not found', { status: 404 }) : new Response(JSON.stringify(file)),
    );
  };
  return Object.assign(serve, { requests });
}

function opening(result: Promise<StoryLoad>, settled: StoryLoad | null, url = URLS.story) {
  const relay = progressRelay();
  const story: OpeningStory = { url, result, settled, follow: relay.follow };
  return { story, report: relay.report };
}

describe('App, given the story its page began to load', () => {
  it('renders the story in its first render when the load came before it, and fetches nothing more', () => {
    const server = recordingServer();
    render(
      <App
        urls={URLS}
        tileSource={null}
        fetchLike={server}
        openingStory={opening(Promise.resolve(LOADED), LOADED).story}
      />,
    );
    // No await: the first render is the story, not the loading layout.
    expect(screen.queryAllByRole('heading', { level: 1, name: fixtureStory().title })).toHaveLength(1);
    expect(screen.queryByText('Loading the story…')).toBeNull();
    expect(server.requests).not.toContain(URLS.story);
  });

  it('waits for a load still under way, showing its progress so far, without fetching the story again', async () => {
    const server = recordingServer();
    let finish: (load: StoryLoad) => void = () => undefined;
    const result = new Promise<StoryLoad>((resolve) => {
      finish = resolve;
    });
    const { story, report } = opening(result, null);
    report({ stage: 'reading', bytes: 12 * 1024 * 1024 });
    render(<App urls={URLS} tileSource={null} fetchLike={server} openingStory={story} />);
    expect(screen.getByRole('status').textContent).toBe('Loading the story…');
    await expect(screen.findByText('Reading and checking the story (12 MB)…')).resolves.toBeInstanceOf(
      HTMLParagraphElement,
    );
    await act(async () => {
      finish(LOADED);
      await result;
    });
    await expect(screen.findByRole('heading', { level: 1, name: fixtureStory().title })).resolves.toBeInstanceOf(
      HTMLHeadingElement,
    );
    expect(server.requests).not.toContain(URLS.story);
  });

  it('says why a load that failed before the first render failed, and fetches afresh on Retry', async () => {
    const failed: StoryLoad = {
      status: 'failed',
      problems: [{ origin: URLS.story, path: '(response)', message: 'gone' }],
    };
    const server = recordingServer({ [URLS.story]: fixtureStory() });
    render(
      <App
        urls={URLS}
        tileSource={null}
        fetchLike={server}
        openingStory={opening(Promise.resolve(failed), failed).story}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('gone');
    expect(server.requests).not.toContain(URLS.story);
    screen.getByRole('button', { name: 'Retry' }).click();
    await expect(screen.findByRole('heading', { level: 1, name: fixtureStory().title })).resolves.toBeInstanceOf(
      HTMLHeadingElement,
    );
    expect(server.requests.filter((url) => url === URLS.story)).toHaveLength(1);
  });

  it('ignores a load of another address, and reads its own story', async () => {
    const server = recordingServer({ [URLS.story]: fixtureStory() });
    const elsewhere = { ...LOADED, story: { ...fixtureStory(), title: 'Another story' } };
    render(
      <App
        urls={URLS}
        tileSource={null}
        fetchLike={server}
        openingStory={opening(Promise.resolve(elsewhere), elsewhere, '/data/other/story.json').story}
      />,
    );
    expect(screen.getByRole('status').textContent).toBe('Loading the story…');
    await expect(screen.findByRole('heading', { level: 1, name: fixtureStory().title })).resolves.toBeInstanceOf(
      HTMLHeadingElement,
    );
    expect(screen.queryByText('Another story')).toBeNull();
    expect(server.requests).toContain(URLS.story);
  });
});
