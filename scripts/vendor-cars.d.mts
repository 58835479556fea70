/** Path of the vendored copy, lib/data/cars.json. */
export const VENDORED: string;
/** The installed vega-datasets package's folder. */
export function packageDir(): string;
/** What scripts/vendor-cars.mjs writes to lib/data/cars.json from the installed package. */
export function vendoredText(): Promise<string>;
