/**
 * The sample group a newcomer can explore before typing a roster. Every name is fictitious, the
 * group is marked `demo` and shows a SAMPLE tag, and `removeDemoData` deletes it with everything
 * hanging off it in one tap.
 */
import { newMeta, putRows, type WriteContext } from '../../../shared/db/write';
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
  // One transaction: a half-made sample group (a group without its families) never exists.
  await ctx.db.transaction('rw', [ctx.db.groups, ctx.db.members, ctx.db.changes], async () => {
    await putRows(ctx, 'groups', [group]);
    await putRows(ctx, 'members', members);
  });
  return group;
}

/**
 * Deletes every demo group and everything hanging off it (families, sessions and their
 * attendance, checklist ticks, quiz answers and photos) as tombstones, like any deletion, in ONE
 * transaction: either all the sample data goes, or — on a failure — nothing does.
 */
export async function removeDemoData(ctx: WriteContext): Promise<number> {
  const { db } = ctx;
  const tables = [
    db.groups,
    db.members,
    db.sessions,
    db.attendance,
    db.checklist,
    db.quizAnswers,
    db.photos,
    db.changes,
  ];
  return db.transaction('rw', tables, async () => {
    const groups = (await db.groups.toArray()).filter((group) => group.demo && group.deletedAt === null);
    if (groups.length === 0) return 0;
    const groupIds = groups.map((group) => group.id);
    const at = ctx.clock.now().toISOString();
    const gone = { deletedAt: at, updatedAt: at, deviceId: ctx.deviceId };
    const live = <T extends { deletedAt: string | null }>(rows: readonly T[]): T[] =>
      rows.filter((row) => row.deletedAt === null);
    const sessions = live(await db.sessions.where('groupId').anyOf(groupIds).toArray());
    const sessionIds = sessions.map((session) => session.id);
    const members = live(await db.members.where('groupId').anyOf(groupIds).toArray());
    const attendance = live(await db.attendance.where('sessionId').anyOf(sessionIds).toArray());
    const checklist = live(await db.checklist.where('sessionId').anyOf(sessionIds).toArray());
    const quizAnswers = live(await db.quizAnswers.where('sessionId').anyOf(sessionIds).toArray());
    const photos = live(await db.photos.where('sessionId').anyOf(sessionIds).toArray());
    await putRows(
      ctx,
      'attendance',
      attendance.map((row) => ({ ...row, ...gone })),
    );
    await putRows(
      ctx,
      'checklist',
      checklist.map((row) => ({ ...row, ...gone })),
    );
    await putRows(
      ctx,
      'quizAnswers',
      quizAnswers.map((row) => ({ ...row, ...gone })),
    );
    await putRows(
      ctx,
      'photos',
      photos.map((row) => ({ ...row, ...gone })),
    );
    await putRows(
      ctx,
      'sessions',
      sessions.map((row) => ({ ...row, ...gone })),
    );
    await putRows(
      ctx,
      'members',
      members.map((row) => ({ ...row, ...gone })),
    );
    await putRows(
      ctx,
      'groups',
      groups.map((row) => ({ ...row, ...gone })),
    );
    return groups.length;
  });
}
