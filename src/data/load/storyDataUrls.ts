import type { TrustedFile } from './trustedFile.ts';

export interface StoryDataUrls {
  story: string;
  basemap: string;
  /**
   * The story file as the data build wrote it (its SHA-256 and length), for the build's own story only: a download
   * that matches is the file the build already validated, and is not validated again in the browser.
   */
  trustedStory?: TrustedFile;
  /** The built basemap likewise: a basemap that matches was checked by the data build and is not checked again. */
  trustedBasemap?: TrustedFile;
  /**
   * Set for a story a link names (`?story=`): it is read with the limits of a file the reader opens (20 MB). The build's
   * own story, which the site's deployer chose, is not limited (the bench draws 100,000 incidents from it).
   */
  fromLink?: boolean;
}

/** Where a story's files are served from; the base URL lets the build live under any path of a static host. */
export function storyDataUrls(baseUrl: string, storyId: string): StoryDataUrls {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const folder = `${base}data/${encodeURIComponent(storyId)}/`;
  return { story: `${folder}story.json`, basemap: `${folder}basemap.geojson` };
}
