import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { COMPLAINT_STATUSES, type Complaint } from '../../shared/model/supervision';
import {
  applyComplaintStep,
  type ComplaintDraft,
  canMoveComplaint,
  checkComplaintDraft,
  checkFamilyRef,
  complaintAgeDays,
  complaintAgeLevel,
  daysBetween,
  nextStatuses,
  sortComplaints,
} from '../../shared/supervision/complaint-rules';
import { rowMeta, testId } from './factories';

const AT = '2026-03-10T02:00:00.000Z';
const TODAY = '2026-03-10';

function complaint(overrides: Partial<Complaint> = {}): Complaint {
  return {
    id: testId(),
    ...rowMeta(),
    receivedDate: '2026-03-01',
    complainant: { memberId: null, name: 'Ibu Siti', nik: '', pkhId: '', address: '' },
    category: 'payment',
    channel: 'inPerson',
    description: 'Bantuan tahap 1 belum masuk.',
    status: 'received',
    history: [{ status: 'received', at: '2026-03-01T02:00:00.000Z', note: '' }],
    escalatedTo: '',
    answer: '',
    closedDate: null,
    worker: 'Rina',
    ...overrides,
  };
}

const refusal = (run: () => unknown): Record<string, unknown> => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    const app = error as AppError;
    expect(app.code).toBe('input.invalid');
    return { ...app.details };
  }
  throw new Error('expected a refusal');
};

