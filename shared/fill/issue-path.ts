/**
 * Helpers for refusing outside JSON with a path a person can follow: `steps[3].target[0].label`.
 */
import type * as v from 'valibot';

/** Keys that could reach an object's prototype when the data is merged or looked up. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const IDENTIFIER_RE = /^[A-Za-z_$][\w$]*$/;

export function formatPath(keys: readonly (string | number)[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (IDENTIFIER_RE.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out === '' ? '(root)' : out;
}

/** The path of a valibot issue, descending into the first sub-issue of a union. */
export function issuePath(issue: v.BaseIssue<unknown>): { path: string; detail: string } {
  let deepest = issue;
  while (deepest.issues?.[0] !== undefined && (deepest.issues[0].path?.length ?? 0) > (deepest.path?.length ?? 0)) {
    deepest = deepest.issues[0];
  }
  const keys = (deepest.path ?? []).map((item) =>
    typeof item.key === 'number' || typeof item.key === 'string' ? item.key : String(item.key),
  );
  return { path: formatPath(keys), detail: deepest.message };
}

/**
 * The first `__proto__`/`constructor`/`prototype` key in JSON-like data, or nesting deeper than
 * any legitimate document; null when there is none.
 */
export function findForbiddenKey(value: unknown, maxDepth = 32): { path: string; detail: string } | null {
  const walk = (node: unknown, path: (string | number)[]): { path: string; detail: string } | null => {
    if (typeof node !== 'object' || node === null) return null;
    if (path.length > maxDepth) return { path: formatPath(path), detail: 'nested too deeply' };
    if (Array.isArray(node)) {
      for (const [index, child] of node.entries()) {
        const found = walk(child, [...path, index]);
        if (found !== null) return found;
      }
      return null;
    }
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) return { path: formatPath([...path, key]), detail: `forbidden key "${key}"` };
      const found = walk((node as Record<string, unknown>)[key], [...path, key]);
      if (found !== null) return found;
    }
    return null;
  };
  return walk(value, []);
}
