/**
 * The one Dexie database of Lentera.
 *
 * VERSIONING RULE (read before touching this file):
 * - A `version(n).stores({...})` block that has shipped is never edited. A change of schema is a new
 *   block `version(n + 1)` listing only the stores that change, with an `.upgrade()` for data.
 * - Stores and indexes are only added; a retired store is set to `null` in a new version and its
 *   name is never used again. Retired field names are never reused either.
 * - Every shipped version has a fixture database in tests/fixtures/db/ and an upgrade test; the
 *   schema snapshot test (tests/unit/db-schema.test.ts) fails when a store or index disappears.
 *
 * Writes go through `shared/db/write.ts`, which records every change in `changes` in the same
 * transaction and awaits it, so "saved" in the UI means committed.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { CaseEntry, CaseRecord, Complaint, Media, Observation, Story } from '../model/supervision';
import type {
  Attendance,
  Change,
  ChecklistTick,
  CurriculumRecord,
  FillLedgerEntry,
  FormMapRecord,
  Group,
  Member,
  Photo,
  QuizAnswer,
  Session,
  Setting,
} from '../model/types';

export const DB_NAME = 'lentera';

/** Version 1, as shipped. Never edit; add version 2 below it. */
export const SCHEMA_V1 = {
  groups: 'id, updatedAt, archived',
  members: 'id, groupId, nik, updatedAt, [groupId+active]',
  sessions: 'id, groupId, plannedDate, status, curriculumCode, updatedAt, [groupId+plannedDate]',
  attendance: '[sessionId+memberId], sessionId, memberId, updatedAt',
  checklist: '[sessionId+stepId], sessionId, updatedAt',
  quizAnswers: '[sessionId+memberId+questionId+phase], sessionId, memberId, updatedAt',
  photos: 'id, sessionId, updatedAt',
  curriculum: 'id, moduleCode, updatedAt',
  formMaps: 'id, updatedAt',
  fillLedger: 'id, recordKey, [recordKey+mapId], at',
  changes: '++seq, at, [table+key]',
  settings: 'key',
} as const;

/**
 * Version 2: the supervisor's records (session observations, cases and their entries, complaints,
 * success stories and their media). Only adds stores.
 */
export const SCHEMA_V2 = {
  observations: 'id, sessionId, facilitator, date, updatedAt',
  cases: 'id, family.memberId, status, openedDate, updatedAt',
  caseEntries: 'id, caseId, status, dueDate, updatedAt',
  complaints: 'id, status, receivedDate, updatedAt',
  stories: 'id, family.memberId, updatedAt',
  media: 'id, storyId, updatedAt',
} as const;

/** The version this code opens; bundles and fixtures compare against it. */
export const SCHEMA_VERSION = 2;

export class LenteraDB extends Dexie {
  groups!: EntityTable<Group, 'id'>;
  members!: EntityTable<Member, 'id'>;
  sessions!: EntityTable<Session, 'id'>;
  attendance!: Table<Attendance, [string, string]>;
  checklist!: Table<ChecklistTick, [string, string]>;
  quizAnswers!: Table<QuizAnswer, [string, string, string, string]>;
  photos!: EntityTable<Photo, 'id'>;
  curriculum!: EntityTable<CurriculumRecord, 'id'>;
  formMaps!: EntityTable<FormMapRecord, 'id'>;
  fillLedger!: EntityTable<FillLedgerEntry, 'id'>;
  changes!: Table<Change, number>;
  settings!: EntityTable<Setting, 'key'>;
  observations!: EntityTable<Observation, 'id'>;
  cases!: EntityTable<CaseRecord, 'id'>;
  caseEntries!: EntityTable<CaseEntry, 'id'>;
  complaints!: EntityTable<Complaint, 'id'>;
  stories!: EntityTable<Story, 'id'>;
  media!: EntityTable<Media, 'id'>;

  constructor(name: string, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2);
  }
}

/** Opens (and upgrades) the database. Tests pass a fresh name; the app uses the default. */
export async function openDb(name: string = DB_NAME): Promise<LenteraDB> {
  const db = new LenteraDB(name);
  await db.open();
  return db;
}
