import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { CopyLinkButton } from './CopyLinkButton.tsx';
import './controls.css';

interface MapToolbarProps {
  /** What the "Layers & legend" button opens: the layer, basemap and legend panels. */
  children: ReactNode;
  /** Further buttons beside "Copy link" (e.g. "Print handout"). */
  actions?: ReactNode;
}

/**
 * A compact bar over the map's corner: a link to this view, and a disclosure button for layers, base map and legend.
 * Closed, it leaves the map to the story; Escape closes it and puts focus back on its button.
 */
export function MapToolbar({ children, actions }: MapToolbarProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const toolbarRef = useRef<HTMLElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);

  useEffect(
    function closeOnEscape() {
      const toolbar = toolbarRef.current;
      if (!open || toolbar === null) return undefined;
      function onKeyDown(event: KeyboardEvent) {
        if (event.key !== 'Escape') return;
        setOpen(false);
        toggleRef.current?.focus();
      }
      toolbar.addEventListener('keydown', onKeyDown);
      return () => toolbar.removeEventListener('keydown', onKeyDown);
    },
    [open],
  );

  return (
    <section ref={toolbarRef} className="map-toolbar" aria-label="Map tools">
      <div className="map-toolbar__buttons">
        <CopyLinkButton />
        {actions}
        <button
          ref={toggleRef}
          type="button"
          className="map-toolbar__button map-toolbar__toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((wasOpen) => !wasOpen)}
        >
          Layers &amp; legend
        </button>
      </div>
      <div id={panelId} className="map-toolbar__panel" hidden={!open}>
        {children}
      </div>
    </section>
  );
}
