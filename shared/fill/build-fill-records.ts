/**
 * The records a portal form map consumes, built from the database: for every done session, one
 * `sessionReport`, one `attendanceTable` and one `memberAttendance` per family the session expected.
 * The PWA builds them to offer over the bridge; the extension builds them from bundle imports.
 *
 * Policies (each is a choice a reviewer should see):
 * - Who is in a session follows `shared/rules/attendance-index.ts` (`isExpectedAt`): the group's
 *   active families (or a catch-up's listed ones) plus anyone marked. A family nobody marked at a
 *   done session counts as `alpa`: the portal wants a status for every family, and not being marked
 *   present is not being present. Its `note` stays empty; the PWA warns about unmarked families
 *   before a session is closed.
 * - The date is the day it happened (`actualDate`, else the planned date: a done session without
 *   an actual date was held as planned). Times are the device's local wall clock of `startedAt` and
 *   `endedAt`; without `startedAt` the planned time stands in for the start.
 * - Titles come from the curriculum in Indonesian (portals are Indonesian); a session whose code no
 *   module knows keeps its code as its title, so nothing is dropped silently.
 * - Only photos with consent are listed; a photo without consent never leaves the device.
 * - Every record is checked against `fillRecordSchema`; one that fails is left out and reported in
 *   `skipped` with the reason, instead of breaking the whole list.
 */
import * as v from 'valibot';
import { findModule, findSession, mergeModules, textIn } from '../curriculum/catalogue';
import { CORE_MODULES } from '../curriculum/core-modules';
import { parseCurriculumModule } from '../curriculum/schema';
import type { CurriculumModule } from '../curriculum/types';
import type { LenteraDB } from '../db/database';
import type { ErrorData } from '../errors';
import { localTime } from '../model/clock';
import type { Attendance, Group, Member, Photo, Session } from '../model/types';
import { byDate, indexAttendance, isExpectedAt, isHeld, sessionDate, statusOf } from '../rules/attendance-index';
import {
  attendanceTableKey,
  type FillMember,
  type FillPhotoRef,
  type FillRecord,
  fillRecordSchema,
  memberAttendanceKey,
  type RecordKind,
  sessionReportKey,
} from './fill-record';

/** The rows the builder reads. Deleted rows may be included; they are ignored. */
export interface FillSources {
  readonly groups: readonly Group[];
  readonly members: readonly Member[];
  readonly sessions: readonly Session[];
  readonly attendance: readonly Attendance[];
  readonly photos: readonly Pick<Photo, 'id' | 'sessionId' | 'mimeType' | 'consent' | 'deletedAt' | 'takenAt'>[];
  /** Every module in use (core and imported). */
  readonly modules: readonly CurriculumModule[];
  /** The facilitator's name when a group names none (the device profile). */
  readonly facilitatorName?: string;
}

export interface BuildOptions {
  readonly kinds?: readonly RecordKind[];
  /** Only these sessions (all done sessions when omitted). */
  readonly sessionIds?: readonly string[];
}

export interface SkippedSession {
  readonly sessionId: string;
  readonly kind: RecordKind;
  readonly reason: ErrorData;
}

export interface BuiltRecords {
  /** In the order the sessions happened, oldest first; per session: report, table, families. */
  readonly records: readonly FillRecord[];
  readonly skipped: readonly SkippedSession[];
}

const EXTENSIONS: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
};

/** The file name a photo travels under: `foto-<session date>-<n>.jpg`. */
export function photoFileName(date: string, index: number, mimeType: string): string {
  return `foto-${date}-${index + 1}.${EXTENSIONS[mimeType] ?? 'jpg'}`;
}

