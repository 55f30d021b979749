import { PAGE_TARGETS } from '../../ui/pageTargets.ts';
import { moveFocusTo } from '../../ui/moveFocusTo.ts';
import './skipLinks.css';

/** The first tab stops of the page, shown only when focused: straight to the map or to the article. */
export function SkipLinks() {
  return (
    <nav className="skip-links" aria-label="Skip links">
      <a className="skip-links__link" href={`#${PAGE_TARGETS.map}`} onClick={moveFocusTo('map')}>
        Skip to map
      </a>
      <a className="skip-links__link" href={`#${PAGE_TARGETS.article}`} onClick={moveFocusTo('article')}>
        Skip to article
      </a>
    </nav>
  );
}
