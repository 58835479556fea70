/**
 * The classic "Auto MPG" cars data (406 cars, 1970–1982), with the rows that miss any value
 * dropped (392 remain).
 *
 * The rows are a copy (cars.json, with its attribution) of vega-datasets' data/cars.json, made by
 * `node scripts/vendor-cars.mjs`: the package's public entry offers the data only as CDN URLs,
 * which an offline classroom cannot reach. A unit test holds the copy to the installed package.
 * Source: StatLib / UCI Machine Learning Repository, "Auto MPG".
 */
import vendored from './cars.json';

/** One car with every field present. */
export interface Car {
  readonly Name: string;
  readonly Miles_per_Gallon: number;
  readonly Cylinders: number;
  readonly Displacement: number;
  readonly Horsepower: number;
  readonly Weight_in_lbs: number;
  readonly Acceleration: number;
  /** Model year as a number, e.g. 1970 (the file stores "1970-01-01"). */
  readonly Year: number;
  readonly Origin: 'USA' | 'Europe' | 'Japan';
}

/** The numeric columns usable as regression features or target. */
export const carNumericFields = [
  'Miles_per_Gallon',
  'Cylinders',
  'Displacement',
  'Horsepower',
  'Weight_in_lbs',
  'Acceleration',
  'Year',
] as const;
/** One of {@link carNumericFields}. */
export type CarNumericField = (typeof carNumericFields)[number];

interface RawCar {
  readonly Name: string;
  readonly Miles_per_Gallon: number | null;
  readonly Cylinders: number | null;
  readonly Displacement: number | null;
  readonly Horsepower: number | null;
  readonly Weight_in_lbs: number | null;
  readonly Acceleration: number | null;
  readonly Year: string;
  readonly Origin: string;
}

function complete(row: RawCar): Car | undefined {
  const year = Number.parseInt(row.Year.slice(0, 4), 10);
  const numbers = [
    row.Miles_per_Gallon,
    row.Cylinders,
    row.Displacement,
    row.Horsepower,
    row.Weight_in_lbs,
    row.Acceleration,
    year,
  ];
  if (numbers.some((x) => typeof x !== 'number' || !Number.isFinite(x))) return undefined;
  if (row.Origin !== 'USA' && row.Origin !== 'Europe' && row.Origin !== 'Japan') return undefined;
  return {
    Name: row.Name,
    Miles_per_Gallon: row.Miles_per_Gallon as number,
    Cylinders: row.Cylinders as number,
    Displacement: row.Displacement as number,
    Horsepower: row.Horsepower as number,
    Weight_in_lbs: row.Weight_in_lbs as number,
    Acceleration: row.Acceleration as number,
    Year: year,
    Origin: row.Origin,
  };
}

/** Every complete row, in file order (392 cars). */
export const cars: readonly Car[] = (vendored.rows as readonly RawCar[])
  .map(complete)
  .filter((c): c is Car => c !== undefined);
