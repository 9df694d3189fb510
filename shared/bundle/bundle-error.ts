/**
 * How a bundle is refused. Four codes and nothing else reach the caller:
 * - `bundle.invalid` {path, detail}: damaged, not a Lentera bundle, or a value breaks a rule. The
 *   path names the first bad place (`attendance[61234].status`, `bundle.json`, `photos/<id>.jpg`);
 *   the detail is short plain English, like curriculum errors; the sentence comes from the catalogue.
 * - `bundle.version` {version, supported}: made by a newer Lentera (format or data version).
 * - `bundle.passphrase`: the passphrase is wrong or missing, or the encrypted bytes were altered
 *   (AES-GCM cannot tell these apart, and must not).
 * - `bundle.tooLarge` {size, max}: over a size limit, refused before the work that size would cost.
 * Any other failure while reading (a bug, a decoder exception) is wrapped as `bundle.invalid`, so a
 * hostile file can never surface as an unexplained crash.
 */
import type * as v from 'valibot';
import { AppError, isAppError } from '../errors';
import { formatMegabytes } from './bundle-limits';

export const BUNDLE_CODES = ['bundle.invalid', 'bundle.version', 'bundle.passphrase', 'bundle.tooLarge'] as const;

/** Paths and details are shown to people: a hostile file must not fill a screen with them. */
const MAX_SHOWN = 160;
const shorten = (text: string): string => (text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text);

export function bundleInvalid(path: string, detail: string, cause?: unknown): AppError {
  const details = { path: shorten(path), detail: shorten(detail) };
  return new AppError('bundle.invalid', details, cause === undefined ? undefined : { cause });
}

export function bundleTooLarge(bytes: number, max: number): AppError {
  return new AppError('bundle.tooLarge', { size: formatMegabytes(bytes), max: formatMegabytes(max) });
}

export function bundleVersion(version: string, supported: string): AppError {
  return new AppError('bundle.version', { version, supported });
}

export function wrongPassphrase(reason: 'wrong' | 'missing', cause?: unknown): AppError {
  return new AppError('bundle.passphrase', { reason }, cause === undefined ? undefined : { cause });
}

/** Runs a reading step; anything that is not already a bundle error becomes `bundle.invalid` at `path`. */
export async function asBundleError<T>(path: string, step: () => Promise<T> | T): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (isAppError(error) && (BUNDLE_CODES as readonly string[]).includes(error.code)) throw error;
    const detail = error instanceof Error ? error.message.slice(0, 200) : 'cannot be read';
    throw bundleInvalid(path, detail, error);
  }
}

const IDENTIFIER_RE = /^[A-Za-z_$][\w$]*$/;

/** `['attendance', 3, 'status']` → `attendance[3].status`. */
export function formatPath(keys: readonly (string | number)[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (IDENTIFIER_RE.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key.slice(0, 60))}]`;
  }
  return out;
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'must be text',
  number: 'must be a number',
  boolean: 'must be true or false',
  array: 'must be a list',
  literal: 'has the wrong value',
  null: 'must be null',
  picklist: 'is not one of the allowed values',
};

/** The first issue of a failed parse as `{ keys, detail }`, descending into unions. */
export function describeIssue(issue: v.BaseIssue<unknown>): { keys: (string | number)[]; detail: string } {
  let deepest = issue;
  while (deepest.issues?.[0] !== undefined && (deepest.issues[0].path?.length ?? 0) > (deepest.path?.length ?? 0)) {
    deepest = deepest.issues[0];
  }
  const keys = (deepest.path ?? []).map((item) =>
    typeof item.key === 'number' || typeof item.key === 'string' ? item.key : String(item.key),
  );
  return { keys, detail: detailOf(deepest) };
}

function detailOf(issue: v.BaseIssue<unknown>): string {
  // Messages written in the schemas are plain already; valibot's own defaults start with "Invalid ".
  if (issue.kind !== 'schema' || !issue.message.startsWith('Invalid ')) return issue.message;
  if (issue.type === 'strict_object' || issue.type === 'object' || issue.type === 'loose_object') {
    if (issue.expected === 'never') return 'is not a known field';
    if (issue.received === 'undefined') return 'is missing';
    return 'must be an object';
  }
  if (issue.type === 'union' || issue.type === 'variant' || issue.type === 'nullable') {
    return `has the wrong type (expected ${(issue.expected ?? '').slice(0, 80)})`;
  }
  return TYPE_NAMES[issue.type] ?? issue.message;
}
