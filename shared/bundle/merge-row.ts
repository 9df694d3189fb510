/**
 * How one incoming row meets the row with the same key on this device. Pure and deterministic, so
 * two devices that import each other's bundles (A→B and B→A) end with the same rows:
 * - no local row → `insert` (a tombstone too: it stops an older copy from resurrecting the row);
 * - same content → `same`: nothing is written and nothing is logged (importing twice is a no-op);
 * - otherwise the newer version wins: later `updatedAt`; on a tie, the higher `deviceId`
 *   (plain code-unit order); on a tie of both (one device writing twice in one millisecond), the
 *   higher canonical JSON of the content, so even that case converges;
 * - the winner is `replace` when it is the incoming row, `keep` when it is the local one.
 * Tombstones are rows like any other: a newer tombstone deletes, an older one loses to the live
 * row and resurrects nothing. Timestamps are ISO strings of one fixed format (checked on the way
 * in), so comparing them as text compares them in time.
 *
 * A CONFLICT is a `keep` whose contents differ: this device holds a newer version of the row, and
 * the bundle's older version is not applied. No common ancestor is recorded, so whether both sides
 * changed cannot be known; what is shown is that the bundle disagreed and lost.
 */

export type MergeOutcome = 'insert' | 'replace' | 'keep' | 'same';

export interface Versioned {
  readonly updatedAt: string;
  readonly deviceId: string;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** > 0 when `a` is the newer version, < 0 when `b` is, 0 when the meta cannot tell them apart. */
export function compareVersions(a: Versioned, b: Versioned): number {
  return compareText(a.updatedAt, b.updatedAt) || compareText(a.deviceId, b.deviceId);
}

/** JSON with object keys sorted, so equal content always gives equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Deep equality of JSON-like values, key order ignored; `undefined` properties count as absent. */
export function isSameContent(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => isSameContent(item, b[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) {
    if (!isSameContent(left[key], right[key])) return false;
  }
  return true;
}

/**
 * The outcome for `incoming` against `local`. Both must be comparable JSON-like values (a photo is
 * compared without its Blob; see plan-import.ts).
 */
export function mergeRow<T extends Versioned>(local: T | undefined, incoming: T): MergeOutcome {
  if (local === undefined) return 'insert';
  if (isSameContent(local, incoming)) return 'same';
  const order = compareVersions(incoming, local) || compareText(canonicalJson(incoming), canonicalJson(local));
  return order > 0 ? 'replace' : 'keep';
}
