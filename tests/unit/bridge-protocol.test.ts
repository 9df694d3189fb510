import { describe, expect, it } from 'vitest';
import {
  acceptFromApp,
  acceptFromExtension,
  BRIDGE_CHANNEL,
  BRIDGE_VERSION,
  type BridgePhoto,
  envelope,
  parseOffer,
  type WindowMessage,
} from '../../shared/bridge/bridge-protocol';
import { sessionOfRecordKey } from '../../shared/bridge/record-key';
import { AppError } from '../../shared/errors';
import { type SessionReportRecord, sampleRecord } from '../../shared/fill/fill-record';

const ORIGIN = 'https://lentera.example.org';

function from(data: unknown, overrides: Partial<WindowMessage> = {}): WindowMessage {
  return { data, origin: ORIGIN, fromSameWindow: true, ...overrides };
}

const report = sampleRecord('sessionReport') as SessionReportRecord;
const photo: BridgePhoto = {
  id: 'p1',
  sessionId: 's1',
  mimeType: 'image/jpeg',
  width: 600,
  height: 400,
  caption: 'Kegiatan',
  takenAt: '2026-11-29T03:00:00.000Z',
  data: '/9j/4AAQ',
};
const offer = { kind: 'records.offer', requestId: 'r1', records: [report], photos: [photo] };
const result = {
  id: '0194a000-0000-7000-8000-000000000001',
  recordKey: 'session:s1',
  mapId: 'mock-p2k2-laporan',
  portalOrigin: 'http://127.0.0.1:5174',
  status: 'sent',
  reference: 'LAP-2026-000123',
  error: '',
  at: '2026-11-29T04:00:00.000Z',
};

describe('the bridge window protocol', () => {
  it('accepts typed messages in both directions from this window and origin', () => {
    expect(
      acceptFromExtension(from(envelope('extension', { kind: 'records.request', requestId: 'r1' })), ORIGIN),
    ).toEqual({
      ok: true,
      message: { kind: 'records.request', requestId: 'r1' },
    });
    const report1 = acceptFromExtension(
      from(envelope('extension', { kind: 'results.report', requestId: 'r2', results: [result] })),
      ORIGIN,
    );
    expect(report1.ok).toBe(true);
    const accepted = acceptFromApp(from(envelope('app', offer)), ORIGIN);
    expect(accepted.ok && accepted.message.kind).toBe('records.offer');
    expect(acceptFromApp(from(envelope('app', { kind: 'results.ack', requestId: 'r2', stored: 1 })), ORIGIN).ok).toBe(
      true,
    );
  });

  it('ignores what is not ours: other channels, its own direction, non-objects', () => {
    const request = { kind: 'records.request', requestId: 'r1' };
    expect(acceptFromExtension(from('hello'), ORIGIN)).toMatchObject({ ok: false, reason: 'notOurs' });
    expect(acceptFromExtension(from({ ...envelope('extension', request), channel: 'other' }), ORIGIN)).toMatchObject({
      ok: false,
      reason: 'notOurs',
    });
    // The app must not take its own posts for the extension's (and the other way round).
    expect(acceptFromExtension(from(envelope('app', request)), ORIGIN)).toMatchObject({ ok: false, reason: 'notOurs' });
    expect(acceptFromApp(from(envelope('extension', offer)), ORIGIN)).toMatchObject({ ok: false, reason: 'notOurs' });
  });

  it('refuses another origin and messages from frames or other windows', () => {
    const message = envelope('extension', { kind: 'records.request', requestId: 'r1' });
    expect(acceptFromExtension(from(message, { origin: 'https://evil.example' }), ORIGIN)).toMatchObject({
      ok: false,
      reason: 'origin',
    });
    expect(acceptFromExtension(from(message, { fromSameWindow: false }), ORIGIN)).toMatchObject({
      ok: false,
      reason: 'origin',
    });
    expect(acceptFromApp(from(envelope('app', offer), { origin: 'null' }), ORIGIN)).toMatchObject({
      ok: false,
      reason: 'origin',
    });
  });

  it('refuses another protocol version', () => {
    const message = { channel: BRIDGE_CHANNEL, version: BRIDGE_VERSION + 1, from: 'app', message: offer };
    expect(acceptFromApp(from(message), ORIGIN)).toMatchObject({ ok: false, reason: 'version', detail: '2' });
  });

  it.each([
    ['an unknown kind', { kind: 'records.delete', requestId: 'r1' }],
    ['a bad request id', { kind: 'results.ack', requestId: 'r 1; drop', stored: 1 }],
    ['an extra key', { ...offer, script: 'alert(1)' }],
    ['a record that does not validate', { ...offer, records: [{ ...report, recordKey: 'session:other' }] }],
    ['a photo no record lists', { ...offer, photos: [{ ...photo, id: 'p-secret' }] }],
    ['a photo of another session', { ...offer, photos: [{ ...photo, sessionId: 's2' }] }],
    ['a photo that is not base64', { ...offer, photos: [{ ...photo, data: '<img src=x>' }] }],
    ['a photo of another type', { ...offer, photos: [{ ...photo, mimeType: 'text/html' }] }],
    ['a negative count', { kind: 'results.ack', requestId: 'r1', stored: -1 }],
  ])('refuses %s from the app', (_, message) => {
    expect(acceptFromApp(from(envelope('app', message)), ORIGIN)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('refuses a photo whose record lists it without consent', () => {
    const withheld = { ...report, photos: [{ ...report.photos[0], consent: false }] };
    expect(acceptFromApp(from(envelope('app', { ...offer, records: [withheld] })), ORIGIN)).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
  });

  it('refuses bad results from the extension', () => {
    const bad = [{ ...result, status: 'done' }];
    expect(
      acceptFromExtension(
        from(envelope('extension', { kind: 'results.report', requestId: 'r1', results: bad })),
        ORIGIN,
      ),
    ).toMatchObject({ ok: false, reason: 'invalid' });
    const late = [{ ...result, at: 'yesterday' }];
    expect(
      acceptFromExtension(
        from(envelope('extension', { kind: 'results.report', requestId: 'r1', results: late })),
        ORIGIN,
      ),
    ).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('checks a relayed offer again in the background, with an AppError', () => {
    expect(parseOffer(offer).records).toHaveLength(1);
    expect(() => parseOffer({ ...offer, photos: [{ ...photo, id: 'p-secret' }] })).toThrow(AppError);
    let caught: unknown = null;
    try {
      parseOffer({ ...offer, records: 'all' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ code: 'message.invalid' });
  });
});

describe('sessionOfRecordKey', () => {
  it('finds the session of every ledger key and nothing in anything else', () => {
    expect(sessionOfRecordKey('session:s1')).toBe('s1');
    expect(sessionOfRecordKey('attendance-table:s1')).toBe('s1');
    expect(sessionOfRecordKey('attendance:s1:m1')).toBe('s1');
    expect(sessionOfRecordKey('attendance:s1')).toBeNull();
    expect(sessionOfRecordKey('session:s1:x')).toBeNull();
    expect(sessionOfRecordKey('group:g1')).toBeNull();
    expect(sessionOfRecordKey('session:')).toBeNull();
  });
});
