import { setupI18n, type I18n, type Messages } from '@lingui/core';
import { messages as english } from './catalogs/en.ts';
import type { Locale } from './locales.ts';

export type { I18n, MessageDescriptor } from '@lingui/core';

/** One instance per language, so that a change of language is a new value that React sees. */
export function i18nFor(locale: Locale, messages: Messages): I18n {
  const i18n = setupI18n({ locale, messages: { [locale]: messages } });
  i18n.on('missing', ({ id }) => whenWordsMissing?.(id, locale));
  return i18n;
}

let whenWordsMissing: ((id: string, locale: Locale) => void) | null = null;

/**
 * What to do when a message has no words in the catalogs loaded: the page's entry says so on the console in the built
 * app, whose code carries ids, not words, so that a bare id on screen is caught by the browser tests (they fail on the
 * page's console errors). Development and the tests in Node fall back to the English written in the code.
 */
export function onWordsMissing(handle: (id: string, locale: Locale) => void): void {
  whenWordsMissing = handle;
}

/** English ships with the first load; the other catalogs are fetched when a reader chooses them. */
export const englishI18n: I18n = i18nFor('en', english);

/**
 * Words that come with code loaded on demand, in catalogs of their own (lingui.config.ts): the viewer's parts fetched
 * after the first load (presentation, handout, pan buttons, region popups…), the story editor, and the data checks.
 */
export type CatalogPart = 'onDemand' | 'editor' | 'checks';

/** Each part's catalog per language, as the dynamic imports Vite splits into chunks of their own. */
const PART_CATALOGS: Record<CatalogPart, Record<Locale, () => Promise<{ messages: Messages }>>> = {
  onDemand: {
    en: () => import('./catalogs/onDemand/en.ts'),
    ur: () => import('./catalogs/onDemand/ur.ts'),
    fa: () => import('./catalogs/onDemand/fa.ts'),
    hi: () => import('./catalogs/onDemand/hi.ts'),
  },
  editor: {
    en: () => import('./catalogs/editor/en.ts'),
    ur: () => import('./catalogs/editor/ur.ts'),
    fa: () => import('./catalogs/editor/fa.ts'),
    hi: () => import('./catalogs/editor/hi.ts'),
  },
  checks: {
    en: () => import('./catalogs/checks/en.ts'),
    ur: () => import('./catalogs/checks/ur.ts'),
    fa: () => import('./catalogs/checks/fa.ts'),
    hi: () => import('./catalogs/checks/hi.ts'),
  },
};

async function partMessages(part: CatalogPart, locale: Locale): Promise<Messages> {
  return (await PART_CATALOGS[part][locale]()).messages;
}

// The page's one set of languages: each language's instance, made once, and the parts whose words are loaded. A part
// once loaded is loaded into every language, including one chosen later, so that switching language while the
// editor is open never shows a bare message id.
const instances = new Map<Locale, Promise<I18n>>([['en', Promise.resolve(englishI18n)]]);
const loadedParts = new Set<CatalogPart>();
// Each part's loading, once begun: code that asks for words already on their way waits for the same load.
const partLoads = new Map<CatalogPart, Promise<void>>();

// The parts each language's instance holds already: a language chosen again, or a part asked for again, loads nothing
// twice (each load merges a catalog and tells every listener the words changed).
const partsIn = new WeakMap<I18n, Set<CatalogPart>>();

async function withParts(i18n: I18n, parts: Iterable<CatalogPart>): Promise<I18n> {
  const locale = i18n.locale as Locale;
  let held = partsIn.get(i18n);
  if (held === undefined) {
    held = new Set();
    partsIn.set(i18n, held);
  }
  for (const part of parts) {
    if (held.has(part)) continue;
    i18n.load(locale, await partMessages(part, locale));
    held.add(part);
  }
  return i18n;
}

async function makeInstance(locale: Locale): Promise<I18n> {
  switch (locale) {
    case 'en':
      return englishI18n;
    case 'ur':
      return i18nFor(locale, (await import('./catalogs/ur.ts')).messages);
    case 'fa':
      return i18nFor(locale, (await import('./catalogs/fa.ts')).messages);
    case 'hi':
      return i18nFor(locale, (await import('./catalogs/hi.ts')).messages);
  }
}

export async function loadI18n(locale: Locale): Promise<I18n> {
  let instance = instances.get(locale);
  if (instance === undefined) {
    instance = makeInstance(locale);
    instances.set(locale, instance);
    // A failed fetch is tried again next time.
    instance.catch(() => instances.delete(locale));
  }
  return withParts(await instance, loadedParts);
}

/**
 * Loads a part's words into every language made so far (and, from now on, into any chosen later). Code fetched on
 * demand waits for this before it renders: the built app's descriptors carry no words of their own.
 */
export function loadPart(part: CatalogPart): Promise<void> {
  let loading = partLoads.get(part);
  if (loading === undefined) {
    loadedParts.add(part);
    loading = Promise.all([...instances.values()].map(async (instance) => withParts(await instance, [part]))).then(
      () => undefined,
    );
    partLoads.set(part, loading);
    // A failed fetch is tried again next time.
    loading.catch(() => {
      loadedParts.delete(part);
      partLoads.delete(part);
    });
  }
  return loading;
}

/** `import()` of code loaded on demand, resolved once the words it shows are loaded too (see loadPart). */
export async function withWords<T>(load: () => Promise<T>, parts: readonly CatalogPart[] = ['onDemand']): Promise<T> {
  const [code] = await Promise.all([load(), ...parts.map(loadPart)]);
  return code;
}
