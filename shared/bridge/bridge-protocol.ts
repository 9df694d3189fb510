/**
 * The bridge between the Lentera app (the PWA, a web page) and the extension's bridge content
 * script on the app's origin: typed messages through `window.postMessage`, same window only.
 *
 * Rules both sides enforce:
 * - a message is only looked at when it comes from the same window (`event.source === window`)
 *   and the page's own origin, and carries `channel: 'lentera-bridge'`; anything else on the page's
 *   message bus is not ours and is ignored;
 * - `version` must be `BRIDGE_VERSION`; a different one is refused with `version` so the user can
 *   be told to update the app or the extension;
 * - every payload is validated with the schemas below before use (records with `fillRecordSchema`,
 *   photos only when a record lists them with consent), never trusted because of who sent it.
 *
 * Flow: the extension asks `records.request`; the app answers `records.offer` with its ready
 * records and their consented photos (base64). After each fill the extension sends
 * `results.report` with ledger entries; the app stores them and answers `results.ack`. Either side
 * may answer a request with `error`. `hello` lets each side learn the other is there.
 */
import * as v from 'valibot';
import { AppError, ERROR_CODES, type ErrorData } from '../errors';
import { type FillRecord, fillRecordSchema } from '../fill/fill-record';
import type { FillResult } from '../model/types';

export const BRIDGE_CHANNEL = 'lentera-bridge';
export const BRIDGE_VERSION = 1;

/** Bounds that keep one offer well inside the extension's 64 MiB message limit. */
export const BRIDGE_LIMITS = {
  records: 5_000,
  photos: 500,
  /** Base64 characters of one photo (~3 MB of image). */
  photoChars: 4_000_000,
  /** Base64 characters of all photos of one offer (~36 MB). */
  totalPhotoChars: 48_000_000,
  results: 10_000,
} as const;

export const BRIDGE_PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

/** A consented photo of a session, as bytes in base64. */
export interface BridgePhoto {
  readonly id: string;
  readonly sessionId: string;
  readonly mimeType: (typeof BRIDGE_PHOTO_TYPES)[number];
  readonly width: number;
  readonly height: number;
  readonly caption: string;
  readonly takenAt: string;
  readonly data: string;
}

/** One ledger entry reported back to the app: what happened to one record on the portal. */
export interface BridgeResult {
  /** The extension's ledger entry id; the app keeps it, so a repeated report overwrites. */
  readonly id: string;
  readonly recordKey: string;
  readonly mapId: string;
  readonly portalOrigin: string;
  readonly status: FillResult;
  readonly reference: string;
  readonly error: string;
  readonly at: string;
}

export type ExtensionToApp =
  | { readonly kind: 'hello' }
  | { readonly kind: 'records.request'; readonly requestId: string }
  | { readonly kind: 'results.report'; readonly requestId: string; readonly results: readonly BridgeResult[] };

export type AppToExtension =
  | { readonly kind: 'hello'; readonly appVersion: string }
  | {
      readonly kind: 'records.offer';
      readonly requestId: string;
      readonly records: readonly FillRecord[];
      readonly photos: readonly BridgePhoto[];
    }
  | { readonly kind: 'results.ack'; readonly requestId: string; readonly stored: number }
  | { readonly kind: 'error'; readonly requestId: string; readonly error: ErrorData };

export type BridgeSide = 'extension' | 'app';

export interface BridgeEnvelope<M> {
  readonly channel: typeof BRIDGE_CHANNEL;
  readonly version: number;
  readonly from: BridgeSide;
  readonly message: M;
}

const id = v.pipe(v.string(), v.nonEmpty(), v.maxLength(200));
const requestId = v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/));
const short = v.pipe(v.string(), v.maxLength(2_000));
const instant = v.pipe(v.string(), v.isoTimestamp());
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

const photoSchema = v.strictObject({
  id,
  sessionId: id,
  mimeType: v.picklist(BRIDGE_PHOTO_TYPES),
  width: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20_000)),
  height: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20_000)),
  caption: short,
  takenAt: instant,
  data: v.pipe(
    v.string(),
    v.nonEmpty(),
    v.maxLength(BRIDGE_LIMITS.photoChars),
    v.check((s) => s.length % 4 === 0 && BASE64.test(s), 'not base64'),
  ),
});

const resultSchema = v.strictObject({
  id,
  recordKey: id,
  mapId: id,
  portalOrigin: short,
  status: v.picklist(['sent', 'filled', 'failed', 'skipped']),
  reference: short,
  error: short,
  at: instant,
});

const errorDataSchema = v.strictObject({
  code: v.picklist(ERROR_CODES),
  details: v.pipe(
    v.record(v.pipe(v.string(), v.maxLength(100)), v.union([short, v.number()])),
    v.check((d) => Object.keys(d).length <= 20, 'too many details'),
  ),
});

