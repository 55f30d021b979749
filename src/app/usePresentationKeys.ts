import { useEffect } from 'react';
import type { StepMove } from '../state/stepNavigation.ts';

interface PresentationKeyHandlers {
  /** Whether a tour can be presented at all. */
  hasTour: boolean;
  presenting: boolean;
  onPresent: () => void;
  onMove: (move: StepMove) => void;
  onLeave: () => void;
}

/** The keys a presentation clicker sends (it pretends to be a keyboard), and the keyboard's own. */
const MOVE_OF_KEY: Readonly<Record<string, StepMove>> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
};

/**
 * The move a key asks for. The arrows follow the reading direction: in a right-to-left page the left arrow points
 * forward, to the next step; a clicker's PageDown and PageUp mean next and previous in every language.
 */
export function moveOfKey(key: string, direction: 'ltr' | 'rtl'): StepMove | undefined {
  if (direction === 'rtl' && key === 'ArrowLeft') return 'next';
  if (direction === 'rtl' && key === 'ArrowRight') return 'previous';
  return MOVE_OF_KEY[key];
}

/** Keys typed into a field, or used by a control to change its value (a list of days), belong to that control. */
function isEditing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * P presents the tour; while presenting, the arrows, PageUp/PageDown, Space, Home and End step through it and Esc
 * leaves. Listened for on the window in the capture phase, before the map takes the arrows to pan.
 */
export function usePresentationKeys({ hasTour, presenting, onPresent, onMove, onLeave }: PresentationKeyHandlers) {
  useEffect(
    function listenForPresentationKeys() {
      if (!hasTour) return undefined;
      function onKeyDown(event: KeyboardEvent) {
        if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented || isEditing(event.target)) return;
        if (!presenting) {
          // By the key's place too: on an Urdu or Persian keyboard, the P key types another letter.
          if (event.key === 'p' || event.key === 'P' || event.code === 'KeyP') {
            event.preventDefault();
            onPresent();
          }
          return;
        }
        const move = moveOfKey(event.key, document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr');
        if (event.key === 'Escape') onLeave();
        else if (move !== undefined && !event.shiftKey) onMove(move);
        else return;
        // Spent here: Space must not also press the focused button, nor the arrows pan the map.
        event.preventDefault();
        event.stopPropagation();
      }
      window.addEventListener('keydown', onKeyDown, { capture: true });
      return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
    },
    [hasTour, presenting, onPresent, onMove, onLeave],
  );
}
