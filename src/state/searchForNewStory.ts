/**
 * What a link keeps when another story replaces the one on screen: the reader's own settings (layers, base map) stay;
 * `story=` goes, since a file opened from the reader's disk has no address to link to, and whatever pointed into the
 * old story goes with it (its incident, passage, tour step, date span and map view mean nothing in the new one).
 */
const STORY_SPECIFIC_PARAMS = ['story', 'incident', 'passage', 'step', 'from', 'to', 'map'] as const;

export function searchForNewStory(search: string): string {
  const params = new URLSearchParams(search);
  for (const key of STORY_SPECIFIC_PARAMS) params.delete(key);
  const query = params.toString().replaceAll('%2C', ',');
  return query === '' ? '' : `?${query}`;
}
