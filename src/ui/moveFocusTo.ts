import type { MouseEvent } from 'react';
import { PAGE_TARGETS, type PageTarget } from './pageTargets.ts';
import { preferredScrollBehavior } from './reducedMotion.ts';

/**
 * A click handler for an in-page link (`href="#id"`): moves focus to the target itself, which following the link
 * alone would not do for an element that is not a tab stop, and keeps the fragment out of the address, which holds
 * the view.
 */
export function moveFocusTo(target: PageTarget) {
  return function focusTarget(event: MouseEvent) {
    const element = document.getElementById(PAGE_TARGETS[target]);
    if (element === null) return;
    event.preventDefault();
    if (typeof element.scrollIntoView === 'function') {
      element.scrollIntoView({ behavior: preferredScrollBehavior(), block: 'nearest' });
    }
    element.focus({ preventScroll: true });
  };
}
