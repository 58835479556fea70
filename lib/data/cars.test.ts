import { describe, expect, it } from 'vitest';
import { cars } from './cars';

describe('cars', () => {
  it('cars keeps the 392 complete rows of the 406 in vega-datasets', () => {
    expect(cars).toHaveLength(392);
    for (const c of cars) {
      for (const v of [
        c.Miles_per_Gallon,
        c.Cylinders,
        c.Displacement,
        c.Horsepower,
        c.Weight_in_lbs,
        c.Acceleration,
        c.Year,
      ]) {
        expect(Number.isFinite(v)).toBe(true);
      }
    }
  });

  it('cars parses the model year and keeps the first row as in the file', () => {
    expect(cars[0]).toMatchObject({
      Name: 'chevrolet chevelle malibu',
      Miles_per_Gallon: 18,
      Weight_in_lbs: 3504,
      Year: 1970,
      Origin: 'USA',
    });
    expect(new Set(cars.map((c) => c.Origin))).toEqual(new Set(['USA', 'Europe', 'Japan']));
  });
});