const offerSchema = v.pipe(
  v.strictObject({
    kind: v.literal('records.offer'),
    requestId,
    records: v.pipe(v.array(fillRecordSchema), v.maxLength(BRIDGE_LIMITS.records)),
    photos: v.pipe(v.array(photoSchema), v.maxLength(BRIDGE_LIMITS.photos)),
  }),
  v.check(
    (offer) => offer.photos.reduce((sum, p) => sum + p.data.length, 0) <= BRIDGE_LIMITS.totalPhotoChars,
    'photos too large',
  ),
  v.check((offer) => photosAreListed(offer.records, offer.photos), 'a photo no record lists with consent'),
);

const fromAppSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('hello'), appVersion: v.pipe(v.string(), v.maxLength(40)) }),
  offerSchema,
  v.strictObject({
    kind: v.literal('results.ack'),
    requestId,
    stored: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  v.strictObject({ kind: v.literal('error'), requestId, error: errorDataSchema }),
]);

const fromExtensionSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('hello') }),
  v.strictObject({ kind: v.literal('records.request'), requestId }),
  v.strictObject({
    kind: v.literal('results.report'),
    requestId,
    results: v.pipe(v.array(resultSchema), v.maxLength(BRIDGE_LIMITS.results)),
  }),
]);

/** Every photo offered must be a consented photo of a session report in the same offer. */
function photosAreListed(records: readonly FillRecord[], photos: readonly BridgePhoto[]): boolean {
  const listed = new Set<string>();
  for (const record of records) {
    if (record.kind !== 'sessionReport') continue;
    for (const photo of record.photos) if (photo.consent) listed.add(`${record.session.id}|${photo.id}`);
  }
  return photos.every((photo) => listed.has(`${photo.sessionId}|${photo.id}`));
}

/** The parts of a `MessageEvent` the check needs; kept DOM-free so the core stays portable. */
export interface WindowMessage {
  readonly data: unknown;
  readonly origin: string;
  /** `event.source === window`: posted by this very window, not a frame, opener or popup. */
  readonly fromSameWindow: boolean;
}

export type BridgeRefusal = 'notOurs' | 'origin' | 'version' | 'invalid';

export type Accepted<M> =
  | { readonly ok: true; readonly message: M }
  | { readonly ok: false; readonly reason: BridgeRefusal; readonly detail: string };

function accept<M>(
  event: WindowMessage,
  expectedOrigin: string,
  from: BridgeSide,
  schema: v.GenericSchema<unknown, M>,
): Accepted<M> {
  const data = event.data;
  if (typeof data !== 'object' || data === null) return { ok: false, reason: 'notOurs', detail: 'not an object' };
  const envelope = data as Partial<BridgeEnvelope<unknown>>;
  if (envelope.channel !== BRIDGE_CHANNEL || envelope.from !== from) {
    return { ok: false, reason: 'notOurs', detail: 'other channel or direction' };
  }
  if (!event.fromSameWindow || event.origin !== expectedOrigin) {
    return { ok: false, reason: 'origin', detail: event.origin.slice(0, 200) };
  }
  if (envelope.version !== BRIDGE_VERSION) {
    return { ok: false, reason: 'version', detail: String(envelope.version).slice(0, 20) };
  }
  const parsed = v.safeParse(schema, envelope.message);
  if (!parsed.success) {
    const [issue] = parsed.issues;
    const path = (issue?.path ?? []).map((p) => String(p.key)).join('.');
    return { ok: false, reason: 'invalid', detail: `${path || '(message)'}: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, message: parsed.output };
}

/** What the extension's content script accepts from the app page. */
export function acceptFromApp(event: WindowMessage, expectedOrigin: string): Accepted<AppToExtension> {
  return accept(event, expectedOrigin, 'app', fromAppSchema as v.GenericSchema<unknown, AppToExtension>);
}

/** What the app accepts from the extension's content script. */
export function acceptFromExtension(event: WindowMessage, expectedOrigin: string): Accepted<ExtensionToApp> {
  return accept(event, expectedOrigin, 'extension', fromExtensionSchema as v.GenericSchema<unknown, ExtensionToApp>);
}

export type RecordsOffer = Extract<AppToExtension, { kind: 'records.offer' }>;

/** A record offer relayed by the content script, checked again by the background. */
export function parseOffer(value: unknown): RecordsOffer {
  const parsed = v.safeParse(offerSchema, value);
  if (!parsed.success) {
    const [issue] = parsed.issues;
    const path = (issue?.path ?? []).map((p) => String(p.key)).join('.');
    throw new AppError('message.invalid', { detail: `${path || 'offer'}: ${issue?.message ?? 'invalid'}` });
  }
  return parsed.output;
}

export function envelope<M>(from: BridgeSide, message: M): BridgeEnvelope<M> {
  return { channel: BRIDGE_CHANNEL, version: BRIDGE_VERSION, from, message };
}

/** A fresh request id; not a secret, only to pair a reply with its request. */
export function newRequestId(random: () => number = Math.random): string {
  return `r${Date.now().toString(36)}-${Math.floor(random() * 2 ** 32).toString(36)}`;
}
