/**
 * Messages between the side panel and the background for the queue, the ledger view and the user's
 * form maps, declared into the one message map by module augmentation. The fill itself is the
 * engine's `fill.run` (shared/fill/fill-messages.ts); the app bridge's are in
 * shared/bridge/bridge-messages.ts.
 */
import type { SkippedSession } from '../../../shared/fill/build-fill-records';
import type { LedgerView } from '../../../shared/fill/fill-messages';
import type { FillRecord, RecordKind } from '../../../shared/fill/fill-record';
import type { FormMap } from '../../../shared/fill/form-map';
import type { UserMap } from './maps-store';
import type { QueueItem, RecordSource, RecordSummary } from './queue';

export interface RecordsOverview {
  readonly byKind: Readonly<Record<RecordKind, number>>;
  readonly bySource: Readonly<Record<RecordSource, number>>;
  /** Sessions whose records could not be built, with why. */
  readonly skipped: readonly SkippedSession[];
}

export interface LedgerRow extends LedgerView {
  /** What the record was, when the extension still holds it. */
  readonly summary: RecordSummary | null;
}

declare module '../../../shared/messages' {
  interface MessageMap {
    /** The records of `recordKind` not yet sent through `mapId`, oldest meeting first. */
    'panel.queue': { request: { mapId: string; recordKind: RecordKind }; response: { items: QueueItem[] } };
    'panel.records': { request: Record<string, never>; response: RecordsOverview };
    /** One record by its ledger key (for "send again"). */
    'panel.record': { request: { recordKey: string }; response: { record: FillRecord | null } };
    /** Every ledger entry, newest first, with what the record was. */
    'panel.ledger': { request: Record<string, never>; response: { entries: LedgerRow[] } };
    'panel.maps.list': { request: Record<string, never>; response: { maps: UserMap[] } };
    /** Validates and stores a user map (replacing one with the same id). */
    'panel.maps.save': { request: { json: unknown }; response: { map: FormMap } };
    'panel.maps.delete': { request: { id: string }; response: Record<string, never> };
    /** Makes sure the fill content script runs in a tab (a page opened before its site was granted). */
    'panel.prepareTab': { request: { tabId: number }; response: Record<string, never> };
  }
}
