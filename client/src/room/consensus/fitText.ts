/**
 * Fitting a text into a fixed box for the board, pure arithmetic: the largest font size at which it
 * fits, found by halving the interval between a legible minimum and a maximum, and how many pages
 * it needs when even the minimum does not fit.
 */

/**
 * The largest size in [min, max] (to `step`) for which `fits(size)` holds, or null when even `min`
 * does not fit. `fits` must be monotone: a smaller size never fits worse.
 */
export function largestFit(min: number, max: number, step: number, fits: (size: number) => boolean): number | null {
  if (!fits(min)) return null;
  let low = min;
  let high = max;
  while (high - low > step) {
    const mid = (low + high) / 2;
    if (fits(mid)) low = mid;
    else high = mid;
  }
  return fits(high) ? high : low;
}

/** Pages of `pageWidth` (plus `gap`) that columns of total `scrollWidth` fill; at least 1. */
export function pageCount(scrollWidth: number, pageWidth: number, gap: number): number {
  if (pageWidth <= 0) return 1;
  return Math.max(1, Math.ceil((scrollWidth + gap - 1) / (pageWidth + gap)));
}
