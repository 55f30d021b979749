import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { CopyLinkButton } from './CopyLinkButton.tsx';
import './controls.css';

interface MapToolbarProps {
  /** What the "Layers & legend" button opens: the layer, basemap and legend panels. */
  children: ReactNode;
  /** Further buttons beside "Copy link" (e.g. "Print handout"). */
  actions?: ReactNode;
  /** Off in a frame, whose "Open the full map" gives the link: the toolbar keeps to what the frame needs. */
  withCopyLink?: boolean;
}

/**
 * A compact bar over the map's corner: a link to this view, and a disclosure button for layers, base map and legend.
 * Closed, it leaves the map to the story; Escape closes it and puts focus back on its button; focus moving out of the
 * toolbar closes it too.
 */
export function MapToolbar({ children, actions, withCopyLink = true }: MapToolbarProps) {
  const [open, setOpen] = useState(false);
  // The panel's contents (layers, base map, legend, downloads, embed code) are made when it first opens, not with the
  // map: most readers never open it, and they were part of the story's first render, before the marks.
  const [everOpened, setEverOpened] = useState(false);
  if (open && !everOpened) setEverOpened(true);
  const panelId = useId();
  const i18n = useI18n();
  const toolbarRef = useRef<HTMLElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);

  useEffect(
    function closeOnEscapeOrLeaving() {
      const toolbar = toolbarRef.current;
      if (!open || toolbar === null) return undefined;
      function onKeyDown(event: KeyboardEvent) {
        if (event.key !== 'Escape') return;
        setOpen(false);
        toggleRef.current?.focus();
      }
      // Focus gone elsewhere (Tab past the panel, a click on the map) closes it: the panel covers much of the map,
      // and a marker focused beneath it would be hidden (WCAG 2.4.11).
      function onFocusOut(event: FocusEvent) {
        if (event.relatedTarget instanceof Node && !toolbar?.contains(event.relatedTarget)) setOpen(false);
      }
      toolbar.addEventListener('keydown', onKeyDown);
      toolbar.addEventListener('focusout', onFocusOut);
      return () => {
        toolbar.removeEventListener('keydown', onKeyDown);
        toolbar.removeEventListener('focusout', onFocusOut);
      };
    },
    [open],
  );

  return (
    <section
      ref={toolbarRef}
      className="map-toolbar"
      aria-label={i18n._({ id: 'toolbar.label', message: 'Map tools' })}
    >
      <div className="map-toolbar__buttons">
        {withCopyLink && <CopyLinkButton />}
        {actions}
        <button
          ref={toggleRef}
          type="button"
          className="map-toolbar__button map-toolbar__toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((wasOpen) => !wasOpen)}
        >
          {i18n._({ id: 'toolbar.layersAndLegend', message: 'Layers & legend' })}
        </button>
      </div>
      <div id={panelId} className="map-toolbar__panel" hidden={!open}>
        {everOpened && children}
      </div>
    </section>
  );
}
