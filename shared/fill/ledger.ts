/**
 * The fill ledger: which record went to which portal form, when, with what result and reference.
 * It is what keeps a record from being entered twice — it lives in the extension's own IndexedDB,
 * so it survives a browser restart, and a `sent` entry refuses a second send of the same record
 * with the same map until the user forces it.
 *
 * Entries are only ever added (one per run); the newest entry per record and map is its state,
 * but any `sent` entry blocks: a later failed retry does not make a sent record sendable again.
 */

import type { LenteraDB } from '../db/database';
import { withDbErrors } from '../db/map-db-error';
import { createRow, type WriteContext } from '../db/write';
import { type ErrorData, fromErrorData, isErrorCode } from '../errors';
import type { FillLedgerEntry, FillResult } from '../model/types';
import type { LedgerView } from './fill-messages';

/** The newest `sent` entry of this record with this map, or null when it was never sent. */
export async function findSent(db: LenteraDB, recordKey: string, mapId: string): Promise<FillLedgerEntry | null> {
  const entries = await withDbErrors(() =>
    db.fillLedger.where('[recordKey+mapId]').equals([recordKey, mapId]).toArray(),
  );
  const sent = entries.filter((e) => e.deletedAt === null && e.result === 'sent');
  sent.sort((a, b) => b.at.localeCompare(a.at));
  return sent[0] ?? null;
}

export interface OutcomeToRecord {
  readonly recordKey: string;
  readonly mapId: string;
  readonly portalOrigin: string;
  readonly result: FillResult;
  readonly reference: string | null;
  readonly error: ErrorData | null;
}

/** Adds one ledger entry (awaited: the run reports its outcome only once this committed). */
export async function recordOutcome(ctx: WriteContext, outcome: OutcomeToRecord): Promise<FillLedgerEntry> {
  return createRow(ctx, 'fillLedger', {
    recordKey: outcome.recordKey,
    mapId: outcome.mapId,
    portalOrigin: outcome.portalOrigin,
    result: outcome.result,
    reference: outcome.reference ?? '',
    error: outcome.error === null ? '' : JSON.stringify(outcome.error),
    at: ctx.clock.now().toISOString(),
  });
}

function parseError(text: string): ErrorData | null {
  if (text === '') return null;
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data === 'object' && data !== null && 'code' in data && isErrorCode(data.code)) {
      const error = fromErrorData(data as ErrorData);
      return { code: error.code, details: error.details };
    }
  } catch {
    // An entry written by an older version or by hand: keep its text readable.
  }
  return { code: 'unknown', details: { detail: text } };
}

export function toLedgerView(entry: FillLedgerEntry): LedgerView {
  return {
    id: entry.id,
    recordKey: entry.recordKey,
    mapId: entry.mapId,
    portalOrigin: entry.portalOrigin,
    result: entry.result,
    reference: entry.reference,
    error: parseError(entry.error),
    at: entry.at,
  };
}

/** Ledger entries, newest first; one record's only when `recordKey` is given. */
export async function listLedger(db: LenteraDB, recordKey?: string): Promise<LedgerView[]> {
  const rows = await withDbErrors(() =>
    recordKey === undefined ? db.fillLedger.toArray() : db.fillLedger.where('recordKey').equals(recordKey).toArray(),
  );
  return rows
    .filter((e) => e.deletedAt === null)
    .sort((a, b) => b.at.localeCompare(a.at))
    .map(toLedgerView);
}
