/**
 * Value templates: text with `{{ path | formatter | formatter:arg }}` holes, e.g.
 * `Sesi {{session.number}} — {{session.title | upper}}`. No expressions, no eval: a path reads a
 * field of the record (own properties only), formatters run left to right on text.
 *
 * Formatters:
 *   dd/MM/yyyy, yyyy-MM-dd, d MMMM yyyy, ... (or `date:<pattern>`) — a `YYYY-MM-DD` date re-written;
 *       tokens d dd M MM MMM MMMM yy yyyy, month names in Indonesian (Januari, Jan, ...)
 *   time, time:HH.mm, HH:mm, HH.mm — a `HH:mm` time re-written; tokens H HH mm
 *   upper, lower, trim, digits (keep 0-9 only), truncate:<n> (at most n UTF-16 units, as the
 *   browser's maxlength counts), default:<text> (when the value is empty), table:<name> (look the
 *   value up in the map's value table; a missing entry is an error, never a pass-through).
 * A null value renders as ''; date and time formatters leave '' as it is so `default:` can follow.
 */
import { AppError } from '../errors';
import { isLocalDate, isLocalTime } from '../model/clock';

export type ValueTables = Readonly<Record<string, Readonly<Record<string, string>>>>;

type Token = { readonly token: string } | { readonly literal: string };
type Formatter =
  | { readonly kind: 'date' | 'time'; readonly tokens: readonly Token[] }
  | { readonly kind: 'upper' | 'lower' | 'trim' | 'digits' }
  | { readonly kind: 'truncate'; readonly max: number }
  | { readonly kind: 'table'; readonly name: string }
  | { readonly kind: 'default'; readonly text: string };
type Part =
  | { readonly literal: string }
  | { readonly source: string; readonly path: readonly string[]; readonly formatters: readonly Formatter[] };

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
const DATE_TOKENS = new Set(['yyyy', 'yy', 'MMMM', 'MMM', 'MM', 'M', 'dd', 'd']);
const PATTERN_RE = /yyyy|yy|MMMM|MMM|MM|M|dd|d|HH|H|mm|[\s/.,:-]+/gy;
const PATH_RE = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/;

function invalid(where: string, source: string, detail: string): AppError {
  return new AppError('formMap.invalid', { path: where, detail: `${detail} in "${source}"` });
}

/** Tokens of a date or time pattern, or null when the text is not one. */
function parsePattern(text: string): { kind: 'date' | 'time'; tokens: Token[] } | null {
  const tokens: Token[] = [];
  PATTERN_RE.lastIndex = 0;
  let end = 0;
  for (let m = PATTERN_RE.exec(text); m !== null; m = PATTERN_RE.exec(text)) {
    tokens.push(/^[\s/.,:-]+$/.test(m[0]) ? { literal: m[0] } : { token: m[0] });
    end = PATTERN_RE.lastIndex;
  }
  const names = tokens.flatMap((t) => ('token' in t ? [t.token] : []));
  if (end !== text.length || names.length === 0) return null;
  const dateCount = names.filter((n) => DATE_TOKENS.has(n)).length;
  if (dateCount !== 0 && dateCount !== names.length) return null;
  return { kind: dateCount > 0 ? 'date' : 'time', tokens };
}

function parseFormatter(raw: string, where: string, source: string): Formatter {
  const text = raw.trim();
  const pattern = parsePattern(text);
  if (pattern) return pattern;
  const colon = text.indexOf(':');
  const name = colon < 0 ? text : text.slice(0, colon).trim();
  const arg = colon < 0 ? null : text.slice(colon + 1).trim();
  switch (name) {
    case 'upper':
    case 'lower':
    case 'trim':
    case 'digits':
      if (arg !== null) throw invalid(where, source, `formatter "${name}" takes no argument`);
      return { kind: name };
    case 'time':
    case 'date': {
      const parsed = parsePattern(arg ?? (name === 'time' ? 'HH:mm' : ''));
      if (parsed?.kind !== name) throw invalid(where, source, `"${text}" is not a ${name} pattern`);
      return parsed;
    }
    case 'truncate': {
      const max = Number(arg);
      if (arg === null || !/^\d+$/.test(arg) || max < 1)
        throw invalid(where, source, 'truncate needs a number, e.g. truncate:100');
      return { kind: 'truncate', max };
    }
    case 'table':
      if (!arg) throw invalid(where, source, 'table needs a value table name, e.g. table:statusLabels');
      return { kind: 'table', name: arg };
    case 'default':
      return { kind: 'default', text: arg ?? '' };
    default:
      throw invalid(where, source, `unknown formatter "${text}"`);
  }
}

function parseTemplate(template: string, where: string): Part[] {
  const parts: Part[] = [];
  let rest = template;
  while (rest.length > 0) {
    const open = rest.indexOf('{{');
    if (open < 0) {
      parts.push({ literal: rest });
      break;
    }
    if (open > 0) parts.push({ literal: rest.slice(0, open) });
    const close = rest.indexOf('}}', open + 2);
    if (close < 0) throw invalid(where, template, 'unclosed "{{"');
    const source = rest.slice(open, close + 2);
    const [path = '', ...formatters] = rest.slice(open + 2, close).split('|');
    const trimmedPath = path.trim();
    if (!PATH_RE.test(trimmedPath)) throw invalid(where, source, `"${trimmedPath}" is not a path like session.title`);
    const segments = trimmedPath.split('.');
    if (segments.some((s) => FORBIDDEN.has(s))) throw invalid(where, source, `forbidden path "${trimmedPath}"`);
    parts.push({ source, path: segments, formatters: formatters.map((f) => parseFormatter(f, where, source)) });
    rest = rest.slice(close + 2);
  }
  return parts;
}

