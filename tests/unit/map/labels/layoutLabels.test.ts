import { describe, expect, it } from 'vitest';
import { layoutLabels, type LabelRequest, type PixelBox } from '../../../../src/map/labels/layoutLabels.ts';

function label(id: string, x: number, y: number, overrides: Partial<LabelRequest> = {}): LabelRequest {
  return { id, centre: { x, y }, width: 100, height: 16, required: true, roomPx: null, ...overrides };
}

const markerAt = (x: number, y: number): PixelBox => ({ left: x - 18, top: y - 34, right: x + 18, bottom: y + 18 });

describe('layoutLabels', () => {
  it('leaves a label where it is when nothing is in the way', () => {
    expect(layoutLabels([label('a', 100, 100)], [markerAt(400, 400)])).toEqual([{ id: 'a', offset: [0, 0] }]);
  });

  it('moves a label off a marker to the nearest free place, above before below', () => {
    // The marker stands above its point (y 66–118): 40 px up still touches it, 40 px down is clear.
    expect(layoutLabels([label('a', 100, 100)], [markerAt(120, 100)])).toEqual([{ id: 'a', offset: [0, 40] }]);
    expect(layoutLabels([label('a', 100, 130)], [markerAt(120, 160)])).toEqual([{ id: 'a', offset: [0, -24] }]);
  });

  it('keeps labels off one another', () => {
    const [first, second] = layoutLabels([label('a', 100, 100), label('b', 110, 104)], []);
    expect(first).toEqual({ id: 'a', offset: [0, 0] });
    expect(second?.offset).not.toEqual([0, 0]);
  });

  it('drops an optional label that does not fit its area or finds no free place', () => {
    const tooWide = label('wide', 100, 100, { required: false, roomPx: 60 });
    const crowded = label('crowded', 300, 300, { required: false });
    const wall: PixelBox = { left: 0, top: 200, right: 600, bottom: 400 };
    expect(layoutLabels([tooWide, crowded], [wall])).toEqual([]);
  });

  it('still writes a required label when no place is free', () => {
    const wall: PixelBox = { left: 0, top: 0, right: 600, bottom: 600 };
    expect(layoutLabels([label('a', 300, 300)], [wall])).toEqual([{ id: 'a', offset: [0, 0] }]);
  });
});
