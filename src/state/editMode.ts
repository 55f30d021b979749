import type { Story } from '../model/story.ts';

/** How the editor opens: a new story, the story on screen, or a draft kept in this browser (by its key). */
export type EditStart = { kind: 'new' } | { kind: 'story'; story: Story } | { kind: 'kept'; key: string };

/** `?edit` opens the editor on a new story, `?edit=<key>` on a kept draft; null when the link is not for the editor. */
export function editStartFromSearch(search: string): EditStart | null {
  const key = new URLSearchParams(search).get('edit');
  if (key === null) return null;
  return /^[a-z0-9-]{1,64}$/.test(key) ? { kind: 'kept', key } : { kind: 'new' };
}

/** The link for the editor on a kept draft, or (key null) for the viewer, keeping the link's other parameters. */
export function searchForEditor(search: string, key: string | null): string {
  const params = new URLSearchParams(search);
  if (key === null) params.delete('edit');
  else params.set('edit', key);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}
