import { englishI18n, withWords, type I18n, type MessageDescriptor } from '../i18n/i18n.ts';

/** What the reader can do when a part's code did not arrive, in their language. */
export function describePartDownloadError(error: PartDownloadError, i18n: I18n): string {
  return i18n._({
    id: 'errorBoundary.notDownloaded',
    message:
      'the {part} could not be downloaded (check the connection and try again, or reload the page if Citemap has been updated since it was opened)',
    values: { part: i18n._(error.part) },
  });
}

/** A part of the page whose code could not be fetched; its `message` is the English, for the console. */
export class PartDownloadError extends Error {
  constructor(
    readonly part: MessageDescriptor,
    options: ErrorOptions,
  ) {
    super('', options);
    this.message = describePartDownloadError(this, englishI18n);
  }
}

/**
 * Code fetched the first time it is needed rather than with the page: Vite makes each dynamic `import()` a chunk of
 * its own, with its CSS. One fetch however many ask at once. A failed fetch is forgotten, so that asking again fetches
 * again, and its error says what the reader can do: the usual causes are a lost connection, and a new version
 * deployed since the page was opened, whose files have replaced the ones this page knows of. `part` names the part
 * for the reader ("the {part} could not be downloaded"). The viewer's words for code loaded on demand come with it.
 */
export function loadOnDemand<T>(part: MessageDescriptor, load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return function loadPart() {
    loading ??= withWords(load).catch((error: unknown) => {
      loading = null;
      throw new PartDownloadError(part, { cause: error });
    });
    return loading;
  };
}
