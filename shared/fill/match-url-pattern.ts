// URL globs for `appliesTo.urlPatterns`: `*` matches any run of characters (none included; `/`,
// `?` and `#` included); every other character is literal; the pattern must match the whole URL.
// So `http://127.0.0.1:*/p2k2/laporan/baru*` matches any port and any query string, while a
// pattern without a trailing `*` refuses a URL that carries a query string.
import type { FormMap } from './form-map';

function globToRegExp(pattern: string): RegExp {
  const body = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`, 's');
}

export function matchesUrlPattern(url: string, pattern: string): boolean {
  return globToRegExp(pattern).test(url);
}

/** The maps that apply to a page, in the order given. */
export function findFormMaps<M extends Pick<FormMap, 'appliesTo'>>(maps: readonly M[], url: string): M[] {
  return maps.filter((map) => map.appliesTo.urlPatterns.some((pattern) => matchesUrlPattern(url, pattern)));
}
