import { describe, expect, it } from 'vitest';
import { DIGIT_COLORS } from '@/lib/plot/palette';
import { digitImage, sameStripLanes, stripReadings, type StripLane } from './digit-strip';

const row = (key: string, predictions: number[], color = '#123456'): StripLane => ({
  key,
  label: key.toUpperCase(),
  color,
  predictions,
});

describe('stripReadings', () => {
  it('shows the race’s readings once it has streamed', () => {
    const lanes = [{ key: 'gd', predictions: [1, 2] }];
    expect(stripReadings(lanes, ['gd', 'adam'])).toBe(lanes);
  });

  it('before any, has a row with nothing read for every lane the next race will have', () => {
    expect(stripReadings([], ['gd', 'heavy-ball'])).toEqual([
      { key: 'gd', predictions: [] },
      { key: 'heavy-ball', predictions: [] },
    ]);
  });
});

describe('sameStripLanes', () => {
  it('holds for rows with the same content, whatever the objects', () => {
    expect(sameStripLanes([row('gd', [1, 2])], [row('gd', [1, 2])])).toBe(true);
    expect(sameStripLanes([], [])).toBe(true);
  });

  it('fails on any difference the strip would show', () => {
    const a = [row('gd', [1, 2]), row('adam', [3, 4])];
    expect(sameStripLanes(a, [row('gd', [1, 2]), row('adam', [3, 5])])).toBe(false);
    expect(sameStripLanes(a, [row('gd', [1, 2]), row('adam', [3])])).toBe(false);
    expect(sameStripLanes(a, [row('gd', [1, 2])])).toBe(false);
    expect(sameStripLanes(a, [row('gd', [1, 2]), row('nesterov', [3, 4])])).toBe(false);
    expect(sameStripLanes(a, [row('gd', [1, 2], '#000000'), row('adam', [3, 4])])).toBe(false);
    expect(sameStripLanes(a, [{ ...row('gd', [1, 2]), label: 'Other' }, row('adam', [3, 4])])).toBe(
      false,
    );
  });
});

describe('digitImage', () => {
  it('draws each grey level that occurs as one path of unit squares, at that level’s opacity', () => {
    // A 3 × 2 digit: paper, level 1, level 3 / level 3, paper, paper; grey levels 0 … 3.
    const image = digitImage([0, 1, 3, 3, 0, 0], 3, 3);
    expect(image.layers).toEqual([
      { level: 1, path: 'M1 0h1v1h-1z', opacity: '0.333' },
      { level: 3, path: 'M2 0h1v1h-1zM0 1h1v1h-1z', opacity: '1.000' },
    ]);
  });

  it('draws a blank digit as paper alone', () => {
    expect(digitImage([0, 0, 0, 0], 15, 2).layers).toEqual([]);
  });

  it('paints with the palette’s ink on its paper', () => {
    const image = digitImage([1], 15, 1);
    expect(image.paper).toBe(DIGIT_COLORS.paper);
    expect(image.ink).toBe(DIGIT_COLORS.ink);
    expect(image.layers[0].opacity).toBe('0.067');
  });
});
