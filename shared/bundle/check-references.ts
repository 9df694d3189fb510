/**
 * References between rows of a bundle (the rule is stated in bundle-schema.ts): every group,
 * session and family id a row names, and every case, story and media id a supervisor row names,
 * is either a row of the bundle or listed in `externalRefs`.
 * The exporter computes `externalRefs` with `findExternalRefs`; the reader checks with
 * `findReferenceProblem`, so a bundle can never smuggle in rows that point nowhere unannounced.
 */
import { type ExternalRefs, REFERENCE_TABLES, type ReferenceTable } from './bundle-schema';

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
  readonly observations: readonly { readonly sessionId: string | null }[];
  readonly cases: readonly (HasId & { readonly family: FamilyLink })[];
  readonly caseEntries: readonly { readonly caseId: string }[];
  readonly complaints: readonly { readonly complainant: FamilyLink }[];
  readonly stories: readonly (HasId & { readonly family: FamilyLink; readonly consent: ConsentLink })[];
  readonly media: readonly (HasId & { readonly storyId: string })[];
}

interface FamilyLink {
  readonly memberId: string | null;
}

interface ConsentLink {
  readonly mediaId: string | null;
}

const NOUNS: Readonly<Record<ReferenceTable, string>> = {
  groups: 'group',
  members: 'member',
  sessions: 'session',
  cases: 'case',
  stories: 'story',
  media: 'media file',
};

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
  forEachSupervisionReference(tables, visit);
}

/** The supervisor's links; a null link (a family or session not on the device) names nothing. */
function forEachSupervisionReference(tables: ReferenceSource, visit: Visit): void {
  for (const [i, row] of tables.observations.entries()) {
    if (row.sessionId !== null && !visit('sessions', row.sessionId, 'observations', i, 'sessionId')) return;
  }
  const families = [
    ['cases', tables.cases.map((row) => row.family), 'family.memberId'],
    ['complaints', tables.complaints.map((row) => row.complainant), 'complainant.memberId'],
    ['stories', tables.stories.map((row) => row.family), 'family.memberId'],
  ] as const;
  for (const [table, links, field] of families) {
    for (const [i, link] of links.entries()) {
      if (link.memberId !== null && !visit('members', link.memberId, table, i, field)) return;
    }
  }
  for (const [i, row] of tables.caseEntries.entries()) {
    if (!visit('cases', row.caseId, 'caseEntries', i, 'caseId')) return;
  }
  for (const [i, row] of tables.stories.entries()) {
    const mediaId = row.consent.mediaId;
    if (mediaId !== null && !visit('media', mediaId, 'stories', i, 'consent.mediaId')) return;
  }
  for (const [i, row] of tables.media.entries()) {
    if (!visit('stories', row.storyId, 'media', i, 'storyId')) return;
  }
}

function emptySets(): Record<ReferenceTable, Set<string>> {
  return Object.fromEntries(REFERENCE_TABLES.map((target) => [target, new Set<string>()])) as Record<
    ReferenceTable,
    Set<string>
  >;
}

function idsOf(tables: ReferenceSource): Record<ReferenceTable, Set<string>> {
  const ids = emptySets();
  for (const target of REFERENCE_TABLES) for (const row of tables[target]) ids[target].add(row.id);
  return ids;
}

/** The ids rows refer to that the bundle does not carry, sorted. */
export function findExternalRefs(tables: ReferenceSource): ExternalRefs {
  const present = idsOf(tables);
  const missing = emptySets();
  forEachReference(tables, (target, id) => {
    if (!present[target].has(id)) missing[target].add(id);
    return true;
  });
  return Object.fromEntries(REFERENCE_TABLES.map((target) => [target, [...missing[target]].sort()])) as Record<
    ReferenceTable,
    string[]
  >;
}

export interface ReferenceProblem {
  readonly path: string;
  readonly detail: string;
}

export function findReferenceProblem(tables: ReferenceSource, external: ExternalRefs): ReferenceProblem | null {
  const present = idsOf(tables);
  const unused = emptySets();
  for (const target of REFERENCE_TABLES) {
    for (const [i, id] of external[target].entries()) {
      const path = `bundle.json externalRefs.${target}[${i}]`;
      if (present[target].has(id)) return { path, detail: 'is also a row of the bundle' };
      if (unused[target].has(id)) return { path, detail: 'is listed twice' };
      unused[target].add(id);
    }
  }
  const known = emptySets();
  for (const target of REFERENCE_TABLES) for (const id of unused[target]) known[target].add(id);
  let problem: ReferenceProblem | null = null;
  forEachReference(tables, (target, id, table, index, field) => {
    if (present[target].has(id)) return true;
    if (known[target].has(id)) {
      unused[target].delete(id);
      return true;
    }
    problem = {
      path: `${table}[${index}].${field}`,
      detail: `refers to a ${NOUNS[target]} that is neither in the bundle nor in externalRefs`,
    };
    return false;
  });
  if (problem !== null) return problem;
  for (const target of REFERENCE_TABLES) {
    const [first] = unused[target];
    if (first !== undefined) {
      return { path: `bundle.json externalRefs.${target}`, detail: `lists ${first}, which no row refers to` };
    }
  }
  return null;
}
