/**
 * The supervisor's rows a `dateRange` or `groups` export carries (select-scope.ts has the rest):
 * - linked: observations of the sessions chosen; cases, complaints and stories of the families
 *   chosen (by their `memberId`);
 * - for `dateRange`, also what happened in the range, by the rows' own dates: an observation's
 *   date, a case opened or closed (or one of its entries made or done), a complaint received or
 *   closed, a story written or consented to. Instants count on this device's calendar;
 * - a case always travels with all its entries and a story with all its media (and the media of
 *   its consent), so the other side never sees half a case.
 * Tombstones travel like live rows. The families these rows name are returned so the export can
 * add them (and their groups); a session an observation names outside the scope becomes an
 * external reference.
 */
import type { LenteraDB } from '../db/database';
import { localDate } from '../model/clock';
import type { CaseEntry, CaseRecord, Complaint, FamilyRef, Media, Observation, Story } from '../model/supervision';
import type { Instant, LocalDate } from '../model/types';
import type { BundleScope } from './bundle-schema';

export interface SupervisionTables {
  observations: Observation[];
  cases: CaseRecord[];
  caseEntries: CaseEntry[];
  complaints: Complaint[];
  stories: Story[];
  media: Media[];
}

export interface SupervisionSelection {
  readonly tables: SupervisionTables;
  /** Families named by the rows chosen. */
  readonly familyIds: ReadonlySet<string>;
}

export interface ScopeLinks {
  readonly familyIds: ReadonlySet<string>;
  readonly sessionIds: ReadonlySet<string>;
}

type PartialScope = Exclude<BundleScope, { kind: 'all' }>;

const dayOf = (instant: Instant): LocalDate => localDate(new Date(instant));

export async function selectSupervisionRows(
  db: LenteraDB,
  scope: PartialScope,
  links: ScopeLinks,
): Promise<SupervisionSelection> {
  const inRange = (date: LocalDate | null): boolean =>
    scope.kind === 'dateRange' && date !== null && date >= scope.from && date <= scope.to;
  const linked = (family: FamilyRef): boolean => family.memberId !== null && links.familyIds.has(family.memberId);

  const observations = (await db.observations.toArray()).filter(
    (row) => (row.sessionId !== null && links.sessionIds.has(row.sessionId)) || inRange(row.date),
  );

  const busyCases = new Set<string>();
  if (scope.kind === 'dateRange') {
    for (const entry of await db.caseEntries.toArray()) {
      if (inRange(dayOf(entry.createdAt)) || inRange(entry.doneDate)) busyCases.add(entry.caseId);
    }
  }
  const cases = (await db.cases.toArray()).filter(
    (row) => linked(row.family) || inRange(row.openedDate) || inRange(row.closedDate) || busyCases.has(row.id),
  );
  const caseEntries = await db.caseEntries
    .where('caseId')
    .anyOf(cases.map((row) => row.id))
    .toArray();

  const complaints = (await db.complaints.toArray()).filter(
    (row) => linked(row.complainant) || inRange(row.receivedDate) || inRange(row.closedDate),
  );
  const stories = (await db.stories.toArray()).filter(
    (row) =>
      linked(row.family) ||
      inRange(dayOf(row.createdAt)) ||
      (row.consent.recordedAt !== null && inRange(dayOf(row.consent.recordedAt))),
  );
  const media = await db.media
    .where('storyId')
    .anyOf(stories.map((row) => row.id))
    .toArray();
  const mediaIds = new Set(media.map((row) => row.id));
  const consentMedia = stories
    .map((row) => row.consent.mediaId)
    .filter((id): id is string => id !== null && !mediaIds.has(id));
  for (const row of await db.media.bulkGet([...new Set(consentMedia)])) if (row !== undefined) media.push(row);

  const familyIds = new Set<string>();
  for (const family of [
    ...cases.map((c) => c.family),
    ...complaints.map((c) => c.complainant),
    ...stories.map((s) => s.family),
  ]) {
    if (family.memberId !== null) familyIds.add(family.memberId);
  }
  return { tables: { observations, cases, caseEntries, complaints, stories, media }, familyIds };
}
