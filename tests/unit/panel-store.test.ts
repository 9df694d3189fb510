import { describe, expect, it } from 'vitest';
import { deleteUserMap, listUserMaps, mapIdFrom, saveUserMap } from '../../extension/src/background/maps-store';
import { loadRecords, readAppRecords, storeAppOffer } from '../../extension/src/background/records';
import type { RecordedField } from '../../extension/src/content/recorder-protocol';
import { draftToMap, guessValue, urlPatternOf } from '../../extension/src/sidepanel/recorded-map';
import { valueChoices } from '../../extension/src/sidepanel/value-choices';
import type { BridgePhoto } from '../../shared/bridge/bridge-protocol';
import { openDb } from '../../shared/db/database';
import { putRows, type WriteContext } from '../../shared/db/write';
import { AppError } from '../../shared/errors';
import { type SessionReportRecord, sampleRecord } from '../../shared/fill/fill-record';
import { parseFormMap } from '../../shared/fill/form-map-schema';
import { makeAttendance, makeGroup, makeMember, makeSession, TEST_DEVICE } from './factories';

async function context(): Promise<WriteContext> {
  const db = await openDb(`panel-store-${Math.random()}`);
  return { db, deviceId: TEST_DEVICE, clock: { now: () => new Date('2026-11-29T04:00:00.000Z') } };
}

const report = sampleRecord('sessionReport') as SessionReportRecord;
const photo: BridgePhoto = {
  id: 'p1',
  sessionId: 's1',
  mimeType: 'image/png',
  width: 1,
  height: 1,
  caption: 'Kegiatan',
  takenAt: '2026-11-29T03:00:00.000Z',
  data: 'iVBORw0KGgo=',
};

describe('records the app offered, kept in the extension', () => {
  it('stores records and photo bytes, then replaces what the same origin offered before', async () => {
    const ctx = await context();
    const other = { ...report, recordKey: 'session:s2', session: { ...report.session, id: 's2' }, photos: [] };
    expect(await storeAppOffer(ctx, 'https://app.example', { records: [report, other], photos: [photo] })).toEqual({
      records: 2,
      photos: 1,
    });
    const stored = await ctx.db.photos.get('p1');
    if (stored === undefined) throw new Error('photo not stored');
    expect(stored.consent).toBe(true);
    expect([...new Uint8Array(await stored.blob.arrayBuffer())].slice(0, 4)).toEqual([0x89, 0x50, 0x4e, 0x47]);

    await storeAppOffer(ctx, 'https://other.example', { records: [sampleRecord('attendanceTable')], photos: [] });
    await storeAppOffer(ctx, 'https://app.example', { records: [other], photos: [] });
    const kept = await readAppRecords(ctx.db);
    expect(kept.map((r) => [r.origin, r.record.recordKey]).sort()).toEqual([
      ['https://app.example', 'session:s2'],
      ['https://other.example', 'attendance-table:s1'],
    ]);
    ctx.db.close();
  });

  it('lists bundle-built and offered records together, the offered copy winning', async () => {
    const ctx = await context();
    const group = makeGroup({ id: 'g1' });
    const member = makeMember({ id: 'm1', groupId: 'g1' });
    await putRows(ctx, 'groups', [group]);
    await putRows(ctx, 'members', [member]);
    await putRows(ctx, 'sessions', [makeSession({ id: 's1', groupId: 'g1', curriculumCode: 'P2K2-05' })]);
    await putRows(ctx, 'attendance', [makeAttendance({ sessionId: 's1', memberId: 'm1' })]);
    const offered = { ...report, session: { ...report.session, notes: 'dari aplikasi' } };
    await storeAppOffer(ctx, 'https://app.example', { records: [offered], photos: [] });
    const { records } = await loadRecords(ctx.db);
    const byKey = new Map(records.map((r) => [r.record.recordKey, r]));
    expect(byKey.get('session:s1')?.source).toBe('app');
    expect(byKey.get('session:s1')?.record.session.notes).toBe('dari aplikasi');
    expect(byKey.get('attendance-table:s1')?.source).toBe('bundle');
    expect(byKey.get('attendance:s1:m1')?.source).toBe('bundle');
    ctx.db.close();
  });
});

function field(overrides: Partial<RecordedField>): RecordedField {
  return {
    tag: 'input',
    type: 'text',
    label: 'Tempat',
    name: 'tempat',
    id: 'tempat',
    placeholder: '',
    options: [],
    select2: false,
    suggestedKind: 'fill',
    target: [{ label: 'Tempat' }, { name: 'tempat' }, { id: 'tempat' }, { css: '#tempat' }],
    ...overrides,
  };
}

