/**
 * The records Lentera keeps. Every stored row carries `Meta`: a client-made sortable id (UUIDv7),
 * ISO timestamps from the device clock, a soft-delete mark so deletions travel in bundles, and the
 * device that last changed it. Rows keyed by a natural compound key (attendance, checklist ticks,
 * quiz answers) carry the same meta minus the id, so marking twice overwrites, never duplicates.
 *
 * Dates of meetings are calendar dates `YYYY-MM-DD` with local times `HH:mm`, never UTC instants:
 * Indonesia spans three time zones and a UTC midnight would shift the day for someone.
 */

/** `YYYY-MM-DD` as the facilitator lives it. */
export type LocalDate = string;
/** `HH:mm`, local. */
export type LocalTime = string;
/** ISO 8601 instant from the device clock, e.g. `2026-11-29T03:14:00.000Z`. */
export type Instant = string;

export interface RowMeta {
  readonly createdAt: Instant;
  readonly updatedAt: Instant;
  /** Set when deleted; the row stays as a tombstone so the deletion reaches other devices. */
  readonly deletedAt: Instant | null;
  /** The device that made the last change; the deterministic tie-break when clocks agree. */
  readonly deviceId: string;
}

export interface Meta extends RowMeta {
  readonly id: string;
}

export interface Region {
  readonly provinceCode: string;
  readonly provinceName: string;
  readonly regencyCode: string;
  readonly regencyName: string;
  readonly districtCode: string;
  readonly districtName: string;
  readonly villageCode: string;
  readonly villageName: string;
}

export interface Group extends Meta {
  readonly name: string;
  readonly region: Region;
  readonly meetingPlace: string;
  readonly leaderName: string;
  /** Display name of the facilitator who owns the group (several share a device rarely). */
  readonly facilitator: string;
  readonly archived: boolean;
  /** True for the demo group made at first run; removable in one tap. */
  readonly demo: boolean;
}

export const SCHOOL_LEVELS = ['sd', 'smp', 'sma'] as const;
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];

export interface Components {
  readonly pregnant: boolean;
  readonly toddlers: number;
  readonly school: Readonly<Record<SchoolLevel, number>>;
  readonly elderly: number;
  readonly severeDisability: number;
}

export interface Member extends Meta {
  readonly groupId: string;
  readonly nik: string;
  readonly kkNumber: string;
  readonly pkhId: string;
  /** The carer who attends, usually the mother. */
  readonly name: string;
  readonly address: string;
  readonly phone: string;
  readonly components: Components;
  readonly active: boolean;
}

export const SESSION_STATUSES = ['planned', 'running', 'done'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export interface Session extends Meta {
  readonly groupId: string;
  /** Stable curriculum code, e.g. `P2K2-05`. */
  readonly curriculumCode: string;
  readonly plannedDate: LocalDate;
  readonly plannedTime: LocalTime;
  readonly place: string;
  readonly status: SessionStatus;
  readonly actualDate: LocalDate | null;
  readonly startedAt: Instant | null;
  readonly endedAt: Instant | null;
  readonly notes: string;
  /** A catch-up session repeats a curriculum session for the families who missed it. */
  readonly catchUpFor: readonly string[];
}

export const ATTENDANCE_STATUSES = ['hadir', 'izin', 'sakit', 'alpa'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export interface Attendance extends RowMeta {
  readonly sessionId: string;
  readonly memberId: string;
  readonly status: AttendanceStatus;
  readonly note: string;
}

export interface ChecklistTick extends RowMeta {
  readonly sessionId: string;
  readonly stepId: string;
  readonly done: boolean;
  readonly doneAt: Instant | null;
  readonly minutesSpent: number | null;
}

export const QUIZ_PHASES = ['pre', 'post'] as const;
export type QuizPhase = (typeof QUIZ_PHASES)[number];

export interface QuizAnswer extends RowMeta {
  readonly sessionId: string;
  readonly memberId: string;
  readonly questionId: string;
  readonly phase: QuizPhase;
  /** true/false questions store a boolean, choice questions the option index. */
  readonly answer: boolean | number;
  readonly correct: boolean;
}

export interface Photo extends Meta {
  readonly sessionId: string;
  readonly blob: Blob;
  readonly mimeType: string;
  readonly width: number;
  readonly height: number;
  readonly caption: string;
  readonly takenAt: Instant;
  /** The people shown agreed to the photo being kept and sent to the portal. */
  readonly consent: boolean;
}

/** A module added or imported by a user; the built-in catalogue ships in code. */
export interface CurriculumRecord extends Meta {
  /** The validated module as JSON (see shared/curriculum/schema.ts). */
  readonly module: unknown;
  readonly moduleCode: string;
}

export interface FormMapRecord extends Meta {
  readonly name: string;
  /** The validated form map as JSON (see shared/fill). */
  readonly map: unknown;
}

export type FillResult = 'sent' | 'filled' | 'failed' | 'skipped';

export interface FillLedgerEntry extends Meta {
  /** What was sent: `session:<id>`, `attendance:<sessionId>:<memberId>`. */
  readonly recordKey: string;
  readonly mapId: string;
  readonly portalOrigin: string;
  readonly result: FillResult;
  readonly reference: string;
  readonly error: string;
  readonly at: Instant;
}

export interface Setting {
  readonly key: string;
  readonly value: unknown;
  readonly updatedAt: Instant;
}

/** The supervisor's tables (schema v2); see shared/model/supervision.ts. */
export const SUPERVISION_TABLE_NAMES = [
  'observations',
  'cases',
  'caseEntries',
  'complaints',
  'stories',
  'media',
] as const;
export type SupervisionTableName = (typeof SUPERVISION_TABLE_NAMES)[number];

/**
 * Every table of records: written through shared/db/write.ts with the change log, and carried by
 * bundles. `changes` and `settings` are the device's own and are neither.
 */
export const TABLE_NAMES = [
  'groups',
  'members',
  'sessions',
  'attendance',
  'checklist',
  'quizAnswers',
  'photos',
  'curriculum',
  'formMaps',
  'fillLedger',
  ...SUPERVISION_TABLE_NAMES,
] as const;
export type TableName = (typeof TABLE_NAMES)[number];
/** Every table whose writes go through shared/db/write.ts and the change log: all of TABLE_NAMES. */
export type WritableTableName = TableName;

export type ChangeOp = 'put' | 'delete';

/** One local change, in order: the source of bundles now and of server sync later. */
export interface Change {
  readonly seq?: number;
  readonly table: WritableTableName;
  /** The row's key as text: the id, or the compound key joined by `|`. */
  readonly key: string;
  readonly op: ChangeOp;
  readonly at: Instant;
  readonly deviceId: string;
}
