/**
 * Exact linear least squares min_w ‖Xw − y‖² by Householder QR on X itself (not the normal
 * equations XᵀXw = Xᵀy, which square the condition number: raw car features reach κ(XᵀX) ≈ 1e9).
 * Reference: Golub & Van Loan, "Matrix Computations", §5.3.
 */
export function leastSquares(rows: readonly (readonly number[])[], y: readonly number[]): number[] {
  const m = rows.length;
  const n = rows[0]?.length ?? 0;
  if (m < n || n === 0) throw new RangeError('leastSquares: need at least as many rows as columns');
  const a = rows.map((r) => Float64Array.from(r));
  const b = Float64Array.from(y);
  for (let j = 0; j < n; j++) {
    let norm = 0;
    for (let i = j; i < m; i++) norm += a[i][j] * a[i][j];
    norm = Math.sqrt(norm);
    if (norm === 0) throw new RangeError('leastSquares: the columns are linearly dependent');
    const alpha = a[j][j] > 0 ? -norm : norm;
    // Householder vector u = x − αe₁ stored in place of column j.
    a[j][j] -= alpha;
    let uu = 0;
    for (let i = j; i < m; i++) uu += a[i][j] * a[i][j];
    for (let k = j + 1; k < n; k++) {
      let dot = 0;
      for (let i = j; i < m; i++) dot += a[i][j] * a[i][k];
      const f = (2 * dot) / uu;
      for (let i = j; i < m; i++) a[i][k] -= f * a[i][j];
    }
    let dot = 0;
    for (let i = j; i < m; i++) dot += a[i][j] * b[i];
    const f = (2 * dot) / uu;
    for (let i = j; i < m; i++) b[i] -= f * a[i][j];
    a[j][j] = alpha;
  }
  const w = new Array<number>(n).fill(0);
  for (let j = n - 1; j >= 0; j--) {
    let s = b[j];
    for (let k = j + 1; k < n; k++) s -= a[j][k] * w[k];
    w[j] = s / a[j][j];
  }
  return w;
}
