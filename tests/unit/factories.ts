/**
 * Typed test data. Every factory returns a complete, valid record with fixed meta (timestamps,
 * device) and takes `Partial<T>` overrides, so a test states only what it is about. Ids are
 * UUIDv7-shaped, deterministic and increasing in the order records are made, so they pass `isId`
 * and sort like real ids; pass an `id` to refer to a record by a name you chose.
 */
import type { CurriculumSession, LocalText, QuizQuestion } from '../../shared/curriculum/types';
import type { Attendance, Group, Member, QuizAnswer, Region, RowMeta, Session } from '../../shared/model/types';

export const TEST_INSTANT = '2026-01-05T01:00:00.000Z';
export const TEST_DEVICE = 'device-test';

let sequence = 0;

/** A fresh deterministic id: `0194a000-0000-7000-8000-000000000001`, `…002`, … */
export function testId(): string {
  sequence += 1;
  return `0194a000-0000-7000-8000-${sequence.toString(16).padStart(12, '0')}`;
}

export function rowMeta(overrides: Partial<RowMeta> = {}): RowMeta {
  return { createdAt: TEST_INSTANT, updatedAt: TEST_INSTANT, deletedAt: null, deviceId: TEST_DEVICE, ...overrides };
}

/** Kab. Bogor, Kec. Cibinong (Kemendagri 32.01.01); the village is made up. */
export function makeRegion(overrides: Partial<Region> = {}): Region {
  return {
    provinceCode: '32',
    provinceName: 'Jawa Barat',
    regencyCode: '32.01',
    regencyName: 'Kabupaten Bogor',
    districtCode: '32.01.01',
    districtName: 'Cibinong',
    villageCode: '32.01.01.2001',
    villageName: 'Desa Contoh',
    ...overrides,
  };
}

export function makeGroup(overrides: Partial<Group> = {}): Group {
  return {
    id: testId(),
    ...rowMeta(),
    name: 'Kelompok Melati',
    region: makeRegion(),
    meetingPlace: 'Rumah Ibu Ketua',
    leaderName: 'Ibu Sari',
    facilitator: 'Pendamping Uji',
    archived: false,
    demo: false,
    ...overrides,
  };
}

let memberSerial = 0;

/**
 * An active family in group `group-1` unless told otherwise. Its NIK is valid: Cibinong (320101),
 * a woman born 7 Feb 1990 (day 07 + 40 = 47), with a serial that differs per member.
 */
export function makeMember(overrides: Partial<Member> = {}): Member {
  // 0001..9999, never the invalid 0000.
  const serial = String((memberSerial++ % 9999) + 1).padStart(4, '0');
  return {
    id: testId(),
    ...rowMeta(),
    groupId: 'group-1',
    nik: `320101470290${serial}`,
    kkNumber: `320101010110${serial}`,
    pkhId: `PKH-${serial}`,
    name: `Ibu Anggota ${serial}`,
    address: 'RT 01 RW 02',
    phone: '',
    components: { pregnant: false, toddlers: 1, school: { sd: 1, smp: 0, sma: 0 }, elderly: 0, severeDisability: 0 },
    active: true,
    ...overrides,
  };
}

/** A done regular meeting of `group-1` for `P2K2-01` on 2026-01-10. */
export function makeSession(overrides: Partial<Session> = {}): Session {
  return {
    id: testId(),
    ...rowMeta(),
    groupId: 'group-1',
    curriculumCode: 'P2K2-01',
    plannedDate: '2026-01-10',
    plannedTime: '09:00',
    place: 'Balai Desa',
    status: 'done',
    actualDate: null,
    startedAt: null,
    endedAt: null,
    notes: '',
    catchUpFor: [],
    ...overrides,
  };
}

export function makeAttendance(overrides: Partial<Attendance> = {}): Attendance {
  return { ...rowMeta(), sessionId: 'session-1', memberId: 'member-1', status: 'hadir', note: '', ...overrides };
}

export function makeQuizAnswer(overrides: Partial<QuizAnswer> = {}): QuizAnswer {
  return {
    ...rowMeta(),
    sessionId: 'session-1',
    memberId: 'member-1',
    questionId: 'q1',
    phase: 'post',
    answer: true,
    correct: true,
    ...overrides,
  };
}

const text = (value: string): LocalText => ({ id: value, en: value });

export function makeTrueFalseQuestion(id: string, answer: boolean): QuizQuestion {
  return { id, kind: 'truefalse', prompt: text(`Pernyataan ${id}`), answer };
}

export function makeChoiceQuestion(id: string, answer: number, options = 3): QuizQuestion {
  return {
    id,
    kind: 'choice',
    prompt: text(`Pertanyaan ${id}`),
    options: Array.from({ length: options }, (_, i) => text(`Pilihan ${i + 1}`)),
    answer,
  };
}

export function makeCurriculumSession(overrides: Partial<CurriculumSession> = {}): CurriculumSession {
  const code = overrides.code ?? 'P2K2-01';
  return {
    code,
    number: Number(code.replace(/\D/g, '')) || 1,
    moduleCode: 'P2K2-M1',
    title: text(`Sesi ${code}`),
    goals: [],
    steps: [],
    keyMessages: [],
    quiz: [],
    ...overrides,
  };
}
