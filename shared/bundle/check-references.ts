/**
 * References between rows of a bundle (the rule is stated in bundle-schema.ts): every group,
 * session and family id a row names is either a row of the bundle or listed in `externalRefs`.
 * The exporter computes `externalRefs` with `findExternalRefs`; the reader checks with
 * `findReferenceProblem`, so a bundle can never smuggle in rows that point nowhere unannounced.
 */
import type { ExternalRefs, ReferenceTable } from './bundle-schema';

interface HasId {
  readonly id: string;
}

/** The reference-bearing parts of a bundle's tables (both bundle rows and database rows fit). */
export interface ReferenceSource {
  readonly groups: readonly HasId[];
  readonly members: readonly (HasId & { readonly groupId: string })[];
  readonly sessions: readonly (HasId & { readonly groupId: string; readonly catchUpFor: readonly string[] })[];
  readonly attendance: readonly { readonly sessionId: string; readonly memberId: string }[];
  readonly checklist: readonly { readonly sessionId: string }[];
  readonly quizAnswers: readonly { readonly sessionId: string; readonly memberId: string }[];
  readonly photos: readonly (HasId & { readonly sessionId: string })[];
}

type Visit = (target: ReferenceTable, id: string, table: string, index: number, field: string) => boolean;

/**
 * Calls `visit` for every reference, in table order; stops when it returns false. The place comes
 * in pieces, joined into a path only when a problem is reported (there may be millions of visits).
 */
function forEachReference(tables: ReferenceSource, visit: Visit): void {
  for (const [i, row] of tables.members.entries()) {
    if (!visit('groups', row.groupId, 'members', i, 'groupId')) return;
  }
  for (const [i, row] of tables.sessions.entries()) {
    if (!visit('groups', row.groupId, 'sessions', i, 'groupId')) return;
    for (const [j, id] of row.catchUpFor.entries()) {
      if (!visit('members', id, 'sessions', i, `catchUpFor[${j}]`)) return;
    }
  }
  const bySessionAndMember = [
    ['attendance', tables.attendance],
    ['quizAnswers', tables.quizAnswers],
  ] as const;
  for (const [table, rows] of bySessionAndMember) {
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as (typeof rows)[number];
      if (!visit('sessions', row.sessionId, table, i, 'sessionId')) return;
      if (!visit('members', row.memberId, table, i, 'memberId')) return;
    }
  }
  for (let i = 0; i < tables.checklist.length; i++) {
    if (!visit('sessions', (tables.checklist[i] as { sessionId: string }).sessionId, 'checklist', i, 'sessionId'))
      return;
  }
  for (const [i, row] of tables.photos.entries()) {
    if (!visit('sessions', row.sessionId, 'photos', i, 'sessionId')) return;
  }
}

function idsOf(tables: ReferenceSource): Record<ReferenceTable, Set<string>> {
  return {
    groups: new Set(tables.groups.map((row) => row.id)),
    members: new Set(tables.members.map((row) => row.id)),
    sessions: new Set(tables.sessions.map((row) => row.id)),
  };
}

/** The ids rows refer to that the bundle does not carry, sorted. */
export function findExternalRefs(tables: ReferenceSource): ExternalRefs {
  const present = idsOf(tables);
  const missing: Record<ReferenceTable, Set<string>> = { groups: new Set(), members: new Set(), sessions: new Set() };
  forEachReference(tables, (target, id) => {
    if (!present[target].has(id)) missing[target].add(id);
    return true;
  });
  return {
    groups: [...missing.groups].sort(),
    members: [...missing.members].sort(),
    sessions: [...missing.sessions].sort(),
  };
}

export interface ReferenceProblem {
  readonly path: string;
  readonly detail: string;
}

export function findReferenceProblem(tables: ReferenceSource, external: ExternalRefs): ReferenceProblem | null {
  const present = idsOf(tables);
  const unused: Record<ReferenceTable, Set<string>> = { groups: new Set(), members: new Set(), sessions: new Set() };
  for (const target of ['groups', 'members', 'sessions'] as const) {
    for (const [i, id] of external[target].entries()) {
      const path = `bundle.json externalRefs.${target}[${i}]`;
      if (present[target].has(id)) return { path, detail: 'is also a row of the bundle' };
      if (unused[target].has(id)) return { path, detail: 'is listed twice' };
      unused[target].add(id);
    }
  }
  const known = {
    groups: new Set(unused.groups),
    members: new Set(unused.members),
    sessions: new Set(unused.sessions),
  };
  let problem: ReferenceProblem | null = null;
  forEachReference(tables, (target, id, table, index, field) => {
    if (present[target].has(id)) return true;
    if (known[target].has(id)) {
      unused[target].delete(id);
      return true;
    }
    problem = {
      path: `${table}[${index}].${field}`,
      detail: `refers to a ${target.slice(0, -1)} that is neither in the bundle nor in externalRefs`,
    };
    return false;
  });
  if (problem !== null) return problem;
  for (const target of ['groups', 'members', 'sessions'] as const) {
    const [first] = unused[target];
    if (first !== undefined) {
      return { path: `bundle.json externalRefs.${target}`, detail: `lists ${first}, which no row refers to` };
    }
  }
  return null;
}
