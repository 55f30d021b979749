/**
 * On the selected incident's marker, whose popup is the one open: a focused marker is lifted above the popups, but not
 * the popup's own (RevealFocusOnMap).
 */
export const SELECTED_MARKER_CLASS = 'incident-marker--selected';
