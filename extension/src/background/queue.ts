/**
 * The queue for one form map: the records of the map's kind that the ledger does not show as
 * `sent` through that map. A record sent through another map (another portal form) is still
 * queued here: each form is its own entry on the portal. `filled` and `failed` keep a record in
 * the queue, with its last result shown so the user knows it was tried. Pure: the panel's unit
 * tests run it without a browser.
 */
import type { FillRecord, RecordKind } from '../../../shared/fill/fill-record';
import type { AttendanceStatus, FillLedgerEntry, FillResult, LocalDate } from '../../../shared/model/types';

/** Where a record came from: built from rows a bundle brought, or offered by the app over the bridge. */
export type RecordSource = 'bundle' | 'app';

export interface SourcedRecord {
  readonly record: FillRecord;
  readonly source: RecordSource;
}

export type LedgerLike = Pick<
  FillLedgerEntry,
  'recordKey' | 'mapId' | 'result' | 'reference' | 'error' | 'at' | 'deletedAt' | 'portalOrigin'
>;

export interface LastResult {
  readonly result: FillResult;
  readonly at: string;
  readonly reference: string;
  readonly error: string;
}

/** What a person needs to recognise a record: plain data, formatted by the panel. */
export interface RecordSummary {
  readonly recordKey: string;
  readonly kind: RecordKind;
  readonly groupName: string;
  readonly sessionNumber: number;
  readonly sessionTitle: string;
  readonly date: LocalDate;
  /** For attendance tables and reports: families per status. */
  readonly counts: Readonly<Record<AttendanceStatus | 'total', number>> | null;
  /** For one family's attendance. */
  readonly member: { readonly name: string; readonly nik: string; readonly status: AttendanceStatus } | null;
}

export interface QueueItem extends SourcedRecord {
  readonly summary: RecordSummary;
  readonly last: LastResult | null;
}

export function summarize(record: FillRecord): RecordSummary {
  const members = record.kind === 'memberAttendance' ? [] : record.members;
  const counts =
    record.kind === 'sessionReport'
      ? record.counts
      : record.kind === 'attendanceTable'
        ? {
            hadir: members.filter((m) => m.status === 'hadir').length,
            izin: members.filter((m) => m.status === 'izin').length,
            sakit: members.filter((m) => m.status === 'sakit').length,
            alpa: members.filter((m) => m.status === 'alpa').length,
            total: members.length,
          }
        : null;
  return {
    recordKey: record.recordKey,
    kind: record.kind,
    groupName: record.group.name,
    sessionNumber: record.session.number,
    sessionTitle: record.session.title,
    date: record.session.actualDate ?? record.session.plannedDate,
    counts,
    member:
      record.kind === 'memberAttendance'
        ? { name: record.member.name, nik: record.member.nik, status: record.member.status }
        : null,
  };
}

function isLive(entry: LedgerLike): boolean {
  return entry.deletedAt === null;
}

/** The newest entry per record for one map. */
export function latestByRecord(ledger: readonly LedgerLike[], mapId: string): Map<string, LedgerLike> {
  const latest = new Map<string, LedgerLike>();
  for (const entry of ledger) {
    if (!isLive(entry) || entry.mapId !== mapId) continue;
    const previous = latest.get(entry.recordKey);
    if (previous === undefined || entry.at > previous.at) latest.set(entry.recordKey, entry);
  }
  return latest;
}

/** Records already sent through `mapId`, with the entry that proves it (the first `sent`). */
export function sentThrough(ledger: readonly LedgerLike[], mapId: string): Map<string, LedgerLike> {
  const sent = new Map<string, LedgerLike>();
  for (const entry of ledger) {
    if (!isLive(entry) || entry.mapId !== mapId || entry.result !== 'sent') continue;
    const previous = sent.get(entry.recordKey);
    if (previous === undefined || entry.at < previous.at) sent.set(entry.recordKey, entry);
  }
  return sent;
}

export function buildQueue(
  records: readonly SourcedRecord[],
  ledger: readonly LedgerLike[],
  map: { readonly id: string; readonly recordKind: RecordKind },
): QueueItem[] {
  const sent = sentThrough(ledger, map.id);
  const latest = latestByRecord(ledger, map.id);
  return records
    .filter(({ record }) => record.kind === map.recordKind && !sent.has(record.recordKey))
    .map((item) => {
      const last = latest.get(item.record.recordKey);
      return {
        ...item,
        summary: summarize(item.record),
        last:
          last === undefined
            ? null
            : { result: last.result, at: last.at, reference: last.reference, error: last.error },
      };
    })
    .sort(byWhen);
}

/** Oldest meeting first (the order a facilitator reports in), then group, then key. */
function byWhen(a: QueueItem, b: QueueItem): number {
  const x = a.summary;
  const y = b.summary;
  return (
    compare(x.date, y.date) ||
    x.groupName.localeCompare(y.groupName, 'id') ||
    compare(x.member?.name ?? '', y.member?.name ?? '') ||
    compare(x.recordKey, y.recordKey)
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Bundle-built and app-offered records as one list; the app's copy of a record wins. */
export function mergeSources(built: readonly FillRecord[], offered: readonly FillRecord[]): SourcedRecord[] {
  const byKey = new Map<string, SourcedRecord>();
  for (const record of built) byKey.set(record.recordKey, { record, source: 'bundle' });
  for (const record of offered) byKey.set(record.recordKey, { record, source: 'app' });
  return [...byKey.values()];
}
