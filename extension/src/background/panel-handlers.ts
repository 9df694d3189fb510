/**
 * Background handlers for the side panel's queue, ledger view and user maps, and the app bridge.
 * Every payload is checked before use, even from the extension's own pages: a message is data.
 * Bundle import runs in the panel itself (the file is there, and a parsed bundle cannot cross a
 * message); it writes the same database these handlers read.
 */
import * as v from 'valibot';
import '../../../shared/bridge/bridge-messages';
import type { WriteContext } from '../../../shared/db/write';
import { AppError } from '../../../shared/errors';
import { RECORD_KINDS, type RecordKind } from '../../../shared/fill/fill-record';
import { listLedger } from '../../../shared/fill/ledger';
import type { Handlers } from '../../../shared/messages';
import { bridgeStatus, connectApp, disconnectApp, pullFromApp, reportToApp } from './bridge';
import { deleteUserMap, listUserMaps, saveUserMap } from './maps-store';
import { buildQueue, summarize } from './queue';
import './queue-messages';
import { extensionWriteContext } from './ledger';
import { findRecord, loadRecords, readLedger } from './records';
import { ensureFillScript } from './registrations';

const key = v.pipe(v.string(), v.nonEmpty(), v.maxLength(200));

function check<T>(schema: v.GenericSchema<unknown, T>, payload: unknown): T {
  const parsed = v.safeParse(schema, payload);
  if (parsed.success) return parsed.output;
  const [issue] = parsed.issues;
  const path = (issue?.path ?? []).map((p) => String(p.key)).join('.');
  throw new AppError('message.invalid', { detail: `${path || 'payload'}: ${issue?.message ?? 'invalid'}` });
}

export function panelHandlers(store: () => Promise<WriteContext> = extensionWriteContext): Handlers {
  return {
    'panel.queue': async (payload) => {
      const { mapId, recordKind } = check(v.object({ mapId: key, recordKind: v.picklist(RECORD_KINDS) }), payload);
      const { db } = await store();
      const [{ records }, ledger] = await Promise.all([loadRecords(db), readLedger(db)]);
      return { items: buildQueue(records, ledger, { id: mapId, recordKind }) };
    },
    'panel.records': async () => {
      const { db } = await store();
      const { records, skipped } = await loadRecords(db);
      const byKind = Object.fromEntries(RECORD_KINDS.map((k) => [k, 0])) as Record<RecordKind, number>;
      const bySource = { bundle: 0, app: 0 };
      for (const { record, source } of records) {
        byKind[record.kind] += 1;
        bySource[source] += 1;
      }
      return { byKind, bySource, skipped };
    },
    'panel.record': async (payload) => {
      const { recordKey } = check(v.object({ recordKey: key }), payload);
      const { db } = await store();
      return { record: (await findRecord(db, recordKey))?.record ?? null };
    },
    'panel.ledger': async () => {
      const { db } = await store();
      const [entries, { records }] = await Promise.all([listLedger(db), loadRecords(db)]);
      const byKey = new Map(records.map(({ record }) => [record.recordKey, record]));
      return {
        entries: entries.map((entry) => {
          const record = byKey.get(entry.recordKey);
          return { ...entry, summary: record === undefined ? null : summarize(record) };
        }),
      };
    },
    'panel.maps.list': async () => ({ maps: await listUserMaps((await store()).db) }),
    'panel.maps.save': async (payload) => {
      const { json } = check(v.object({ json: v.unknown() }), payload);
      return { map: await saveUserMap(await store(), json) };
    },
    'panel.maps.delete': async (payload) => {
      const { id } = check(v.object({ id: key }), payload);
      await deleteUserMap(await store(), id);
      return {};
    },
    'panel.prepareTab': async (payload) => {
      const { tabId } = check(v.object({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }), payload);
      await ensureFillScript(tabId);
      return {};
    },
    'bridge.pull': async () => pullFromApp(await store()),
    'bridge.report': async (payload) => {
      const { recordKeys } = check(v.object({ recordKeys: v.pipe(v.array(key), v.maxLength(10_000)) }), payload);
      return { delivered: await reportToApp((await store()).db, recordKeys) };
    },
    'bridge.status': async () => bridgeStatus((await store()).db),
    'bridge.connect': async (payload) => {
      const { origin } = check(v.object({ origin: v.pipe(v.string(), v.maxLength(2_000)) }), payload);
      return connectApp((await store()).db, origin);
    },
    'bridge.disconnect': async (payload) => {
      const { origin } = check(v.object({ origin: v.pipe(v.string(), v.maxLength(2_000)) }), payload);
      return disconnectApp((await store()).db, origin);
    },
  };
}
