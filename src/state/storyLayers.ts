import { drawnShapesLabel, incidentLayerLabel } from '../data/words/incidentKindLabel.ts';
import type { I18n } from '../i18n/i18n.ts';
import type { RegionKind } from '../model/region.ts';
import type { Story } from '../model/story.ts';
import { LAYER_IDS, layerOfIncidentKind, layerOfRegionKind, type LayerId } from './layers.ts';

export interface StoryLayer {
  id: LayerId;
  /** What the layer control and the legend call it: the story's own region names, or the incident kind's words. */
  label: string;
  /** The kind of region the layer draws; null for a layer of incidents. */
  regionKind: RegionKind | null;
  /** What the story's own regions say of themselves (e.g. that a band is a drawing aid), each once. */
  notes: string[];
}

/** The layers this story has something on, in LAYER_IDS order: a layer a story lacks is not offered. */
export function storyLayers(story: Pick<Story, 'incidents' | 'regions'>, i18n: I18n): StoryLayer[] {
  const labels = new Map<LayerId, { names: string[]; regionKind: RegionKind | null; notes: string[] }>();
  for (const incident of story.incidents.features) {
    const id = layerOfIncidentKind(incident.properties.kind);
    if (!labels.has(id)) {
      labels.set(id, { names: [incidentLayerLabel(incident.properties.kind, i18n)], regionKind: null, notes: [] });
    }
  }
  let drawnShapes = 0;
  for (const region of story.regions.features) {
    const { kind, name, note } = region.properties;
    const id = layerOfRegionKind(kind);
    const entry = labels.get(id) ?? { names: [], regionKind: kind, notes: [] };
    // A file may draw hundreds of shapes: its layer is named for what it is, each shape's name is in its popup.
    if (kind === 'drawn') drawnShapes += 1;
    else if (!entry.names.includes(name)) entry.names.push(name);
    if (note !== null && !entry.notes.includes(note)) entry.notes.push(note);
    labels.set(id, entry);
  }
  labels.get('drawn')?.names.push(drawnShapesLabel(drawnShapes, i18n));
  return LAYER_IDS.flatMap((id) => {
    const entry = labels.get(id);
    return entry === undefined
      ? []
      : [{ id, label: entry.names.join(', '), regionKind: entry.regionKind, notes: entry.notes }];
  });
}
