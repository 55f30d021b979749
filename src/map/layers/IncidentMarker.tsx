import type { Circle as LeafletCircle, LatLngTuple, Marker as LeafletMarker, PointTuple, PopupEvent } from 'leaflet';

import { memo, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { Circle, Marker, Popup, useMap } from 'react-leaflet';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { isApproximatePlace } from '../../data/words/describeGeoPrecision.ts';
import { incidentMarkerTitle } from '../../data/words/incidentKindLabel.ts';
import type { PartyMark } from '../../data/symbols/partyMarks.ts';
import { UNCERTAINTY_AREA } from '../../data/symbols/uncertaintyArea.ts';
import type { IncidentProperties } from '../../model/incident.ts';
import { useStoryActions } from '../../ui/story/StoryActions.ts';
import { useCameraMoves } from '../camera/useCamera.ts';
import { incidentIcon } from './incidentIcon.ts';
import { keepPopupClearOfBars } from './popupClearance.ts';
import { SELECTED_MARKER_CLASS } from './markerClasses.ts';

interface IncidentMarkerProps {
  incident: IncidentProperties;
  position: LatLngTuple;
  mark: PartyMark;
  /** What the popup says; the app supplies it, since src/map/ draws but does not write the text. */
  popupContent: ReactNode;
  selected: boolean;
  /** Set while a tour step is presented about other incidents: the marker recedes. */
  dimmed: boolean;
  animate: boolean;
}

/**
 * Room a popup keeps clear when it pans into view: the zoom and pan buttons down the left edge, the toolbar over the
 * top edge (two rows of buttons when the map is narrow); below, its own marker, which hangs under the popup's tip (up
 * to 34 px of it), and the attribution's line (about 20 px). With 32 px below, a tall popup on a laptop's map put its
 * marker on the map's bottom edge, half under the attribution: the reader saw the words and not the place.
 */
const POPUP_PADDING_TOP_LEFT: PointTuple = [52, 100];
const POPUP_PADDING_BOTTOM_RIGHT: PointTuple = [24, 60];

/**
 * Leaflet leaves focus where it was when a popup closes: lost on the page when it was inside the popup (Esc, the close
 * button). Focus then goes back to the marker the popup belongs to, as it would for a dialog; a popup closed because
 * the reader went elsewhere (the list, another marker) leaves their focus alone.
 */
function returnFocusToMarker(marker: LeafletMarker | null, event: PopupEvent): void {
  const markerElement = marker?.getElement();
  if (markerElement === undefined) return;
  const focused = document.activeElement;
  const focusWasInPopup =
    focused === null ||
    focused === document.body ||
    event.popup.getElement()?.contains(focused) === true ||
    focused.classList.contains('leaflet-container');
  if (focusWasInPopup) markerElement.focus({ preventScroll: true });
}

/**
 * One incident: a keyboard-focusable marker whose popup (click or Enter) tells what the article says, and, where the
 * place is known only to a town or a province, a translucent circle for the area it may lie in.
 *
 * Memoised: see docs/ARCHITECTURE.md § Rendering.
 */
export const IncidentMarker = memo(function IncidentMarker(props: IncidentMarkerProps) {
  const { incident, position, mark, popupContent, selected, dimmed, animate } = props;
  const approximate = isApproximatePlace(incident.place);
  const icon = useMemo(() => incidentIcon(incident.kind, mark, approximate), [incident.kind, mark, approximate]);
  const markerRef = useRef<LeafletMarker>(null);
  const i18n = useI18n();
  const areaRef = useRef<LeafletCircle>(null);
  const camera = useCameraMoves(animate);
  const map = useMap();
  const { selectOnMap, deselectIncident } = useStoryActions();
  // Unmounting removes the marker from the map, which closes its popup: that is the layer going (hidden, filtered,
  // drawn again), not the reader closing it, and must not drop the selection (the list shows it "hidden on the map").
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(
    function markDimmed() {
      // Classes rather than Leaflet's opacity options: the stylesheet decides how far a marker recedes.
      markerRef.current?.getElement()?.classList.toggle('incident-marker--dimmed', dimmed);
      areaRef.current?.getElement()?.classList.toggle('uncertainty-area--dimmed', dimmed);
    },
    [dimmed, icon],
  );

  useEffect(
    function markSelected() {
      // A focused marker is lifted above an open popup, but not the popup's own marker (RevealFocusOnMap).
      markerRef.current?.getElement()?.classList.toggle(SELECTED_MARKER_CLASS, selected);
    },
    [selected, icon],
  );

  useEffect(
    function followSelection() {
      const marker = markerRef.current;
      if (marker === null) return;
      if (!selected) {
        if (marker.isPopupOpen()) marker.closePopup();
        return;
      }
      if (marker.isPopupOpen()) return;
      // Cancelled when the selection moves on before the map arrives here.
      return camera.showSelection(position, () => {
        if (marker.isPopupOpen()) return;
        // The room it pans into, set before it opens (KeepPopupsInView sets it for a click, as it opens).
        keepPopupClearOfBars(map, marker.getPopup());
        marker.openPopup();
      });
    },
    [selected, camera, position, map],
  );

  const eventHandlers = useMemo(
    () => ({
      popupopen: () => selectOnMap(incident.id),
      popupclose: (event: PopupEvent) => {
        returnFocusToMarker(markerRef.current, event);
        // Leaflet closes the open popup just before it opens the next one: waiting a tick lets that selection land
        // first, so switching markers makes one history entry, not a "nothing selected" one in between.
        window.setTimeout(() => {
          if (mounted.current) deselectIncident(incident.id);
        }, 0);
      },
    }),
    [incident.id, selectOnMap, deselectIncident],
  );
  const radiusKm = incident.place.uncertaintyRadiusKm;
  return (
    <>
      {radiusKm !== null && (
        <Circle
          ref={areaRef}
          center={position}
          radius={radiusKm * 1000}
          interactive={false}
          className="uncertainty-area"
          pathOptions={{
            color: mark.colour,
            weight: UNCERTAINTY_AREA.weightPx,
            dashArray: UNCERTAINTY_AREA.dash,
            fillColor: mark.colour,
            fillOpacity: UNCERTAINTY_AREA.fillOpacity,
          }}
        />
      )}
      <Marker
        ref={markerRef}
        position={position}
        icon={icon}
        title={incidentMarkerTitle(incident, i18n)}
        keyboard
        // RevealFocusOnMap does this, and also takes the marker out from under the map's controls.
        autoPanOnFocus={false}
        riseOnHover
        eventHandlers={eventHandlers}
      >
        <Popup
          maxWidth={360}
          minWidth={260}
          maxHeight={380}
          autoPanPaddingTopLeft={POPUP_PADDING_TOP_LEFT}
          autoPanPaddingBottomRight={POPUP_PADDING_BOTTOM_RIGHT}
        >
          {popupContent}
        </Popup>
      </Marker>
    </>
  );
});
