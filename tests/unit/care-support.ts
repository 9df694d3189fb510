/** Typed test data for the care tests: cases, case entries and observations with `Partial` overrides. */
import type { CaseEntry, CaseRecord, Observation, ObservationScore } from '../../shared/model/supervision';
import { rowMeta, testId } from './factories';

export function makeCase(overrides: Partial<CaseRecord> = {}): CaseRecord {
  return {
    id: testId(),
    ...rowMeta(),
    family: { memberId: null, name: 'Ibu Sari', nik: '', pkhId: '', address: '' },
    title: 'Anak putus sekolah',
    openedDate: '2026-03-02',
    status: 'open',
    assessment: { bio: '', psycho: '', social: '', needs: [] },
    closedDate: null,
    outcome: '',
    worker: 'Peksos Uji',
    ...overrides,
  };
}

export function makeEntry(overrides: Partial<CaseEntry> = {}): CaseEntry {
  return {
    id: testId(),
    ...rowMeta(),
    caseId: 'case-1',
    kind: 'action',
    text: 'Kunjungi sekolah',
    service: null,
    status: 'planned',
    dueDate: null,
    doneDate: null,
    notes: '',
    ...overrides,
  };
}

/** Scores for items `a`, `b`, `c`… in order; `null` is "not observed". */
export function scores(...values: readonly (1 | 2 | 3 | 4 | null)[]): ObservationScore[] {
  return values.map((score, i) => {
    const itemId = String.fromCharCode(97 + i);
    return { itemId, label: `Butir ${itemId}`, score, note: '' };
  });
}

export function makeObservation(overrides: Partial<Observation> = {}): Observation {
  return {
    id: testId(),
    ...rowMeta(),
    sessionId: null,
    facilitator: 'Rina Pendamping',
    groupName: 'Kelompok Melati',
    curriculumCode: 'P2K2-05',
    date: '2026-03-10',
    scores: scores(3, 3, 3),
    notes: '',
    followUps: [],
    ...overrides,
  };
}