describe('the complaint flow', () => {
  it('goes received → documented → clarified → handled or escalated → closed, and nowhere else', () => {
    expect(nextStatuses('received')).toEqual(['documented']);
    expect(nextStatuses('documented')).toEqual(['clarified']);
    expect(nextStatuses('clarified')).toEqual(['handled', 'escalated']);
    expect(nextStatuses('handled')).toEqual(['closed']);
    expect(nextStatuses('escalated')).toEqual(['closed']);
    expect(nextStatuses('closed')).toEqual([]);
    const allowed = COMPLAINT_STATUSES.flatMap((from) =>
      COMPLAINT_STATUSES.filter((to) => canMoveComplaint(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed).toEqual([
      'received→documented',
      'documented→clarified',
      'clarified→handled',
      'clarified→escalated',
      'handled→closed',
      'escalated→closed',
    ]);
  });

  it('appends each step with its note and time, leaving the complaint it was given untouched', () => {
    const start = complaint();
    const documented = applyComplaintStep(start, {
      to: 'documented',
      note: '  Foto buku tabungan  ',
      at: AT,
      today: TODAY,
    });
    expect(documented.status).toBe('documented');
    expect(documented.history).toEqual([
      ...start.history,
      { status: 'documented', at: AT, note: 'Foto buku tabungan' },
    ]);
    expect(start.history).toHaveLength(1);
    expect(start.status).toBe('received');
  });

  it('refuses a skipped or backward step, whatever the screen offered', () => {
    for (const [from, to] of [
      ['received', 'closed'],
      ['received', 'handled'],
      ['documented', 'escalated'],
      ['handled', 'clarified'],
      ['closed', 'received'],
      ['closed', 'closed'],
    ] as const) {
      const details = refusal(() =>
        applyComplaintStep(complaint({ status: from }), { to, note: '', at: AT, today: TODAY, answer: 'x' }),
      );
      expect(details).toMatchObject({ field: 'status', reason: 'transition' });
    }
  });

  it('needs whom an escalation went to, and keeps it', () => {
    const clarified = complaint({ status: 'clarified' });
    expect(
      refusal(() => applyComplaintStep(clarified, { to: 'escalated', note: '', at: AT, today: TODAY })),
    ).toMatchObject({
      field: 'escalatedTo',
      reason: 'required',
    });
    const escalated = applyComplaintStep(clarified, {
      to: 'escalated',
      note: 'Perlu cek ke bank',
      at: AT,
      today: TODAY,
      escalatedTo: ' Koordinator Kabupaten ',
    });
    expect(escalated).toMatchObject({ status: 'escalated', escalatedTo: 'Koordinator Kabupaten', closedDate: null });
  });

  it('closes only with the answer given, and dates the closing', () => {
    const handled = complaint({ status: 'handled' });
    expect(
      refusal(() => applyComplaintStep(handled, { to: 'closed', note: '', at: AT, today: TODAY, answer: '   ' })),
    ).toMatchObject({ field: 'answer', reason: 'required' });
    const closed = applyComplaintStep(handled, {
      to: 'closed',
      note: '',
      at: AT,
      today: TODAY,
      answer: 'Dibayar bersama tahap berikutnya.',
    });
    expect(closed).toMatchObject({ status: 'closed', answer: 'Dibayar bersama tahap berikutnya.', closedDate: TODAY });
  });

  it('refuses overlong notes and answers', () => {
    expect(
      refusal(() =>
        applyComplaintStep(complaint(), { to: 'documented', note: 'x'.repeat(2001), at: AT, today: TODAY }),
      ),
    ).toMatchObject({ field: 'note', reason: 'tooLong' });
    expect(
      refusal(() =>
        applyComplaintStep(complaint({ status: 'handled' }), {
          to: 'closed',
          note: '',
          at: AT,
          today: TODAY,
          answer: 'x'.repeat(4001),
        }),
      ),
    ).toMatchObject({ field: 'answer', reason: 'tooLong' });
  });
});

describe('complaint age', () => {
  it('counts calendar days, across months and a leap day', () => {
    expect(daysBetween('2026-03-01', '2026-03-01')).toBe(0);
    expect(daysBetween('2026-01-31', '2026-02-01')).toBe(1);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-03-10', '2026-03-01')).toBe(-9);
  });

  it('runs to today while open and stops at the closing day', () => {
    expect(complaintAgeDays(complaint({ receivedDate: '2026-02-08' }), TODAY)).toBe(30);
    expect(complaintAgeDays(complaint({ status: 'closed', closedDate: '2026-03-04' }), TODAY)).toBe(3);
    // A date typed in the future (another device's clock) does not make a negative age.
    expect(complaintAgeDays(complaint({ receivedDate: '2026-03-12' }), TODAY)).toBe(0);
  });

  it('is late past 14 days and overdue past 30, for open complaints only', () => {
    const open = complaint();
    expect([0, 14, 15, 30, 31].map((days) => complaintAgeLevel(open, days))).toEqual([
      'fresh',
      'fresh',
      'late',
      'late',
      'overdue',
    ]);
    expect(complaintAgeLevel(complaint({ status: 'closed' }), 90)).toBe('fresh');
    expect(complaintAgeLevel(complaint({ status: 'escalated' }), 31)).toBe('overdue');
  });

  it('lists open ones first, the longest-waiting on top, then the latest closed', () => {
    const rows = [
      complaint({ id: 'closed-old', status: 'closed', receivedDate: '2026-01-01', closedDate: '2026-01-05' }),
      complaint({ id: 'open-new', receivedDate: '2026-03-09' }),
      complaint({ id: 'closed-new', status: 'closed', receivedDate: '2026-02-01', closedDate: '2026-03-01' }),
      complaint({ id: 'open-old', status: 'escalated', receivedDate: '2026-01-20' }),
    ];
    expect(sortComplaints(rows).map((row) => row.id)).toEqual(['open-old', 'open-new', 'closed-new', 'closed-old']);
  });
});

describe('receiving a complaint', () => {
  const draft = (overrides: Partial<ComplaintDraft> = {}): ComplaintDraft => ({
    complainant: { memberId: null, name: ' Ibu Siti ', nik: '', pkhId: 'P-1', address: 'RT 01' },
    category: 'payment',
    channel: 'phone',
    receivedDate: TODAY,
    description: ' Belum cair ',
    ...overrides,
  });

  it('accepts a typed family without a NIK and trims what was typed', () => {
    const checked = checkComplaintDraft(draft(), TODAY);
    expect(checked.issues).toEqual([]);
    expect(checked.complaint).toEqual({
      complainant: { memberId: null, name: 'Ibu Siti', nik: '', pkhId: 'P-1', address: 'RT 01' },
      category: 'payment',
      channel: 'phone',
      receivedDate: TODAY,
      description: 'Belum cair',
    });
  });

  it('lists every reason at once: no name, no category, a future date, no description', () => {
    const checked = checkComplaintDraft(
      draft({
        complainant: { memberId: null, name: ' ', nik: '', pkhId: '', address: '' },
        category: null,
        receivedDate: '2026-03-11',
        description: '',
      }),
      TODAY,
    );
    expect(checked.complaint).toBeNull();
    expect(checked.issues.map((issue) => `${issue.field}:${issue.key}`)).toEqual([
      'name:complaints.check.nameEmpty',
      'category:complaints.check.category',
      'receivedDate:complaints.check.dateFuture',
      'description:complaints.check.descriptionEmpty',
    ]);
  });

  it('checks a typed NIK with the shared NIK rule and normalises it', () => {
    const bad = checkFamilyRef({ memberId: null, name: 'Ibu Siti', nik: '3201', pkhId: '', address: '' }, TODAY);
    expect(bad.family).toBeNull();
    expect(bad.issues.map((issue) => issue.key)).toEqual(['nik.length']);
    const good = checkFamilyRef(
      { memberId: null, name: 'Ibu Siti', nik: '3201 0147 0290 0001', pkhId: '', address: '' },
      TODAY,
    );
    expect(good.family?.nik).toBe('3201014702900001');
  });

  it('refuses a date that is not a calendar date', () => {
    expect(checkComplaintDraft(draft({ receivedDate: '2026-02-30' }), TODAY).issues.map((i) => i.key)).toEqual([
      'complaints.check.date',
    ]);
  });
});
