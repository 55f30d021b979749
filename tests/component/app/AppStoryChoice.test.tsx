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

  it('says which file it is opening while it reads it, with the story still on screen, and stops saying so after', async () => {
    render(<App urls={URLS} tileSource={null} fetchLike={serveFixture} />);
    await screen.findByRole('heading', { level: 1, name: fixtureStory().title });
    const other = { ...fixtureStory(), title: 'Another story' };
    chooseFile(JSON.stringify(other), 'another.story.json');
    const opening = screen.getByText((_, element) => element?.textContent === 'Opening another.story.json (0.1 MB)…', {
      selector: 'p',
    });
    expect(opening.getAttribute('role')).toBe('status');
    expect(screen.getByRole('progressbar', { name: 'Opening another.story.json (0.1 MB)…' })).toBeInstanceOf(
      HTMLProgressElement,
    );
    expect(screen.queryAllByRole('heading', { level: 1, name: fixtureStory().title })).toHaveLength(1);
    await screen.findByRole('heading', { level: 1, name: 'Another story' }, { timeout: 5000 });
    expect(screen.queryByText(/^Opening another/)).toBeNull();
  });

  it('shows only the last of two files chosen one after the other', async () => {
    render(<App urls={URLS} tileSource={null} fetchLike={serveFixture} />);
    await screen.findByRole('heading', { level: 1, name: fixtureStory().title });
    // The first is a CSV, whose reader is fetched only now, so its read ends after the second's.
    chooseFile('name,latitude,longitude\nFirst place,29.96,64.11\n', 'first.csv');
    chooseFile(JSON.stringify({ ...fixtureStory(), title: 'Second chosen' }), 'second.story.json');
    await screen.findByRole('heading', { level: 1, name: 'Second chosen' }, { timeout: 5000 });
    // The first file's read ends too, and must not replace the second.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Second chosen');
    expect(screen.queryByText(/^Opening /)).toBeNull();
  });
});
