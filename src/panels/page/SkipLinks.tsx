import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { PAGE_TARGETS } from '../../ui/pageTargets.ts';
import { moveFocusTo } from '../../ui/moveFocusTo.ts';
import './skipLinks.css';

/** The first tab stops of the page, shown only when focused: straight to the map or to the article. */
export function SkipLinks() {
  const i18n = useI18n();
  return (
    <nav className="skip-links" aria-label={i18n._({ id: 'skip.label', message: 'Skip links' })}>
      <a className="skip-links__link" href={`#${PAGE_TARGETS.map}`} onClick={moveFocusTo('map')}>
        {i18n._({ id: 'skip.map', message: 'Skip to map' })}
      </a>
      <a className="skip-links__link" href={`#${PAGE_TARGETS.article}`} onClick={moveFocusTo('article')}>
        {i18n._({ id: 'skip.article', message: 'Skip to article' })}
      </a>
    </nav>
  );
}
