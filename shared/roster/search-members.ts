/**
 * Instant search over a group's families by name or NIK, forgiving the way people type on a
 * tablet: case and accents are ignored ("desy" finds "Désy"), and in a query with digits the
 * spaces, dots and dashes are ignored too ("3201 01" finds 320101…).
 */
export function foldText(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export interface Searchable {
  readonly name: string;
  readonly nik: string;
}

/** A matcher for one query; an empty query matches everyone. */
export function memberMatcher(query: string): (member: Searchable) => boolean {
  const folded = foldText(query);
  if (folded === '') return () => true;
  const digits = folded.replace(/[\s.-]/g, '');
  const isNumber = /^\d+$/.test(digits);
  return (member) => {
    if (isNumber && member.nik.includes(digits)) return true;
    return foldText(member.name).includes(folded);
  };
}