function resolvePath(scope: object, path: readonly string[], where: string, source: string): string {
  let current: unknown = scope;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null || Array.isArray(current) || !Object.hasOwn(current, segment)) {
      throw invalid(where, source, `unknown path "${path.join('.')}"`);
    }
    current = (current as Record<string, unknown>)[segment];
  }
  if (current === null || current === undefined) return '';
  if (typeof current === 'string') return current;
  if (typeof current === 'number' || typeof current === 'boolean') return String(current);
  throw invalid(where, source, `"${path.join('.')}" is not a single value`);
}

const pad = (n: number): string => String(n).padStart(2, '0');

function formatDate(value: string, tokens: readonly Token[], where: string, source: string): string {
  if (value === '') return '';
  if (!isLocalDate(value)) {
    throw new AppError('input.invalid', { path: where, detail: `"${source}" needs a date YYYY-MM-DD, got "${value}"` });
  }
  const [y = 0, m = 1, d = 1] = value.split('-').map(Number);
  const parts: Record<string, string> = {
    yyyy: String(y),
    yy: pad(y % 100),
    MMMM: MONTHS[m - 1] ?? '',
    MMM: SHORT_MONTHS[m - 1] ?? '',
    MM: pad(m),
    M: String(m),
    dd: pad(d),
    d: String(d),
  };
  return tokens.map((t) => ('literal' in t ? t.literal : (parts[t.token] ?? ''))).join('');
}

function formatTime(value: string, tokens: readonly Token[], where: string, source: string): string {
  if (value === '') return '';
  if (!isLocalTime(value)) {
    throw new AppError('input.invalid', { path: where, detail: `"${source}" needs a time HH:mm, got "${value}"` });
  }
  const [h = 0, min = 0] = value.split(':').map(Number);
  const parts: Record<string, string> = { HH: pad(h), H: String(h), mm: pad(min) };
  return tokens.map((t) => ('literal' in t ? t.literal : (parts[t.token] ?? ''))).join('');
}

function truncate(value: string, max: number): string {
  if (value.length <= max) return value;
  const cut = value.slice(0, max);
  // Never leave half of a surrogate pair (an emoji) at the end.
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

function applyFormatter(value: string, f: Formatter, tables: ValueTables, where: string, source: string): string {
  switch (f.kind) {
    case 'date':
      return formatDate(value, f.tokens, where, source);
    case 'time':
      return formatTime(value, f.tokens, where, source);
    case 'upper':
      return value.toUpperCase();
    case 'lower':
      return value.toLowerCase();
    case 'trim':
      return value.trim();
    case 'digits':
      return value.replace(/[^0-9]/g, '');
    case 'truncate':
      return truncate(value, f.max);
    case 'default':
      return value === '' ? f.text : value;
    case 'table': {
      const table = Object.hasOwn(tables, f.name) ? tables[f.name] : undefined;
      if (table === undefined) throw invalid(where, source, `no value table "${f.name}"`);
      const mapped = Object.hasOwn(table, value) ? table[value] : undefined;
      if (mapped === undefined) throw invalid(where, source, `value table "${f.name}" has no entry for "${value}"`);
      return mapped;
    }
  }
}

/**
 * Render a template against a scope (the record, plus `member` inside a table row).
 * Throws `formMap.invalid` for a bad template, unknown path or formatter, or a missing value-table
 * entry; `input.invalid` when a date or time in the record is malformed. `where` names the map path.
 */
export function renderTemplate(template: string, scope: object, tables: ValueTables, where = 'template'): string {
  return parseTemplate(template, where)
    .map((part) => {
      if ('literal' in part) return part.literal;
      const raw = resolvePath(scope, part.path, where, part.source);
      return part.formatters.reduce((value, f) => applyFormatter(value, f, tables, where, part.source), raw);
    })
    .join('');
}

/** The paths a scope offers to templates (leaves only), e.g. `session.title`, `member.nik`. */
export function templatePaths(scope: object): Set<string> {
  const paths = new Set<string>();
  const walk = (value: unknown, prefix: string): void => {
    if (typeof value !== 'object' || value === null) {
      paths.add(prefix);
      return;
    }
    if (Array.isArray(value)) return;
    for (const [key, child] of Object.entries(value)) walk(child, prefix ? `${prefix}.${key}` : key);
  };
  walk(scope, '');
  return paths;
}

/** Check a template without a record: syntax, formatters, value tables named, paths known. */
export function checkTemplate(template: string, tables: ValueTables, paths: ReadonlySet<string>, where: string): void {
  for (const part of parseTemplate(template, where)) {
    if ('literal' in part) continue;
    const path = part.path.join('.');
    if (!paths.has(path)) {
      const isBranch = [...paths].some((p) => p.startsWith(`${path}.`));
      throw invalid(where, part.source, isBranch ? `"${path}" is not a single value` : `unknown path "${path}"`);
    }
    for (const f of part.formatters) {
      if (f.kind === 'table' && !Object.hasOwn(tables, f.name)) {
        throw invalid(where, part.source, `no value table "${f.name}"`);
      }
    }
  }
}

/** True when the text holds at least one `{{…}}` hole. */
export function hasTemplate(text: string): boolean {
  return text.includes('{{');
}
