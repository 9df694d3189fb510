/**
 * The seeded data generator: facilitators with their groups, families, five years of monthly
 * meetings, catch-ups and attendance, in the exact shapes of shared/model/types.ts (meta included).
 *
 * Deterministic: the same `seed` and `today` give byte-for-byte the same rows, so every benchmark
 * run measures the same database. Facilitators are generated one at a time (each from its own
 * seed stream) so a caller can write them in batches without holding 1.8 million rows at once.
 *
 * Shape of one facilitator (the defaults): 10 groups of 30 families; each group meets once a month
 * (regular session, every family expected and marked: ~85 % hadir, the rest izin/sakit/alpa or
 * unmarked); twice a year a catch-up session for about 3 families who missed; 3 % of families
 * have left the programme (inactive) but keep their history. 100 such facilitators over 5 years
 * are the supervisor's 30,000 families, 70,000 sessions and ~1.8 million attendance rows.
 */
import { addDays } from '../../shared/model/clock';
import type {
  Attendance,
  AttendanceStatus,
  Group,
  LocalDate,
  Member,
  Session,
  SessionStatus,
} from '../../shared/model/types';
import { DISTRICTS, FIRST_NAMES, GROUP_WORDS, LAST_NAMES, STREETS, VILLAGE_WORDS } from './names';
import { childSeed, createPrng, type Prng, seededId } from './prng';

export interface Scale {
  readonly seed: number;
  readonly facilitators: number;
  readonly groupsPerFacilitator: number;
  readonly familiesPerGroup: number;
  /** Families in facilitator 0's first group (the group whose attendance screen is measured). */
  readonly firstGroupFamilies: number;
  readonly years: number;
  readonly catchUpsPerGroupYear: number;
  /** The last day of the history; the current month holds planned sessions. */
  readonly today: LocalDate;
}

export const FACILITATOR_SCALE: Omit<Scale, 'today'> = {
  seed: 20260101,
  facilitators: 1,
  groupsPerFacilitator: 10,
  familiesPerGroup: 25,
  firstGroupFamilies: 30,
  years: 5,
  catchUpsPerGroupYear: 0,
};

export const SUPERVISOR_SCALE: Omit<Scale, 'today'> = {
  seed: 20260102,
  facilitators: 100,
  groupsPerFacilitator: 10,
  familiesPerGroup: 30,
  firstGroupFamilies: 30,
  years: 5,
  catchUpsPerGroupYear: 2,
};

export interface FacilitatorRows {
  readonly groups: Group[];
  readonly members: Member[];
  readonly sessions: Session[];
  readonly attendance: Attendance[];
  /** Facilitator 0 only: today's running session of group 0 (the attendance screen) and a planned one. */
  readonly todayRunningId: string | null;
  readonly todayPlannedId: string | null;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** 09:00 WIB (UTC+7) on a local date, as an instant in ms. */
function morningMs(date: LocalDate, minutes = 0): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y ?? 2000, (m ?? 1) - 1, d ?? 1, 2, minutes);
}

function monthsBack(today: LocalDate, count: number): { year: number; month: number }[] {
  const [y, m] = today.split('-').map(Number);
  const months: { year: number; month: number }[] = [];
  for (let back = count; back >= 1; back--) {
    const index = (y ?? 2000) * 12 + ((m ?? 1) - 1) - back;
    months.push({ year: Math.floor(index / 12), month: (index % 12) + 1 });
  }
  return months;
}

function statusFor(prng: Prng, reliability: number): AttendanceStatus | null {
  if (prng.chance(0.02)) return null;
  if (prng.next() < reliability) return 'hadir';
  const r = prng.next();
  return r < 0.3 ? 'izin' : r < 0.6 ? 'sakit' : 'alpa';
}

function makeNik(prng: Prng, districtCode: string, serial: number): string {
  const day = prng.int(1, 28) + 40; // the carers are women: day of birth + 40
  const month = prng.int(1, 12);
  const year = prng.int(65, 99);
  return `${districtCode.replaceAll('.', '')}${pad(day)}${pad(month)}${pad(year)}${pad((serial % 9999) + 1, 4)}`;
}

