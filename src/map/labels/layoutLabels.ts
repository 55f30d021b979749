// Leaflet draws labels wherever they are put; this decides where, in screen pixels at one zoom, so that names do not
// sit under markers or on one another. Pure arithmetic: no Leaflet, no DOM.

export interface PixelPoint {
  x: number;
  y: number;
}

export interface PixelBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface LabelRequest {
  id: string;
  centre: PixelPoint;
  width: number;
  height: number;
  /** A required label takes the least bad place; an optional one is dropped rather than drawn over something. */
  required: boolean;
  /** How wide the named area is on screen; an optional label wider than its area is dropped. Null: no limit. */
  roomPx: number | null;
}

export interface LabelPlacement {
  id: string;
  /** Pixels to shift the label by from its centre, as Leaflet's tooltip `offset` takes them. */
  offset: [number, number];
}

/** Straight up or down from the preferred place, nearest first. */
const VERTICAL_SHIFTS_PX = [0, -24, 24, -40, 40, -56, 56];

function boxAt(label: LabelRequest, shiftY: number): PixelBox {
  const left = label.centre.x - label.width / 2;
  const top = label.centre.y + shiftY - label.height / 2;
  return { left, top, right: left + label.width, bottom: top + label.height };
}

function overlaps(a: PixelBox, b: PixelBox): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * Places labels in the order given (most important first): each at the first shift where it overlaps neither an
 * obstacle nor a label already placed.
 */
export function layoutLabels(labels: readonly LabelRequest[], obstacles: readonly PixelBox[]): LabelPlacement[] {
  const taken: PixelBox[] = [...obstacles];
  const placements: LabelPlacement[] = [];
  for (const label of labels) {
    if (!label.required && label.roomPx !== null && label.width > label.roomPx) continue;
    const shift = VERTICAL_SHIFTS_PX.find((candidate) => !taken.some((box) => overlaps(boxAt(label, candidate), box)));
    if (shift === undefined && !label.required) continue;
    const chosen = shift ?? 0;
    taken.push(boxAt(label, chosen));
    placements.push({ id: label.id, offset: [0, chosen] });
  }
  return placements;
}
