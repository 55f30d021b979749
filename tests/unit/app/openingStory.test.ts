import { afterEach, describe, expect, it, vi } from 'vitest';
import { progressRelay, settledWithin, startOpeningStory } from '../../../src/app/openingStory.ts';
import type { StoryLoadProgress } from '../../../src/data/load/storyLoadProgress.ts';
import { englishI18n } from '../../../src/i18n/i18n.ts';
import { fixtureStory } from '../../fixtures/fixtureStory.ts';

const reading = (bytes: number): StoryLoadProgress => ({ stage: 'reading', bytes });

describe('progressRelay', () => {
  it('tells a late follower the last report at once, then each new one, until it stops following', () => {
    const relay = progressRelay();
    relay.report(reading(1));
    relay.report(reading(2));
    const heard: StoryLoadProgress[] = [];
    const stop = relay.follow((progress) => heard.push(progress));
    relay.report(reading(3));
    stop();
    relay.report(reading(4));
    expect(heard).toEqual([reading(2), reading(3)]);
  });

  it('tells a follower nothing before the first report', () => {
    const heard: StoryLoadProgress[] = [];
    progressRelay().follow((progress) => heard.push(progress));
    expect(heard).toEqual([]);
  });
});

describe('settledWithin', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives the value of a promise that settles in time', async () => {
    await expect(settledWithin(Promise.resolve('story'), 250)).resolves.toBe('story');
  });

  it('gives null once the time is up, and the promise goes on', async () => {
    vi.useFakeTimers();
    let resolveLater: (value: string) => void = () => undefined;
    const later = new Promise<string>((resolve) => {
      resolveLater = resolve;
    });
    const waited = settledWithin(later, 250);
    await vi.advanceTimersByTimeAsync(250);
    await expect(waited).resolves.toBeNull();
    resolveLater('story');
    await expect(later).resolves.toBe('story');
  });

  it('gives null for a promise that rejects', async () => {
    await expect(settledWithin(Promise.reject(new Error('no')), 250)).resolves.toBeNull();
  });
});

describe('startOpeningStory', () => {
  it('reads the story at the address it names, once', async () => {
    const requests: string[] = [];
    const opening = startOpeningStory(
      { story: '/data/fixture/story.json', basemap: '/b.geojson' },
      englishI18n,
      (url) => {
        requests.push(String(url));
        return Promise.resolve(new Response(JSON.stringify(fixtureStory())));
      },
    );
    expect(opening.url).toBe('/data/fixture/story.json');
    const load = await opening.result;
    expect(load.status).toBe('loaded');
    expect(load.status === 'loaded' && load.story.title).toBe(fixtureStory().title);
    expect(requests).toEqual(['/data/fixture/story.json']);
  });
});
