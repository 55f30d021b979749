/** The nearest ancestor that scrolls on its own, short of the page itself. */
function scrollingPanelOf(item: HTMLElement): HTMLElement | null {
  for (let box = item.parentElement; box !== null && box !== document.body; box = box.parentElement) {
    const { overflowY } = window.getComputedStyle(box);
    if ((overflowY === 'auto' || overflowY === 'scroll') && box.scrollHeight > box.clientHeight) return box;
  }
  return null;
}

/**
 * Scrolls the panel that holds an item just enough to show it, and nothing else. Unlike Element.scrollIntoView it never
 * moves the page, so choosing a marker on a phone does not carry the map out of sight to reach the list below it.
 */
export function scrollIntoViewInPanel(item: HTMLElement): void {
  const panel = scrollingPanelOf(item);
  if (panel === null) return;
  const panelRect = panel.getBoundingClientRect();
  const itemRect = item.getBoundingClientRect();
  if (itemRect.top < panelRect.top) {
    panel.scrollTop -= panelRect.top - itemRect.top;
  } else if (itemRect.bottom > panelRect.bottom) {
    // Show the item's end, but never push its start out of view when it is taller than the panel.
    panel.scrollTop += Math.min(itemRect.bottom - panelRect.bottom, itemRect.top - panelRect.top);
  }
}