export function generateFacilitator(scale: Scale, f: number): FacilitatorRows {
  const prng = createPrng(childSeed(scale.seed, f));
  const deviceId = seededId(prng, Date.UTC(2020, 0, 1) + f);
  const facilitatorName = `${prng.pick(FIRST_NAMES)} ${prng.pick(LAST_NAMES)} (Pendamping ${f + 1})`;
  const months = monthsBack(scale.today, scale.years * 12);
  const firstMonth = months[0] ?? { year: 2020, month: 1 };
  const startMs = Date.UTC(firstMonth.year, firstMonth.month - 1, 1);
  const meta = (ms: number) => {
    const at = new Date(ms).toISOString();
    return { createdAt: at, updatedAt: at, deletedAt: null, deviceId };
  };
  const rows: FacilitatorRows = {
    groups: [],
    members: [],
    sessions: [],
    attendance: [],
    todayRunningId: null,
    todayPlannedId: null,
  };
  let todayRunningId: string | null = null;
  let todayPlannedId: string | null = null;

  for (let g = 0; g < scale.groupsPerFacilitator; g++) {
    const district = DISTRICTS[(f + g) % DISTRICTS.length] ?? DISTRICTS[0];
    const villageNo = 2001 + ((f * 7 + g) % 30);
    const groupMs = startMs - 86_400_000 * (30 - g);
    const groupId = seededId(prng, groupMs);
    const families = f === 0 && g === 0 ? scale.firstGroupFamilies : scale.familiesPerGroup;
    const members: Member[] = [];
    const reliability = new Map<string, number>();
    for (let i = 0; i < families; i++) {
      const id = seededId(prng, groupMs + i + 1);
      const name = `${prng.pick(FIRST_NAMES)} ${prng.pick(LAST_NAMES)}`;
      const serial = f * 1000 + g * 100 + i;
      const member: Member = {
        id,
        ...meta(groupMs + i + 1),
        groupId,
        nik: makeNik(prng, district.code, serial),
        kkNumber: `${district.code.replaceAll('.', '')}${pad(prng.int(1, 28))}${pad(prng.int(1, 12))}${pad(prng.int(10, 24))}${pad(prng.int(1, 9999), 4)}`,
        pkhId: `PKH-${pad(f, 3)}-${pad(g, 2)}-${pad(i, 3)}`,
        name,
        address: `${prng.pick(STREETS)} No. ${prng.int(1, 120)}, RT ${pad(prng.int(1, 9), 2)} RW ${pad(prng.int(1, 12), 2)}`,
        phone: prng.chance(0.6) ? `08${prng.int(11, 99)}${prng.int(1000_0000, 9999_9999)}` : '',
        components: {
          pregnant: prng.chance(0.08),
          toddlers: prng.int(0, 2),
          school: { sd: prng.int(0, 2), smp: prng.int(0, 1), sma: prng.int(0, 1) },
          elderly: prng.chance(0.15) ? 1 : 0,
          severeDisability: prng.chance(0.03) ? 1 : 0,
        },
        active: !prng.chance(0.03),
      };
      members.push(member);
      reliability.set(id, 0.7 + prng.next() * 0.28);
    }
    rows.members.push(...members);
    const leader = members[0]?.name ?? 'Ketua';
    rows.groups.push({
      id: groupId,
      ...meta(groupMs),
      name: `Kelompok ${GROUP_WORDS[g % GROUP_WORDS.length]} ${f * scale.groupsPerFacilitator + g + 1}`,
      region: {
        provinceCode: '32',
        provinceName: 'Jawa Barat',
        regencyCode: '32.01',
        regencyName: 'Kabupaten Bogor',
        districtCode: district.code,
        districtName: district.name,
        villageCode: `${district.code}.${villageNo}`,
        villageName: `${prng.pick(VILLAGE_WORDS)} ${villageNo - 2000}`,
      },
      meetingPlace: `Rumah Ibu ${leader}`,
      leaderName: leader,
      facilitator: facilitatorName,
      archived: false,
      demo: false,
    });

    const meetingDay = 2 + ((f * 7 + g * 3) % 25);
    for (const [k, { year, month }] of months.entries()) {
      const date = `${year}-${pad(month)}-${pad(meetingDay)}`;
      const code = `P2K2-${pad(((k + g) % 14) + 1)}`;
      const ms = morningMs(date);
      const sessionId = seededId(prng, ms);
      rows.sessions.push(doneSession(sessionId, meta(ms - 7 * 86_400_000), groupId, code, date, ms, []));
      for (const member of members) {
        const status = statusFor(prng, reliability.get(member.id) ?? 0.85);
        if (status === null) continue;
        rows.attendance.push({
          ...meta(ms + 600_000 + prng.int(0, 1_800_000)),
          sessionId,
          memberId: member.id,
          status,
          note: status === 'sakit' && prng.chance(0.3) ? 'Anak sakit demam' : '',
        });
      }
      // Catch-ups: spread over the year, a week after the regular meeting, for ~3 families.
      const perYear = scale.catchUpsPerGroupYear;
      if (perYear > 0 && k % Math.floor(12 / perYear) === Math.floor(6 / perYear)) {
        const catchUpDate = addDays(date, 7);
        const catchUpMs = morningMs(catchUpDate, 30);
        const listed = [prng.pick(members), prng.pick(members), prng.pick(members)]
          .filter((m, i, all) => all.indexOf(m) === i)
          .map((m) => m.id);
        const catchUpId = seededId(prng, catchUpMs);
        rows.sessions.push(
          doneSession(catchUpId, meta(ms), groupId, code, catchUpDate, catchUpMs, listed, `Rumah Ibu ${leader}`),
        );
        for (const memberId of listed) {
          rows.attendance.push({
            ...meta(catchUpMs + 600_000),
            sessionId: catchUpId,
            memberId,
            status: prng.chance(0.9) ? 'hadir' : 'alpa',
            note: '',
          });
        }
      }
    }

    // This month's meeting: planned (facilitator 0's first two groups meet today).
    const todayGroup = f === 0 && g < 2;
    const date = todayGroup ? scale.today : `${scale.today.slice(0, 7)}-${pad(meetingDay)}`;
    const ms = morningMs(date);
    const id = seededId(prng, ms);
    const status: SessionStatus = f === 0 && g === 0 ? 'running' : 'planned';
    rows.sessions.push({
      id,
      ...meta(ms - 7 * 86_400_000),
      groupId,
      curriculumCode: `P2K2-${pad(((months.length + g) % 14) + 1)}`,
      plannedDate: date,
      plannedTime: '09:00',
      place: `Rumah Ibu ${leader}`,
      status,
      actualDate: status === 'running' ? date : null,
      startedAt: status === 'running' ? new Date(ms).toISOString() : null,
      endedAt: null,
      notes: '',
      catchUpFor: [],
    });
    if (todayGroup && g === 0) todayRunningId = id;
    if (todayGroup && g === 1) todayPlannedId = id;
  }
  return { ...rows, todayRunningId, todayPlannedId };
}

function doneSession(
  id: string,
  meta: Pick<Session, 'createdAt' | 'updatedAt' | 'deletedAt' | 'deviceId'>,
  groupId: string,
  code: string,
  date: LocalDate,
  ms: number,
  catchUpFor: readonly string[],
  place = 'Balai Desa',
): Session {
  return {
    id,
    ...meta,
    groupId,
    curriculumCode: code,
    plannedDate: date,
    plannedTime: '09:00',
    place,
    status: 'done',
    actualDate: date,
    startedAt: new Date(ms).toISOString(),
    endedAt: new Date(ms + 7_200_000).toISOString(),
    notes: 'Sesi berjalan lancar; peserta aktif berdiskusi.',
    catchUpFor,
  };
}
