/**
 * Every write to the database goes through here. A write stamps the row's meta (updatedAt,
 * deviceId; createdAt kept), stores it and appends to `changes` in ONE transaction, and resolves
 * only when that transaction has committed. Deletions are soft: the row becomes a tombstone.
 */
import type { Clock } from '../model/clock';
import { newId } from '../model/ids';
import type { CaseEntry, CaseRecord, Complaint, Media, Observation, Story } from '../model/supervision';
import type {
  Attendance,
  ChecklistTick,
  CurriculumRecord,
  FillLedgerEntry,
  FormMapRecord,
  Group,
  Member,
  Meta,
  Photo,
  QuizAnswer,
  RowMeta,
  Session,
  WritableTableName,
} from '../model/types';
import type { LenteraDB } from './database';
import { withDbErrors } from './map-db-error';

export interface RowOf extends SupervisionRowOf {
  groups: Group;
  members: Member;
  sessions: Session;
  attendance: Attendance;
  checklist: ChecklistTick;
  quizAnswers: QuizAnswer;
  photos: Photo;
  curriculum: CurriculumRecord;
  formMaps: FormMapRecord;
  fillLedger: FillLedgerEntry;
}

/** Supervisor tables (schema v2); they travel in bundles like the others. */
export interface SupervisionRowOf {
  observations: Observation;
  cases: CaseRecord;
  caseEntries: CaseEntry;
  complaints: Complaint;
  stories: Story;
  media: Media;
}

export interface WriteContext {
  readonly db: LenteraDB;
  readonly deviceId: string;
  readonly clock: Clock;
}

export type Fields<T extends RowMeta> = Omit<T, keyof Meta>;

/** The row's key as text, as `changes` and bundles name it. */
export function rowKey<K extends WritableTableName>(table: K, row: RowOf[K]): string {
  switch (table) {
    case 'attendance': {
      const r = row as Attendance;
      return `${r.sessionId}|${r.memberId}`;
    }
    case 'checklist': {
      const r = row as ChecklistTick;
      return `${r.sessionId}|${r.stepId}`;
    }
    case 'quizAnswers': {
      const r = row as QuizAnswer;
      return `${r.sessionId}|${r.memberId}|${r.questionId}|${r.phase}`;
    }
    default:
      return (row as Meta).id;
  }
}

/** Meta for a brand-new row with its own id. */
export function newMeta(ctx: Pick<WriteContext, 'deviceId' | 'clock'>): Meta {
  const now = ctx.clock.now();
  const at = now.toISOString();
  return { id: newId(now.getTime()), createdAt: at, updatedAt: at, deletedAt: null, deviceId: ctx.deviceId };
}

/** Meta for a row keyed by its natural key, keeping `createdAt` of the row it replaces. */
export function rowMeta(ctx: Pick<WriteContext, 'deviceId' | 'clock'>, previous?: RowMeta): RowMeta {
  const at = ctx.clock.now().toISOString();
  return { createdAt: previous?.createdAt ?? at, updatedAt: at, deletedAt: null, deviceId: ctx.deviceId };
}

/** Stores rows (insert or replace) and logs the changes, atomically. */
export async function putRows<K extends WritableTableName>(
  ctx: WriteContext,
  table: K,
  rows: readonly RowOf[K][],
): Promise<void> {
  if (rows.length === 0) return;
  const { db } = ctx;
  const at = ctx.clock.now().toISOString();
  await withDbErrors(() =>
    db.transaction('rw', db.table(table), db.changes, async () => {
      await db.table(table).bulkPut(rows as RowOf[K][]);
      await db.changes.bulkAdd(
        rows.map((row) => ({
          table,
          key: rowKey(table, row),
          op: row.deletedAt === null ? ('put' as const) : ('delete' as const),
          at,
          deviceId: ctx.deviceId,
        })),
      );
    }),
  );
}

export async function putRow<K extends WritableTableName>(
  ctx: WriteContext,
  table: K,
  row: RowOf[K],
): Promise<RowOf[K]> {
  await putRows(ctx, table, [row]);
  return row;
}

/** Creates a row with fresh meta from its fields. */
export async function createRow<K extends Exclude<WritableTableName, 'attendance' | 'checklist' | 'quizAnswers'>>(
  ctx: WriteContext,
  table: K,
  fields: Fields<RowOf[K]>,
): Promise<RowOf[K]> {
  const row = { ...fields, ...newMeta(ctx) } as unknown as RowOf[K];
  return putRow(ctx, table, row);
}

/** Applies changes to an existing row and stamps it. */
export async function updateRow<K extends WritableTableName>(
  ctx: WriteContext,
  table: K,
  row: RowOf[K],
  changes: Partial<Fields<RowOf[K]>>,
): Promise<RowOf[K]> {
  const next = { ...row, ...changes, ...rowMeta(ctx, row) } as RowOf[K];
  return putRow(ctx, table, next);
}

/** Marks a row deleted; it stays as a tombstone so the deletion travels in bundles. */
export async function softDeleteRow<K extends WritableTableName>(
  ctx: WriteContext,
  table: K,
  row: RowOf[K],
): Promise<RowOf[K]> {
  const next = { ...row, ...rowMeta(ctx, row), deletedAt: ctx.clock.now().toISOString() } as RowOf[K];
  return putRow(ctx, table, next);
}
