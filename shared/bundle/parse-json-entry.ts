/**
 * Turns the bytes of one JSON entry into plain data, or refuses it. Three gates, in order:
 * - strict UTF-8 (`fatal: true`): a replacement character silently standing in for a broken byte
 *   would change a name without anyone noticing;
 * - `JSON.parse` (which never calls a reviver here, and makes `__proto__` an own data property
 *   rather than touching a prototype);
 * - a walk that refuses `__proto__`, `constructor` and `prototype` keys anywhere, and nesting deeper
 *   than any legitimate value, before valibot or any merge ever sees the data.
 */
import { bundleInvalid, formatPath } from './bundle-error';
import { BUNDLE_LIMITS } from './bundle-limits';

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

let decoder: TextDecoder | null = null;

export function decodeUtf8(bytes: Uint8Array, path: string): string {
  decoder ??= new TextDecoder('utf-8', { fatal: true });
  try {
    return decoder.decode(bytes);
  } catch (cause) {
    throw bundleInvalid(path, 'is not valid UTF-8 text', cause);
  }
}

/**
 * Parses one entry; `path` names it in errors (`bundle.json`, `tables/attendance/0003.json`).
 * `walk: false` leaves the forbidden-key walk to the caller (parts walk row by row, so an error
 * names the row as `attendance[61234]` rather than a position inside a part).
 */
export function parseJsonEntry(bytes: Uint8Array, path: string, walk = true): unknown {
  const text = decodeUtf8(bytes, path);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw bundleInvalid(path, 'is not valid JSON', cause);
  }
  if (!walk) return value;
  const unsafe = findUnsafeKey(value);
  if (unsafe !== null) throw bundleInvalid(`${path} ${unsafe.path}`.trim(), unsafe.detail);
  return value;
}

interface Unsafe {
  readonly path: string;
  readonly detail: string;
}

/**
 * The first forbidden key or too-deep nesting. Recursion stops at `maxDepth`, so no input can
 * exhaust the stack; the path is only built on the way out of a failure, so clean data costs no
 * allocation per value (a part holds 20,000 rows).
 */
export function findUnsafeKey(root: unknown, maxDepth: number = BUNDLE_LIMITS.jsonDepth): Unsafe | null {
  const keys: (string | number)[] = [];
  const detail = walk(root, 0, maxDepth, keys);
  return detail === null ? null : { path: formatPath(keys.reverse()), detail };
}

/** Returns the problem, leaving the path to it in `trail` (innermost first). */
function walk(value: unknown, depth: number, maxDepth: number, trail: (string | number)[]): string | null {
  if (typeof value !== 'object' || value === null) return null;
  if (depth > maxDepth) return 'is nested too deeply';
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = walk(value[i], depth + 1, maxDepth, trail);
      if (found !== null) {
        trail.push(i);
        return found;
      }
    }
    return null;
  }
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (FORBIDDEN_KEYS.has(key)) {
      trail.push(key);
      return 'is a forbidden key';
    }
    const found = walk((value as Record<string, unknown>)[key], depth + 1, maxDepth, trail);
    if (found !== null) {
      trail.push(key);
      return found;
    }
  }
  return null;
}
