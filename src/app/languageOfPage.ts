import { chooseLocale } from '../i18n/chooseLocale.ts';
import { directionOf, LOCALE_NAMES, type Locale } from '../i18n/locales.ts';

const STORAGE_KEY = 'citemap.lang';

function storedLocale(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The language this page opens in: the link's `lang=`, then the reader's earlier choice, then the browser's. */
export function initialLocale(): Locale {
  return chooseLocale({
    linked: new URLSearchParams(window.location.search).get('lang'),
    stored: storedLocale(),
    browser: navigator.languages ?? [navigator.language],
  });
}

/**
 * Each language's own styles: its script's font, and for Urdu and Persian what mirrors the page beyond CSS logical
 * properties. Fetched only for the language that needs them: an English page's first load carries none.
 */
const LANGUAGE_STYLES: Record<Locale, (() => Promise<unknown>) | null> = {
  en: null,
  ur: () => import('./languageStyles/ur.css'),
  fa: () => import('./languageStyles/fa.css'),
  hi: () => import('./languageStyles/hi.css'),
};

/** Fetches the language's styles, before the page switches to it (never fails: the page then keeps its own). */
export async function loadLanguageStyles(locale: Locale): Promise<void> {
  await LANGUAGE_STYLES[locale]?.().catch(() => undefined);
}

const FONT_FAMILIES: Record<Locale, string | null> = {
  en: null,
  ur: 'Noto Nastaliq Urdu',
  fa: 'Vazirmatn',
  hi: 'Noto Sans Devanagari',
};

/** The longest the first render waits for a script's font: past it, the page shows with a fallback face. */
const FONT_WAIT_MS = 1500;

/**
 * Fetches the language's font before the first render, so that the header does not grow under a map already fitted
 * to its room (Nastaliq's lines are twice as tall as the fallback's). Never waits long, never fails.
 */
export async function loadFontsFor(locale: Locale): Promise<void> {
  const family = FONT_FAMILIES[locale];
  const sample = LOCALE_NAMES[locale];
  if (family === null) return;
  const loaded = loadLanguageStyles(locale)
    .then(() =>
      // With a word of the script: a face limited to its script's range loads only for text in it.
      Promise.all([
        document.fonts.load(`1em "${family}"`, sample),
        document.fonts.load(`bold 1em "${family}"`, sample),
      ]),
    )
    .catch(() => undefined);
  await Promise.race([loaded, new Promise((resolve) => window.setTimeout(resolve, FONT_WAIT_MS))]);
}

/**
 * Marks the page as written in `locale` (lang and dir on <html>, so the whole layout mirrors for Urdu and Persian),
 * remembers the choice and keeps it in the link, so that a shared link opens in the same language.
 */
export function applyLocaleToPage(locale: Locale, remember: boolean): void {
  const html = document.documentElement;
  html.lang = locale;
  html.dir = directionOf(locale);
  if (!remember) return;
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Storage may be refused (private windows, embeds): the link still carries the language.
  }
  const url = new URL(window.location.href);
  if (locale === 'en') url.searchParams.delete('lang');
  else url.searchParams.set('lang', locale);
  window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
}
