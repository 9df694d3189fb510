/**
 * The records a form map consumes: plain serialisable data that a front end assembles from the
 * database (or a bundle) and hands to the planner. Templates read them by path
 * (`{{session.actualDate}}`, `{{group.region.villageName}}`, `{{member.nik}}`).
 *
 * Every kind shares the same base (session, module, group, facilitator) so one map's templates read
 * alike whatever it consumes; a family always has the same shape (`FillMember`). `recordKey` is what
 * the fill ledger keys on to refuse double entry, and the schema checks it agrees with the ids.
 */
import * as v from 'valibot';
import { isLocalDate, isLocalTime } from '../model/clock';
import {
  ATTENDANCE_STATUSES,
  type AttendanceStatus,
  type LocalDate,
  type LocalTime,
  type Region,
} from '../model/types';

export const RECORD_KINDS = ['sessionReport', 'memberAttendance', 'attendanceTable'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export interface FillSession {
  readonly id: string;
  /** Stable curriculum code, e.g. `P2K2-05`. */
  readonly code: string;
  readonly number: number;
  readonly title: string;
  readonly plannedDate: LocalDate;
  readonly actualDate: LocalDate | null;
  readonly startTime: LocalTime | null;
  readonly endTime: LocalTime | null;
  readonly place: string;
  /** The facilitator's summary notes. */
  readonly notes: string;
}

export interface FillModule {
  readonly code: string;
  readonly number: number;
  readonly title: string;
}

export interface FillGroup {
  readonly id: string;
  readonly name: string;
  readonly leader: string;
  readonly region: Region;
}

export interface FillMember {
  readonly id: string;
  readonly nik: string;
  readonly name: string;
  readonly pkhId: string;
  readonly status: AttendanceStatus;
  readonly note: string;
}

export interface FillPhotoRef {
  readonly id: string;
  readonly name: string;
  readonly mimeType: string;
  /** Only photos with consent are ever uploaded. */
  readonly consent: boolean;
}

export type AttendanceCounts = Readonly<Record<AttendanceStatus | 'total', number>>;

interface RecordBase {
  readonly recordKey: string;
  readonly session: FillSession;
  readonly module: FillModule;
  readonly group: FillGroup;
  readonly facilitator: { readonly name: string };
}

export interface SessionReportRecord extends RecordBase {
  readonly kind: 'sessionReport';
  readonly counts: AttendanceCounts;
  readonly members: readonly FillMember[];
  readonly photos: readonly FillPhotoRef[];
}

export interface MemberAttendanceRecord extends RecordBase {
  readonly kind: 'memberAttendance';
  readonly member: FillMember;
}

export interface AttendanceTableRecord extends RecordBase {
  readonly kind: 'attendanceTable';
  readonly members: readonly FillMember[];
}

export type FillRecord = SessionReportRecord | MemberAttendanceRecord | AttendanceTableRecord;

export function sessionReportKey(sessionId: string): string {
  return `session:${sessionId}`;
}

export function memberAttendanceKey(sessionId: string, memberId: string): string {
  return `attendance:${sessionId}:${memberId}`;
}

export function attendanceTableKey(sessionId: string): string {
  return `attendance-table:${sessionId}`;
}

/** The ledger key a record must carry, computed from its ids. */
export function expectedRecordKey(record: FillRecord): string {
  switch (record.kind) {
    case 'sessionReport':
      return sessionReportKey(record.session.id);
    case 'memberAttendance':
      return memberAttendanceKey(record.session.id, record.member.id);
    case 'attendanceTable':
      return attendanceTableKey(record.session.id);
  }
}

const str = v.pipe(v.string(), v.maxLength(20_000));
const id = v.pipe(v.string(), v.nonEmpty(), v.maxLength(200));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const localDate = v.pipe(v.string(), v.check(isLocalDate, 'Expected a date YYYY-MM-DD'));
const localTime = v.pipe(v.string(), v.check(isLocalTime, 'Expected a time HH:mm'));

const sessionSchema = v.strictObject({
  id,
  code: id,
  number: count,
  title: str,
  plannedDate: localDate,
  actualDate: v.nullable(localDate),
  startTime: v.nullable(localTime),
  endTime: v.nullable(localTime),
  place: str,
  notes: str,
});

const regionSchema = v.strictObject({
  provinceCode: str,
  provinceName: str,
  regencyCode: str,
  regencyName: str,
  districtCode: str,
  districtName: str,
  villageCode: str,
  villageName: str,
});

const memberSchema = v.strictObject({
  id,
  nik: str,
  name: str,
  pkhId: str,
  status: v.picklist(ATTENDANCE_STATUSES),
  note: str,
});

const members = v.pipe(v.array(memberSchema), v.maxLength(2_000));

const base = {
  recordKey: id,
  session: sessionSchema,
  module: v.strictObject({ code: id, number: count, title: str }),
  group: v.strictObject({ id, name: str, leader: str, region: regionSchema }),
  facilitator: v.strictObject({ name: str }),
};

export const fillRecordSchema: v.GenericSchema<unknown, FillRecord> = v.pipe(
  v.variant('kind', [
    v.strictObject({
      kind: v.literal('sessionReport'),
      ...base,
      counts: v.strictObject({ hadir: count, izin: count, sakit: count, alpa: count, total: count }),
      members,
      photos: v.pipe(v.array(v.strictObject({ id, name: str, mimeType: str, consent: v.boolean() })), v.maxLength(200)),
    }),
    v.strictObject({ kind: v.literal('memberAttendance'), ...base, member: memberSchema }),
    v.strictObject({ kind: v.literal('attendanceTable'), ...base, members }),
  ]),
  v.check((record) => record.recordKey === expectedRecordKey(record), 'recordKey does not match the ids'),
);

/** Validate a record that arrived through a message or a bundle. */
export function isFillRecord(value: unknown): value is FillRecord {
  return v.is(fillRecordSchema, value);
}

/** What templates see: the record, and inside a table row the row's family as `member`. */
export function templateScope(record: FillRecord, member?: FillMember): object {
  return member === undefined ? record : { ...record, member };
}

const SAMPLE_REGION: Region = {
  provinceCode: '32',
  provinceName: 'Jawa Barat',
  regencyCode: '32.01',
  regencyName: 'Kabupaten Bogor',
  districtCode: '32.01.01',
  districtName: 'Cibinong',
  villageCode: '32.01.01.2001',
  villageName: 'Pakansari',
};

export const SAMPLE_MEMBER: FillMember = {
  id: 'm1',
  nik: '3201014506870001',
  name: 'Siti Aminah',
  pkhId: 'PKH-0001',
  status: 'hadir',
  note: '',
};

/**
 * A complete record of each kind with every path filled: the map editor previews templates with
 * it, and `parseFormMap` checks that template paths exist.
 */
export function sampleRecord(kind: RecordKind): FillRecord {
  const shared = {
    session: {
      id: 's1',
      code: 'P2K2-05',
      number: 5,
      title: 'Mengelola Keuangan Keluarga',
      plannedDate: '2026-11-28',
      actualDate: '2026-11-29',
      startTime: '09:00',
      endTime: '11:30',
      place: 'Rumah Ibu Ketua',
      notes: 'Pertemuan berjalan lancar.',
    },
    module: { code: 'P2K2-M2', number: 2, title: 'Pengelolaan Keuangan dan Perencanaan Usaha' },
    group: { id: 'g1', name: 'Melati 1', leader: 'Ibu Ratna', region: SAMPLE_REGION },
    facilitator: { name: 'Dewi Lestari' },
  };
  switch (kind) {
    case 'sessionReport':
      return {
        kind,
        recordKey: sessionReportKey('s1'),
        ...shared,
        counts: { hadir: 1, izin: 0, sakit: 0, alpa: 0, total: 1 },
        members: [SAMPLE_MEMBER],
        photos: [{ id: 'p1', name: 'kegiatan.jpg', mimeType: 'image/jpeg', consent: true }],
      };
    case 'memberAttendance':
      return { kind, recordKey: memberAttendanceKey('s1', 'm1'), ...shared, member: SAMPLE_MEMBER };
    case 'attendanceTable':
      return { kind, recordKey: attendanceTableKey('s1'), ...shared, members: [SAMPLE_MEMBER] };
  }
}
