export interface StoryDataUrls {
  story: string;
  basemap: string;
}

/** Where a story's files are served from; the base URL lets the build live under any path of a static host. */
export function storyDataUrls(baseUrl: string, storyId: string): StoryDataUrls {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const folder = `${base}data/${encodeURIComponent(storyId)}/`;
  return { story: `${folder}story.json`, basemap: `${folder}basemap.geojson` };
}
