/**
 * A new worker for reading one story (storyReaderWorker.ts), or null where none can be started (tests in Node, a
 * browser that refuses). The one place that names the worker's file, so that the build bundles it once.
 */
export function startStoryReaderWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./storyReaderWorker.ts', import.meta.url), { type: 'module', name: 'story reader' });
  } catch {
    return null;
  }
}
