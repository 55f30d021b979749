import { chooseLocale } from '../i18n/chooseLocale.ts';
import { directionOf, type Locale } from '../i18n/locales.ts';

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

/** Each script's font, fetched only for the language that needs it. */
const FONTS: Record<Locale, (() => Promise<unknown>) | null> = {
  en: null,
  ur: () => import('./fonts/ur.css'),
  fa: () => import('./fonts/fa.css'),
  hi: () => import('./fonts/hi.css'),
};

/**
 * Marks the page as written in `locale` (lang and dir on <html>, so the whole layout mirrors for Urdu and Persian),
 * remembers the choice and keeps it in the link, so that a shared link opens in the same language.
 */
export function applyLocaleToPage(locale: Locale, remember: boolean): void {
  const html = document.documentElement;
  html.lang = locale;
  html.dir = directionOf(locale);
  void FONTS[locale]?.();
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
