import { describe, expect, it } from 'vitest';
import { expectClose } from '@/lib/test/expect-close';
import { momentumRoots, momentumSpectrumRate } from './quadratic-analysis';
import { linspace, rateMap, RateRegion } from './rate-map';

describe('rateMap', () => {
  const map = rateMap({ lambdaMin: 0.1, lambdaMax: 1, alpha: [0, 4, 41], beta: [0, 0.99, 34] });

  it('rateMap lays rates out as beta rows × alpha columns, equal to momentumSpectrumRate', () => {
    expect(map.alphas.length).toBe(41);
    expect(map.betas.length).toBe(34);
    expect(map.rates.length).toBe(41 * 34);
    for (let r = 0; r < 34; r++) {
      for (let c = 0; c < 41; c++) {
        expectClose(
          map.rates[r * 41 + c],
          momentumSpectrumRate(map.alphas[c], map.betas[r], 0.1, 1),
          1e-15,
        );
      }
    }
  });

  it('rateMap regions: diverges iff rate ≥ 1, complex iff some λ in the interval has complex roots', () => {
    for (let r = 0; r < 34; r++) {
      for (let c = 0; c < 41; c++) {
        const idx = r * 41 + c;
        const region = map.regions[idx];
        if (map.rates[idx] >= 1) {
          expect(region).toBe(RateRegion.diverges);
          continue;
        }
        let anyComplex = false;
        for (let j = 0; j <= 200; j++) {
          if (momentumRoots(map.alphas[c], map.betas[r], 0.1 + (0.9 * j) / 200)[0].im !== 0)
            anyComplex = true;
        }
        if (anyComplex) expect(region).toBe(RateRegion.complex);
        // Sampling can miss a sliver of complex λ; a 'real' verdict must then be close to the edge.
        else if (region === RateRegion.complex) expect(map.betas[r]).toBeLessThan(0.05);
        else expect(region).toBe(RateRegion.real);
      }
    }
  });

  it('linspace(lo, hi, n) includes both ends', () => {
    expect(Array.from(linspace(0, 1, 5))).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(Array.from(linspace(2, 3, 1))).toEqual([2]);
  });
});