describe('maps the user made', () => {
  it('turns recorded picks into a map that parses, guessing values from labels', () => {
    const choices = new Set(valueChoices('sessionReport').map((c) => c.template));
    const tanggal = field({
      label: 'Tanggal Pertemuan',
      name: 'tanggal_pertemuan',
      target: [{ label: 'Tanggal Pertemuan' }],
    });
    const sesi = field({
      tag: 'select',
      label: 'Modul/Sesi',
      select2: true,
      suggestedKind: 'select',
      target: [{ name: 'sesi_id' }],
    });
    const simpan = field({
      tag: 'button',
      type: 'submit',
      label: 'Simpan',
      suggestedKind: 'submit',
      target: [{ label: 'Simpan' }],
    });
    expect(guessValue(tanggal, 'fill', choices)).toEqual({
      mode: 'template',
      template: '{{session.actualDate | dd/MM/yyyy}}',
    });
    expect(guessValue(field({}), 'fill', choices)).toEqual({ mode: 'template', template: '{{session.place}}' });
    expect(guessValue(field({ label: 'Pendamping', name: 'pemateri' }), 'fill', choices)).toEqual({
      mode: 'template',
      template: '{{facilitator.name}}',
    });
    const json = draftToMap({
      id: 'peta-laporan',
      name: 'Laporan saya',
      urlPattern: urlPatternOf('http://127.0.0.1:5174/p2k2/laporan/baru?x=1'),
      recordKind: 'sessionReport',
      steps: [
        { uid: 1, field: tanggal, kind: 'fill', value: guessValue(tanggal, 'fill', choices) },
        { uid: 2, field: sesi, kind: 'select', value: { mode: 'fixed', text: '5' } },
        { uid: 3, field: simpan, kind: 'submit', value: { mode: 'none' } },
      ],
      successText: 'berhasil disimpan',
      referencePattern: 'Nomor referensi: (\\S+)',
    });
    const map = parseFormMap(json);
    expect(map.appliesTo.urlPatterns).toEqual(['http://127.0.0.1:5174/p2k2/laporan/baru*']);
    expect(map.steps.map((s) => s.kind)).toEqual(['fill', 'select', 'submit']);
    expect(map.steps[1]).toMatchObject({ mode: 'select2', value: '5', field: 'Modul/Sesi' });
    expect(map.success).toEqual({ textContains: 'berhasil disimpan', referencePattern: 'Nomor referensi: (\\S+)' });
  });

  it('offers only the paths a record kind has, in friendly words first', () => {
    const report1 = valueChoices('sessionReport');
    expect(report1[0]).toMatchObject({ template: '{{session.actualDate | dd/MM/yyyy}}', key: 'panel.value.dateSlash' });
    expect(report1.some((c) => c.path.startsWith('member.'))).toBe(false);
    expect(report1.some((c) => c.template === '{{counts.hadir}}')).toBe(true);
    const one = valueChoices('memberAttendance');
    expect(one.some((c) => c.template === '{{member.nik}}')).toBe(true);
    expect(one.some((c) => c.path.startsWith('counts.'))).toBe(false);
  });

  it('saves, replaces by id, refuses an invalid map without writing, and deletes', async () => {
    const ctx = await context();
    const json = draftToMap({
      id: 'peta-saya',
      name: 'Peta saya',
      urlPattern: 'https://portal.example/*',
      recordKind: 'sessionReport',
      steps: [{ uid: 1, field: field({}), kind: 'fill', value: { mode: 'template', template: '{{session.place}}' } }],
      successText: '',
      referencePattern: '',
    });
    await saveUserMap(ctx, json);
    await saveUserMap(ctx, { ...json, name: 'Peta saya (baru)' });
    const listed = await listUserMaps(ctx.db);
    expect(listed.map((m) => [m.id, m.name, m.map?.name])).toEqual([
      ['peta-saya', 'Peta saya (baru)', 'Peta saya (baru)'],
    ]);

    const bad = { ...json, id: 'rusak', steps: [{ kind: 'fill', field: 'X', target: [], value: '' }] };
    await expect(saveUserMap(ctx, bad)).rejects.toMatchObject({
      code: 'formMap.invalid',
      details: { path: 'steps[0].target' },
    });
    expect(await ctx.db.formMaps.get('rusak')).toBeUndefined();

    await deleteUserMap(ctx, 'peta-saya');
    expect(await listUserMaps(ctx.db)).toEqual([]);
    await expect(deleteUserMap(ctx, 'peta-saya')).rejects.toBeInstanceOf(AppError);
    ctx.db.close();
  });

  it('makes a free id from a name', () => {
    expect(mapIdFrom('Formulir 127.0.0.1:5174 — Laporan', new Set())).toBe('formulir-127-0-0-1-5174-laporan');
    expect(mapIdFrom('Peta', new Set(['peta', 'peta-2']))).toBe('peta-3');
    expect(mapIdFrom('***', new Set())).toBe('peta');
  });
});
