// @ts-check
/** Order statistics for timing samples: medians are what the table shows, p95/max where asked. */

/** @param {readonly number[]} values @param {number} p 0..100, nearest rank */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

/** @param {readonly number[]} values */
export function median(values) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? Number.NaN) + upper) / 2;
}

/** @param {readonly number[]} values */
export function summarize(values) {
  return {
    n: values.length,
    median: median(values),
    p95: percentile(values, 95),
    max: values.length === 0 ? Number.NaN : Math.max(...values),
    min: values.length === 0 ? Number.NaN : Math.min(...values),
  };
}
