// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App.tsx';
import type { FetchLike } from '../../../src/data/load/fetchText.ts';
import { fixtureBasemap, fixtureStory } from '../../fixtures/fixtureStory.ts';

const URLS = { story: '/data/fixture/story.json', basemap: '/data/fixture/basemap.geojson' };

const serveFixture: FetchLike = (url) =>
  Promise.resolve(new Response(JSON.stringify(url === URLS.story ? fixtureStory() : fixtureBasemap())));

function chooseFile(text: string, name: string) {
  const input = document.querySelector('input[type="file"]');
  if (input === null) throw new Error('no file input');
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } });
}

describe('App: which story', () => {
  afterEach(() => {
    window.history.replaceState(null, '', '/');
  });

  it('refuses a link whose story= is not a web address, naming the parameter, and offers the default', async () => {
    window.history.replaceState(null, '', '/?story=javascript:alert(1)');
    render(<App urls={URLS} tileSource={null} fetchLike={serveFixture} />);
    const alert = await screen.findByRole('alert');
    // The reason's words come with the checks' catalog, fetched on demand.
    await within(alert).findByText(/"javascript:alert\(1\)" is not an http\(s\) address/);
    expect(alert.textContent).toContain('story=');
    fireEvent.click(within(alert).getByRole('button', { name: 'Open the default story instead' }));
    await expect(screen.findByRole('heading', { level: 1, name: fixtureStory().title })).resolves.toBeInstanceOf(
      HTMLHeadingElement,
    );
    expect(window.location.search).toBe('');
  });

  it('keeps the story on screen when a chosen file fails, and lists why', async () => {
    render(<App urls={URLS} tileSource={null} fetchLike={serveFixture} />);
    await screen.findByRole('heading', { level: 1, name: fixtureStory().title });
    chooseFile('not json', 'notes.json');
    // The reader of files is fetched on demand, as in the browser: a first import takes its time on a busy machine.
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(within(alert).getByRole('heading').textContent).toBe('notes.json could not be opened');
    expect(screen.queryAllByRole('heading', { level: 1, name: fixtureStory().title })).toHaveLength(1);
    fireEvent.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