function byName(a: FillMember, b: FillMember): number {
  return a.name.localeCompare(b.name, 'id') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function timeOf(instant: string | null): string | null {
  if (instant === null) return null;
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? null : localTime(date);
}

/** The pure core: records from rows. */
export function fillRecordsFrom(sources: FillSources, options: BuildOptions = {}): BuiltRecords {
  const kinds = new Set<RecordKind>(options.kinds ?? ['sessionReport', 'attendanceTable', 'memberAttendance']);
  const wanted = options.sessionIds === undefined ? null : new Set(options.sessionIds);
  const groups = new Map(sources.groups.filter((g) => g.deletedAt === null).map((g) => [g.id, g]));
  const index = indexAttendance(sources.attendance);
  const notes = new Map<string, string>();
  for (const row of sources.attendance) {
    if (row.deletedAt === null) notes.set(`${row.sessionId}|${row.memberId}`, row.note);
  }
  const live = sources.members.filter((m) => m.deletedAt === null);
  const records: FillRecord[] = [];
  const skipped: SkippedSession[] = [];

  const sessions = sources.sessions.filter((s) => isHeld(s) && (wanted === null || wanted.has(s.id))).sort(byDate);
  for (const session of sessions) {
    const group = groups.get(session.groupId);
    if (group === undefined) {
      for (const kind of kinds) {
        skipped.push({
          sessionId: session.id,
          kind,
          reason: { code: 'db.notFound', details: { what: session.groupId } },
        });
      }
      continue;
    }
    const lesson = findSession(session.curriculumCode, sources.modules);
    const module = lesson === undefined ? undefined : findModule(lesson.moduleCode, sources.modules);
    const date = sessionDate(session);
    const members: FillMember[] = live
      .filter((member) => isExpectedAt(session, member, index))
      .map((member) => ({
        id: member.id,
        nik: member.nik,
        name: member.name,
        pkhId: member.pkhId,
        status: statusOf(index, session.id, member.id) ?? 'alpa',
        note: notes.get(`${session.id}|${member.id}`) ?? '',
      }))
      .sort(byName);
    const base = {
      session: {
        id: session.id,
        code: session.curriculumCode,
        number: lesson?.number ?? 0,
        title: lesson === undefined ? session.curriculumCode : textIn(lesson.title, 'id'),
        plannedDate: session.plannedDate,
        actualDate: date,
        startTime: timeOf(session.startedAt) ?? (session.plannedTime === '' ? null : session.plannedTime),
        endTime: timeOf(session.endedAt),
        place: session.place.trim() === '' ? group.meetingPlace : session.place,
        notes: session.notes,
      },
      module: {
        code: module?.code ?? lesson?.moduleCode ?? session.curriculumCode,
        number: module?.number ?? 0,
        title: module === undefined ? '' : textIn(module.title, 'id'),
      },
      group: { id: group.id, name: group.name, leader: group.leaderName, region: group.region },
      facilitator: { name: group.facilitator.trim() === '' ? (sources.facilitatorName ?? '') : group.facilitator },
    };
    const candidates: FillRecord[] = [];
    if (kinds.has('sessionReport')) {
      const counts = { hadir: 0, izin: 0, sakit: 0, alpa: 0, total: members.length };
      for (const member of members) counts[member.status] += 1;
      const photos: FillPhotoRef[] = sources.photos
        .filter((p) => p.sessionId === session.id && p.deletedAt === null && p.consent)
        .sort((a, b) => a.takenAt.localeCompare(b.takenAt) || a.id.localeCompare(b.id))
        .map((p, i) => ({ id: p.id, name: photoFileName(date, i, p.mimeType), mimeType: p.mimeType, consent: true }));
      candidates.push({
        kind: 'sessionReport',
        recordKey: sessionReportKey(session.id),
        ...base,
        counts,
        members,
        photos,
      });
    }
    if (kinds.has('attendanceTable')) {
      candidates.push({ kind: 'attendanceTable', recordKey: attendanceTableKey(session.id), ...base, members });
    }
    if (kinds.has('memberAttendance')) {
      for (const member of members) {
        candidates.push({
          kind: 'memberAttendance',
          recordKey: memberAttendanceKey(session.id, member.id),
          ...base,
          member,
        });
      }
    }
    for (const record of candidates) {
      const checked = v.safeParse(fillRecordSchema, record);
      if (checked.success) records.push(checked.output);
      else {
        const [issue] = checked.issues;
        skipped.push({
          sessionId: session.id,
          kind: record.kind,
          reason: { code: 'input.invalid', details: { detail: `${record.recordKey}: ${issue?.message ?? 'invalid'}` } },
        });
      }
    }
  }
  return { records, skipped };
}

/** Core modules plus the valid imported ones; a damaged or clashing module is left out. */
export function modulesFrom(rows: readonly { readonly module: unknown; readonly deletedAt: string | null }[]) {
  let modules: readonly CurriculumModule[] = CORE_MODULES;
  for (const row of rows) {
    if (row.deletedAt !== null) continue;
    try {
      modules = mergeModules(modules, [parseCurriculumModule(row.module)]);
    } catch {
      // A module that does not validate or clashes with a code in use cannot name a session.
    }
  }
  return modules;
}

/** Reads what the builder needs from the database and builds. */
export async function buildFillRecords(
  db: LenteraDB,
  options: BuildOptions & { readonly facilitatorName?: string } = {},
): Promise<BuiltRecords> {
  const sessions = (
    options.sessionIds === undefined
      ? await db.sessions.where('status').equals('done').toArray()
      : await db.sessions.bulkGet([...options.sessionIds])
  ).filter((s): s is Session => s !== undefined);
  const sessionIds = sessions.map((s) => s.id);
  const groupIds = [...new Set(sessions.map((s) => s.groupId))];
  const [groups, members, attendance, photos, curriculum] = await Promise.all([
    db.groups.bulkGet(groupIds),
    db.members.where('groupId').anyOf(groupIds).toArray(),
    db.attendance.where('sessionId').anyOf(sessionIds).toArray(),
    db.photos.where('sessionId').anyOf(sessionIds).toArray(),
    db.curriculum.toArray(),
  ]);
  // A catch-up or a marked row may name a family of another group: read those too.
  const known = new Set(members.map((m) => m.id));
  const named = [...attendance.map((a) => a.memberId), ...sessions.flatMap((s) => s.catchUpFor)];
  const missing = [...new Set(named)].filter((id) => !known.has(id));
  const extra = (await db.members.bulkGet(missing)).filter((m): m is Member => m !== undefined);
  return fillRecordsFrom(
    {
      groups: groups.filter((g): g is Group => g !== undefined),
      members: [...members, ...extra],
      sessions,
      attendance,
      // Only the fields the builder reads: the image bytes stay where they are.
      photos: photos.map(({ id, sessionId, mimeType, consent, deletedAt, takenAt }) => ({
        id,
        sessionId,
        mimeType,
        consent,
        deletedAt,
        takenAt,
      })),
      modules: modulesFrom(curriculum),
      ...(options.facilitatorName !== undefined && { facilitatorName: options.facilitatorName }),
    },
    options,
  );
}
