/**
 * Group and family commands against a real (fake-indexeddb) database: what is stored, what is
 * refused, and that refused or failed writes leave nothing behind.
 */
import { describe, expect, it } from 'vitest';
import { createDemoGroup, removeDemoData } from '../../pwa/src/data/demo';
import {
  checkGroupInput,
  EMPTY_GROUP_INPUT,
  normalizeVillageCode,
  saveGroup,
  setGroupArchived,
} from '../../pwa/src/data/groups';
import {
  EMPTY_MEMBER_DRAFT,
  importMembers,
  knownNiks,
  moveMember,
  saveMember,
  setMemberActive,
} from '../../pwa/src/data/members';
import { openDb } from '../../shared/db/database';
import { putRows, type WriteContext } from '../../shared/db/write';
import { AppError } from '../../shared/errors';
import type { Clock } from '../../shared/model/clock';
import { makeAttendance, makeGroup, makeMember, makeSession } from './factories';

const clock: Clock = { now: () => new Date('2026-03-15T02:00:00.000Z') };
const today = '2026-03-15';

async function context(): Promise<WriteContext> {
  return { db: await openDb(`groups-${Math.random()}`), deviceId: 'device-a', clock };
}

async function rejection(work: Promise<unknown>): Promise<AppError> {
  try {
    await work;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the work to fail');
}

const draft = (overrides: Partial<typeof EMPTY_MEMBER_DRAFT> = {}) => ({
  ...EMPTY_MEMBER_DRAFT,
  name: 'Siti Aminah',
  nik: '3201014101780001',
  ...overrides,
});

describe('groups', () => {
  it('stores a group with region codes taken from the village code', async () => {
    const ctx = await context();
    const group = await saveGroup(
      ctx,
      { ...EMPTY_GROUP_INPUT, name: ' Kelompok  Melati ', villageCode: '3201012001', villageName: 'Pakansari' },
      'Rina',
    );
    expect(await ctx.db.groups.get(group.id)).toMatchObject({
      name: 'Kelompok Melati',
      facilitator: 'Rina',
      archived: false,
      demo: false,
      region: { provinceCode: '32', regencyCode: '32.01', districtCode: '32.01.01', villageCode: '32.01.01.2001' },
    });
  });

  it('reports every bad field with its own message, and stores nothing', async () => {
    const ctx = await context();
    const { value, errors } = checkGroupInput({
      ...EMPTY_GROUP_INPUT,
      villageCode: '32.1.1',
      leaderName: 'x'.repeat(101),
    });
    expect(value).toBeNull();
    expect(errors).toEqual({
      name: { key: 'groups.error.nameRequired', values: {} },
      villageCode: { key: 'groups.error.villageCode', values: {} },
      leaderName: { key: 'groups.error.tooLong', values: { max: 100 } },
    });
    const error = await rejection(saveGroup(ctx, { ...EMPTY_GROUP_INPUT, villageCode: 'abc' }, 'Rina'));
    expect(error).toMatchObject({ code: 'input.invalid', details: { field: 'name' } });
    expect(await ctx.db.groups.count()).toBe(0);
  });

  it('normalises typed village codes', () => {
    expect(normalizeVillageCode('32 01 01 2001')).toBe('32.01.01.2001');
    expect(normalizeVillageCode('3201')).toBe('32.01');
    expect(normalizeVillageCode('32.01.01')).toBe('32.01.01');
    expect(normalizeVillageCode('320101200')).toBe('320101200');
    expect(normalizeVillageCode('32.1.1')).toBe('32.1.1');
  });

  it('archives and unarchives, keeping the group', async () => {
    const ctx = await context();
    const group = await saveGroup(ctx, { ...EMPTY_GROUP_INPUT, name: 'Melati' }, 'Rina');
    await setGroupArchived(ctx, group, true);
    expect((await ctx.db.groups.get(group.id))?.archived).toBe(true);
    const archived = await ctx.db.groups.get(group.id);
    if (archived) await setGroupArchived(ctx, archived, false);
    expect((await ctx.db.groups.get(group.id))?.archived).toBe(false);
  });
});

describe('families', () => {
  it('stores a family with its NIK normalised and logs the change', async () => {
    const ctx = await context();
    const { member } = await saveMember(ctx, 'g1', draft({ nik: ' 3201 0141 0178 0001 ' }), { today });
    expect(await ctx.db.members.get(member.id)).toMatchObject({
      groupId: 'g1',
      nik: '3201014101780001',
      name: 'Siti Aminah',
      active: true,
    });
    expect(await ctx.db.changes.where('[table+key]').equals(['members', member.id]).count()).toBe(1);
  });

  it('refuses a bad NIK and stores nothing', async () => {
    const ctx = await context();
    const error = await rejection(saveMember(ctx, 'g1', draft({ nik: '12345' }), { today }));
    expect(error).toMatchObject({ code: 'input.invalid', details: { field: 'nik' } });
    expect(await ctx.db.members.count()).toBe(0);
  });

  it('saves despite a NIK from another district, returning the warning', async () => {
    const ctx = await context();
    const { check } = await saveMember(ctx, 'g1', draft(), { today, expectedRegion: '32.01.02' });
    expect(check.warnings.map((warning) => warning.key)).toEqual(['nik.regionMismatch']);
    expect(await ctx.db.members.count()).toBe(1);
  });

  it('refuses a NIK another family holds, naming that family and its group', async () => {
    const ctx = await context();
    const group = makeGroup({ name: 'Kelompok Mawar' });
    await putRows(ctx, 'groups', [group]);
    await saveMember(ctx, group.id, draft({ name: 'Ibu Pertama' }), { today });
    const error = await rejection(saveMember(ctx, 'g2', draft({ name: 'Ibu Kedua' }), { today }));
    expect(error).toMatchObject({
      code: 'input.invalid',
      details: { field: 'nik', reason: 'duplicateNik', name: 'Ibu Pertama', group: 'Kelompok Mawar' },
    });
    expect(await ctx.db.members.count()).toBe(1);
  });

  it('lets a family keep its own NIK when edited, and frees the NIK of a deleted family', async () => {
    const ctx = await context();
    const { member } = await saveMember(ctx, 'g1', draft(), { today });
    await saveMember(ctx, 'g1', draft({ name: 'Siti A.' }), { today }, member);
    expect((await ctx.db.members.get(member.id))?.name).toBe('Siti A.');
    await putRows(ctx, 'members', [{ ...member, deletedAt: '2026-03-15T03:00:00.000Z' }]);
    await saveMember(ctx, 'g2', draft(), { today });
    expect(await ctx.db.members.count()).toBe(2);
  });

  it('moves a family to another group, and refuses a group that does not exist', async () => {
    const ctx = await context();
    const [from, to] = [makeGroup(), makeGroup({ name: 'Kelompok Anggrek' })];
    await putRows(ctx, 'groups', [from, to]);
    const member = makeMember({ groupId: from.id });
    await putRows(ctx, 'members', [member]);
    await moveMember(ctx, member, to.id);
    expect((await ctx.db.members.get(member.id))?.groupId).toBe(to.id);
    const error = await rejection(moveMember(ctx, member, 'nowhere'));
    expect(error.code).toBe('db.notFound');
    expect((await ctx.db.members.get(member.id))?.groupId).toBe(to.id);
  });

  it('deactivates and reactivates a family without deleting it', async () => {
    const ctx = await context();
    const member = makeMember();
    await putRows(ctx, 'members', [member]);
    const inactive = await setMemberActive(ctx, member, false);
    expect(await ctx.db.members.get(member.id)).toMatchObject({ active: false, deletedAt: null });
    await setMemberActive(ctx, inactive, true);
    expect((await ctx.db.members.get(member.id))?.active).toBe(true);
  });
});

describe('importMembers', () => {
  const family = (nik: string, name: string) => ({
    ...draft({ nik, name }),
    kkNumber: '',
    pkhId: '',
    address: '',
    phone: '',
  });

  it('writes every family in one go, with one change per row', async () => {
    const ctx = await context();
    const group = makeGroup();
    await putRows(ctx, 'groups', [group]);
    const added = await importMembers(ctx, group.id, [
      family('3201014101780001', 'A'),
      family('3201014202790002', 'B'),
    ]);
    expect(added).toBe(2);
    expect((await ctx.db.members.toArray()).map((m) => [m.name, m.groupId, m.active])).toEqual([
      ['A', group.id, true],
      ['B', group.id, true],
    ]);
    expect(await ctx.db.changes.where('table').equals('members').count()).toBe(2);
    expect([...(await knownNiks(ctx.db)).keys()]).toEqual(['3201014101780001', '3201014202790002']);
  });

  it('writes nothing at all when one NIK was registered meanwhile', async () => {
    const ctx = await context();
    const group = makeGroup();
    await putRows(ctx, 'groups', [group]);
    await saveMember(ctx, group.id, draft({ nik: '3201014202790002', name: 'Sudah Ada' }), { today });
    const error = await rejection(
      importMembers(ctx, group.id, [family('3201014101780001', 'A'), family('3201014202790002', 'B')]),
    );
    expect(error.details).toMatchObject({ reason: 'duplicateNik', nik: '3201014202790002', name: 'Sudah Ada' });
    expect((await ctx.db.members.toArray()).map((m) => m.name)).toEqual(['Sudah Ada']);
    expect(await ctx.db.changes.where('table').equals('members').count()).toBe(1);
  });

  it('refuses a group that is gone', async () => {
    const ctx = await context();
    const error = await rejection(importMembers(ctx, 'missing', [family('3201014101780001', 'A')]));
    expect(error.code).toBe('db.notFound');
    expect(await ctx.db.members.count()).toBe(0);
  });
});

describe('demo data', () => {
  it('removes the sample group and everything hanging off it, and nothing else', async () => {
    const ctx = await context();
    const demo = await createDemoGroup(ctx, 'Rina');
    const mine = makeGroup({ name: 'Kelompok Saya' });
    const myFamily = makeMember({ groupId: mine.id });
    const demoSession = makeSession({ groupId: demo.id });
    const demoMember = (await ctx.db.members.where('groupId').equals(demo.id).first()) ?? makeMember();
    await putRows(ctx, 'groups', [mine]);
    await putRows(ctx, 'members', [myFamily]);
    await putRows(ctx, 'sessions', [demoSession]);
    await putRows(ctx, 'attendance', [makeAttendance({ sessionId: demoSession.id, memberId: demoMember.id })]);

    expect(await removeDemoData(ctx)).toBe(1);
    expect((await ctx.db.groups.get(demo.id))?.deletedAt).not.toBeNull();
    expect((await ctx.db.members.where('groupId').equals(demo.id).toArray()).every((m) => m.deletedAt !== null)).toBe(
      true,
    );
    expect((await ctx.db.sessions.get(demoSession.id))?.deletedAt).not.toBeNull();
    expect((await ctx.db.attendance.toArray()).every((row) => row.deletedAt !== null)).toBe(true);
    expect((await ctx.db.groups.get(mine.id))?.deletedAt).toBeNull();
    expect((await ctx.db.members.get(myFamily.id))?.deletedAt).toBeNull();
    expect(await removeDemoData(ctx)).toBe(0);
  });

  it('changes nothing when the removal fails part-way', async () => {
    const ctx = await context();
    const demo = await createDemoGroup(ctx, 'Rina');
    const changesBefore = await ctx.db.changes.count();
    // Fail the last write of the transaction (the group's tombstone): the families must stay live too.
    const fail = () => {
      throw new Error('disk full');
    };
    ctx.db.groups.hook('updating', fail);
    await expect(removeDemoData(ctx)).rejects.toThrow();
    ctx.db.groups.hook('updating').unsubscribe(fail);
    expect((await ctx.db.groups.get(demo.id))?.deletedAt).toBeNull();
    expect((await ctx.db.members.where('groupId').equals(demo.id).toArray()).every((m) => m.deletedAt === null)).toBe(
      true,
    );
    expect(await ctx.db.changes.count()).toBe(changesBefore);
  });
});
