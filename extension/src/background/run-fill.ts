/**
 * `fill.run`: enter one record into the form open in a tab, following a form map. Policies:
 * - Refused before anything is touched (thrown; nothing written): the record was already `sent`
 *   with this map (`fill.alreadySent`, unless `force`), the tab's site is not granted
 *   (`fill.notGranted`), the map is unknown or not for this page (`fill.noMap`), the map is for
 *   another kind of record, or the same tab or record is already being filled.
 * - Once started, every run ends with one ledger entry, awaited before the outcome is returned:
 *   `sent` (the portal confirmed; with its reference), `filled` (submitting off, or the map has no
 *   submit step), or `failed` (with the error). The ledger lives in the extension's IndexedDB, so
 *   a browser restart does not make a sent record sendable again.
 * - A submission that was pressed but never confirmed (no success text, no red errors before the
 *   map's time-out) is `failed` with `fill.timeout`: the person checks the portal before sending
 *   again, as the error says the page did not answer.
 */
import type { WriteContext } from '../../../shared/db/write';
import { AppError } from '../../../shared/errors';
import type { FillFileBytes, FillOutcome, FillPhase } from '../../../shared/fill/fill-messages';
import type { FillRecord } from '../../../shared/fill/fill-record';
import type { FormMap } from '../../../shared/fill/form-map';
import { findSent, recordOutcome } from '../../../shared/fill/ledger';
import { findFormMaps } from '../../../shared/fill/match-url-pattern';
import { hasOrigin } from '../platform/browser';
import { broadcast, keepAwake, tabInfo } from '../platform/tabs';
import { FillDriver } from './run-fill-drive';
import { TabPage } from './run-fill-page';
import { precheckRecord } from './run-fill-precheck';

export interface RunRequest {
  readonly tabId: number;
  readonly mapId: string;
  readonly record: FillRecord;
  readonly submit: boolean;
  readonly force: boolean;
}

export interface RunDeps {
  readonly store: () => Promise<WriteContext>;
  readonly maps: (ctx: WriteContext) => Promise<readonly FormMap[]>;
}

const busy = new Set<string>();

function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

async function photoBytes(ctx: WriteContext, record: FillRecord, photoId: string): Promise<FillFileBytes> {
  const row = await ctx.db.photos.get(photoId);
  const ref = record.kind === 'sessionReport' ? record.photos.find((p) => p.id === photoId) : undefined;
  if (row === undefined || row.deletedAt !== null || ref === undefined) {
    throw new AppError('db.notFound', { what: `photo ${ref?.name ?? photoId}` });
  }
  const bytes = new Uint8Array(await row.blob.arrayBuffer());
  return { name: ref.name, mimeType: row.mimeType || ref.mimeType, base64: toBase64(bytes) };
}

async function checkBeforeRun(
  request: RunRequest,
  deps: RunDeps,
  ctx: WriteContext,
): Promise<{ map: FormMap; origin: string }> {
  const { record, mapId } = request;
  const sent = await findSent(ctx.db, record.recordKey, mapId);
  if (sent !== null && !request.force) {
    throw new AppError('fill.alreadySent', { when: sent.at, reference: sent.reference === '' ? '-' : sent.reference });
  }
  const { url } = await tabInfo(request.tabId);
  const origin = originOf(url);
  // Without access the browser does not even tell the extension the tab's address.
  if (origin === null || !(await hasOrigin(origin))) throw new AppError('fill.notGranted', { origin: origin ?? '—' });
  const map = (await deps.maps(ctx)).find((m) => m.id === mapId);
  if (map === undefined || findFormMaps([map], url).length === 0) throw new AppError('fill.noMap', { mapId, url });
  if (map.recordKind !== record.kind) {
    throw new AppError('formMap.invalid', {
      path: 'recordKind',
      detail: `the map enters ${map.recordKind} records, this is a ${record.kind}`,
    });
  }
  return { map, origin };
}

export async function runFill(request: RunRequest, deps: RunDeps): Promise<FillOutcome> {
  const { record, mapId, tabId } = request;
  const locks = [`tab:${tabId}`, `record:${record.recordKey}|${mapId}`];
  if (locks.some((l) => busy.has(l))) {
    throw new AppError('input.invalid', { detail: 'a fill is already running for this tab or record' });
  }
  for (const l of locks) busy.add(l);
  const controller = new AbortController();
  try {
    const ctx = await deps.store();
    const { map, origin } = await checkBeforeRun(request, deps, ctx);
    keepAwake(controller.signal);
    const progress = (phase: FillPhase, page: number, step: string): void =>
      broadcast('fill.progress', { tabId, recordKey: record.recordKey, mapId, phase, page, step });
    const page = new TabPage(tabId, controller.signal);
    const driver = new FillDriver({
      page,
      map,
      record,
      submit: request.submit,
      signal: controller.signal,
      photoBytes: (id) => photoBytes(ctx, record, id),
      progress,
    });
    let failed = false;
    try {
      progress('check', 0, '');
      precheckRecord(map, record);
      await page.attach();
      await driver.run();
    } catch (error) {
      failed = true;
      driver.fail(error);
    }
    const status = failed ? 'failed' : driver.sent ? 'sent' : 'filled';
    const reference = driver.references.length > 0 ? driver.references.join(', ') : null;
    const entry = await recordOutcome(ctx, {
      recordKey: record.recordKey,
      mapId,
      portalOrigin: origin,
      result: status,
      reference,
      error: failed ? (driver.problems[0] ?? null) : null,
    });
    progress('done', 0, '');
    const { tally } = driver;
    return {
      recordKey: record.recordKey,
      mapId,
      status,
      reference,
      readBack: { ...tally, allOk: tally.changed + tally.rejected === 0 },
      problems: driver.problems,
      warnings: driver.warnings,
      at: entry.at,
    };
  } finally {
    controller.abort();
    for (const l of locks) busy.delete(l);
  }
}
