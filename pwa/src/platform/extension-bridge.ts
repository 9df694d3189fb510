/**
 * The app's side of the bridge to the Lentera extension (shared/bridge/bridge-protocol.ts). When
 * the user connected this app in the extension, its bridge script lives on this page and asks,
 * through `window.postMessage`, for the records that are ready; this answers with records built
 * from this device's database (done sessions not yet sent) and their consented photos, and stores
 * the results the extension reports into `fillLedger`, so a session shows "sent to the portal".
 *
 * Only messages from this very window and origin, on the bridge channel, in this version, that
 * validate are looked at; the records never go anywhere but to the extension's isolated script.
 * Building records loads the curriculum, so it is imported only when the extension asks.
 */
import {
  type AppToExtension,
  acceptFromExtension,
  BRIDGE_LIMITS,
  BRIDGE_PHOTO_TYPES,
  type BridgePhoto,
  type BridgeResult,
  envelope,
} from '../../../shared/bridge/bridge-protocol';
import { sessionOfRecordKey } from '../../../shared/bridge/record-key';
import { toBase64 } from '../../../shared/bundle/base64';
import type { LenteraDB } from '../../../shared/db/database';
import { readSetting } from '../../../shared/db/settings';
import { putRows, rowMeta, type WriteContext } from '../../../shared/db/write';
import { toErrorData } from '../../../shared/errors';
import type { FillRecord } from '../../../shared/fill/fill-record';
import type { FillLedgerEntry } from '../../../shared/model/types';

export interface BridgeServices {
  readonly db: LenteraDB;
  readonly write: WriteContext;
}

const PHOTO_TYPES: ReadonlySet<string> = new Set(BRIDGE_PHOTO_TYPES);

/** The records this device has ready: built from done sessions, minus those the ledger shows sent. */
export async function readyRecords(db: LenteraDB): Promise<FillRecord[]> {
  const [{ buildFillRecords }, profile, ledger] = await Promise.all([
    import('../../../shared/fill/build-fill-records'),
    readSetting(db, 'profile'),
    db.fillLedger.toArray(),
  ]);
  const sent = new Set(ledger.filter((e) => e.deletedAt === null && e.result === 'sent').map((e) => e.recordKey));
  const built = await buildFillRecords(db, profile === null ? {} : { facilitatorName: profile.name });
  return built.records.filter((record) => !sent.has(record.recordKey)).slice(0, BRIDGE_LIMITS.records);
}

/** The consented photos the records list, as base64, within the bridge's size limits. */
export async function photosFor(db: LenteraDB, records: readonly FillRecord[]): Promise<BridgePhoto[]> {
  const ids = records.flatMap((r) =>
    r.kind === 'sessionReport' ? r.photos.filter((p) => p.consent).map((p) => p.id) : [],
  );
  const rows = await db.photos.bulkGet([...new Set(ids)]);
  const out: BridgePhoto[] = [];
  let total = 0;
  for (const row of rows) {
    if (row === undefined || row.deletedAt !== null || !row.consent || !PHOTO_TYPES.has(row.mimeType)) continue;
    if (out.length >= BRIDGE_LIMITS.photos) break;
    const data = toBase64(new Uint8Array(await row.blob.arrayBuffer()));
    // A photo over the limits stays behind; its record still goes, and the fill reports the missing photo.
    if (data.length > BRIDGE_LIMITS.photoChars || total + data.length > BRIDGE_LIMITS.totalPhotoChars) continue;
    total += data.length;
    out.push({
      id: row.id,
      sessionId: row.sessionId,
      mimeType: row.mimeType as BridgePhoto['mimeType'],
      width: row.width,
      height: row.height,
      caption: row.caption.slice(0, 2_000),
      takenAt: row.takenAt,
      data,
    });
  }
  return out;
}

function sameResult(row: FillLedgerEntry, result: BridgeResult): boolean {
  return (
    row.deletedAt === null &&
    row.recordKey === result.recordKey &&
    row.mapId === result.mapId &&
    row.portalOrigin === result.portalOrigin &&
    row.result === result.status &&
    row.reference === result.reference &&
    row.error === result.error &&
    row.at === result.at
  );
}

/**
 * Keeps the results about this device's own sessions, keyed by the extension's ledger id, so a
 * result reported twice is stored once. Returns how many results were about known sessions.
 */
export async function storeResults(ctx: WriteContext, results: readonly BridgeResult[]): Promise<number> {
  const { db } = ctx;
  const sessionIds = [...new Set(results.map((r) => sessionOfRecordKey(r.recordKey)))].filter(
    (id): id is string => id !== null,
  );
  const sessions = await db.sessions.bulkGet(sessionIds);
  const known = new Set(sessions.filter((s) => s !== undefined && s.deletedAt === null).map((s) => s?.id));
  const mine = results.filter((r) => known.has(sessionOfRecordKey(r.recordKey) ?? ''));
  const existing = await db.fillLedger.bulkGet(mine.map((r) => r.id));
  const rows: FillLedgerEntry[] = [];
  mine.forEach((result, i) => {
    const previous = existing[i];
    if (previous !== undefined && sameResult(previous, result)) return;
    rows.push({
      id: result.id,
      ...rowMeta(ctx, previous),
      recordKey: result.recordKey,
      mapId: result.mapId,
      portalOrigin: result.portalOrigin,
      result: result.status,
      reference: result.reference,
      error: result.error,
      at: result.at,
    });
  });
  await putRows(ctx, 'fillLedger', rows);
  return mine.length;
}

/** Starts answering the extension on this page; returns the function that stops it. */
export function startExtensionBridge(services: BridgeServices, win: Window = window): () => void {
  const controller = new AbortController();
  const post = (message: AppToExtension) => win.postMessage(envelope('app', message), win.location.origin);

  async function answer(message: { kind: string; requestId?: string }, work: () => Promise<AppToExtension>) {
    try {
      post(await work());
    } catch (error) {
      console.error('extension bridge', error);
      if (message.requestId !== undefined)
        post({ kind: 'error', requestId: message.requestId, error: toErrorData(error) });
    }
  }

  win.addEventListener(
    'message',
    (event: MessageEvent) => {
      const accepted = acceptFromExtension(
        { data: event.data, origin: event.origin, fromSameWindow: event.source === win },
        win.location.origin,
      );
      if (!accepted.ok) {
        if (accepted.reason === 'notOurs') return;
        console.warn('extension bridge refused a message:', accepted.reason);
        // Another version: answer in ours, so the extension tells the user at once.
        const requestId = (event.data as { message?: { requestId?: unknown } }).message?.requestId;
        if (accepted.reason === 'version' && typeof requestId === 'string' && /^[\w-]{1,64}$/.test(requestId)) {
          post({
            kind: 'error',
            requestId,
            error: { code: 'message.invalid', details: { detail: `bridge version ${accepted.detail}` } },
          });
        }
        return;
      }
      const { message } = accepted;
      switch (message.kind) {
        case 'hello':
          post({ kind: 'hello', appVersion: __APP_VERSION__ });
          return;
        case 'records.request':
          void answer(message, async () => {
            const records = await readyRecords(services.db);
            const photos = await photosFor(services.db, records);
            return { kind: 'records.offer', requestId: message.requestId, records, photos };
          });
          return;
        case 'results.report':
          void answer(message, async () => ({
            kind: 'results.ack',
            requestId: message.requestId,
            stored: await storeResults(services.write, message.results),
          }));
          return;
      }
    },
    { signal: controller.signal },
  );
  return () => controller.abort();
}
