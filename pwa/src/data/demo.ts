/**
 * The sample group a newcomer can explore before typing a roster. Every name is fictitious, the
 * group is marked `demo` and shows a SAMPLE tag, and `removeDemoData` deletes it with everything
 * hanging off it in one tap.
 */
import { newMeta, putRows, softDeleteRow, type WriteContext } from '../../../shared/db/write';
import type { Group, Member } from '../../../shared/model/types';

const CARERS = [
  'Siti Rahmawati',
  'Nur Aini',
  'Dewi Lestari',
  'Sri Wahyuni',
  'Ani Suryani',
  'Yuli Astuti',
  'Rina Marlina',
  'Tuti Handayani',
  'Euis Kurniasih',
  'Wati Susanti',
  'Lilis Suryati',
  'Iis Nurhayati',
  'Imas Rohimah',
  'Neneng Hasanah',
  'Rohaeti',
  'Enung Nurjanah',
  'Cucu Sumiati',
  'Ade Komariah',
  'Eti Rosmiati',
  'Popon Sopiah',
];

const REGION = {
  provinceCode: '32',
  provinceName: 'Jawa Barat',
  regencyCode: '32.01',
  regencyName: 'Kabupaten Bogor',
  districtCode: '32.01.01',
  districtName: 'Cibinong',
  villageCode: '32.01.01.2001',
  villageName: 'Pakansari',
};

/** A valid-looking NIK for a woman born in the 1980s–90s in Cibinong (day + 40). */
function demoNik(index: number): string {
  const day = 41 + (index % 28);
  const month = 1 + (index % 12);
  const year = 82 + (index % 15);
  return `320101${day}${String(month).padStart(2, '0')}${year}${String(1001 + index).padStart(4, '0')}`;
}

export async function createDemoGroup(ctx: WriteContext, facilitator: string): Promise<Group> {
  const group: Group = {
    ...newMeta(ctx),
    name: 'Kelompok Contoh Melati',
    region: REGION,
    meetingPlace: 'Rumah Ibu Ketua, RT 02/RW 05',
    leaderName: CARERS[0] ?? '',
    facilitator,
    archived: false,
    demo: true,
  };
  const members: Member[] = CARERS.map((name, index) => ({
    ...newMeta(ctx),
    groupId: group.id,
    nik: demoNik(index),
    kkNumber: `320101${String(2001000000 + index)}`,
    pkhId: `DEMO-${String(index + 1).padStart(4, '0')}`,
    name,
    address: `Kp. Pakansari RT 0${(index % 5) + 1}/RW 05`,
    phone: '',
    components: {
      pregnant: index % 7 === 0,
      toddlers: index % 3 === 0 ? 1 : 0,
      school: { sd: index % 2, smp: index % 4 === 1 ? 1 : 0, sma: 0 },
      elderly: index % 9 === 0 ? 1 : 0,
      severeDisability: 0,
    },
    active: true,
  }));
  await putRows(ctx, 'groups', [group]);
  await putRows(ctx, 'members', members);
  return group;
}

/** Deletes every demo group and what belongs to it (as tombstones, like any deletion). */
export async function removeDemoData(ctx: WriteContext): Promise<number> {
  const groups = (await ctx.db.groups.toArray()).filter((group) => group.demo && group.deletedAt === null);
  for (const group of groups) {
    const members = await ctx.db.members.where('groupId').equals(group.id).toArray();
    const sessions = await ctx.db.sessions.where('groupId').equals(group.id).toArray();
    const at = ctx.clock.now().toISOString();
    const gone = { deletedAt: at, updatedAt: at, deviceId: ctx.deviceId };
    await putRows(
      ctx,
      'members',
      members.filter((m) => m.deletedAt === null).map((m) => ({ ...m, ...gone })),
    );
    await putRows(
      ctx,
      'sessions',
      sessions.filter((s) => s.deletedAt === null).map((s) => ({ ...s, ...gone })),
    );
    await softDeleteRow(ctx, 'groups', group);
  }
  return groups.length;
}
