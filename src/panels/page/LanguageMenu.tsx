import { LOCALES, LOCALE_NAMES, isLocale } from '../../i18n/locales.ts';
import { useLanguageChoice } from '../../ui/i18n/LanguageContext.tsx';
import './languageMenu.css';

/** The interface's languages, each named in its own script so a reader finds theirs whatever is on screen. */
export function LanguageMenu() {
  const { i18n, locale, choose } = useLanguageChoice();
  return (
    <label className="language-menu">
      <span className="language-menu__label">{i18n._({ id: 'header.language', message: 'Language' })}</span>
      <select
        value={locale}
        onChange={(event) => {
          if (isLocale(event.target.value)) choose(event.target.value);
        }}
      >
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {LOCALE_NAMES[option]}
          </option>
        ))}
      </select>
    </label>
  );
}
