import { englishI18n } from '../../../src/i18n/i18n.ts';
import { describe, expect, it } from 'vitest';
import { storyLayers } from '../../../src/state/storyLayers.ts';
import { fixtureStory } from '../../fixtures/fixtureStory.ts';

describe('storyLayers', () => {
  it('carries what the story’s regions say of themselves, each note once, beside their names', () => {
    const story = fixtureStory();
    const [first] = story.regions.features;
    if (first === undefined) throw new Error('the fixture has regions');
    const note = 'A visual aid chosen by the authors.';
    story.regions.features = [
      { ...first, id: 'a', properties: { ...first.properties, id: 'a', kind: 'border-band', name: 'Band A', note } },
      { ...first, id: 'b', properties: { ...first.properties, id: 'b', kind: 'border-band', name: 'Band B', note } },
    ];
    const band = storyLayers(story, englishI18n).find((layer) => layer.id === 'band');
    expect(band).toEqual({ id: 'band', label: 'Band A, Band B', regionKind: 'border-band', notes: [note] });
  });

  it('has no notes for a layer of incidents', () => {
    const layers = storyLayers(fixtureStory(), englishI18n).filter((layer) => layer.regionKind === null);
    expect(layers.length).toBeGreaterThan(0);
    for (const layer of layers) expect(layer.notes).toEqual([]);
  });
});
