/**
 * Code fetched the first time it is needed rather than with the page: Vite makes each dynamic `import()` a chunk of
 * its own, with its CSS. One fetch however many ask at once. A failed fetch is forgotten, so that asking again fetches
 * again, and its error says what the reader can do: the usual causes are a lost connection, and a new version
 * deployed since the page was opened, whose files have replaced the ones this page knows of.
 */
export function loadOnDemand<T>(part: string, load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return function loadPart() {
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw new Error(
        `the ${part} could not be downloaded (check the connection and try again, or reload the page if Citemap ` +
          'has been updated since it was opened)',
        { cause: error },
      );
    });
    return loading;
  };
}
