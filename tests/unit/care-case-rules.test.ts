/**
 * Case rules: when work is due or overdue (by local calendar date), what the hub counts, the checks
 * a case passes, and the figures of the monthly case report.
 */
import { describe, expect, it } from 'vitest';
import {
  caseCounts,
  daysBetween,
  dueCaseEntries,
  dueState,
  isMonth,
  monthlyCaseReport,
  monthRange,
  shiftMonth,
} from '../../shared/supervision/case-rules';
import { checkCase, checkClosure, checkEntry, checkFamily } from '../../shared/supervision/check-case';
import { makeCase, makeEntry } from './care-support';
import { TEST_INSTANT } from './factories';

const today = '2026-03-15';

describe('due and overdue by local date', () => {
  it('is overdue from the day after the due date, due today on it, upcoming before', () => {
    expect(dueState(makeEntry({ dueDate: '2026-03-14' }), today)).toBe('overdue');
    expect(dueState(makeEntry({ dueDate: '2026-03-15' }), today)).toBe('today');
    expect(dueState(makeEntry({ dueDate: '2026-03-16' }), today)).toBe('upcoming');
    expect(dueState(makeEntry({ dueDate: '2026-03-14', status: 'inProgress' }), today)).toBe('overdue');
  });

  it('never nags about done, cancelled, undated or deleted entries', () => {
    expect(dueState(makeEntry({ dueDate: '2026-03-01', status: 'done', doneDate: '2026-03-02' }), today)).toBeNull();
    expect(dueState(makeEntry({ dueDate: '2026-03-01', status: 'cancelled' }), today)).toBeNull();
    expect(dueState(makeEntry({ dueDate: null }), today)).toBeNull();
    expect(dueState(makeEntry({ dueDate: '2026-03-01', deletedAt: TEST_INSTANT }), today)).toBeNull();
  });

  it('treats a referral made (in progress) as waiting on the service, not as late', () => {
    const referral = { kind: 'referral' as const, service: 'puskesmas' as const, dueDate: '2026-03-01' };
    expect(dueState(makeEntry({ ...referral, status: 'planned' }), today)).toBe('overdue');
    expect(dueState(makeEntry({ ...referral, status: 'inProgress' }), today)).toBeNull();
    expect(dueState(makeEntry({ kind: 'visit', dueDate: '2026-03-01' }), today)).toBe('overdue');
  });

  it('counts calendar days across months and leap days', () => {
    expect(daysBetween('2026-02-27', '2026-03-01')).toBe(2);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-03-15', '2026-03-10')).toBe(-5);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
  });

  it('lists due work of open cases only, most overdue first, with days late', () => {
    const open = makeCase({ family: { memberId: null, name: 'Ibu Ani', nik: '', pkhId: '', address: '' } });
    const closed = makeCase({ status: 'closed', closedDate: '2026-03-10', outcome: 'Selesai' });
    const gone = makeCase({ deletedAt: TEST_INSTANT });
    const late = makeEntry({ caseId: open.id, dueDate: '2026-02-27', text: 'Antar ke puskesmas' });
    const now = makeEntry({ caseId: open.id, kind: 'visit', dueDate: today });
    const later = makeEntry({ caseId: open.id, dueDate: '2026-03-20' });
    const referral = makeEntry({ caseId: open.id, kind: 'referral', service: 'puskesmas', dueDate: '2026-03-14' });
    const ofClosed = makeEntry({ caseId: closed.id, dueDate: '2026-03-01' });
    const ofDeleted = makeEntry({ caseId: gone.id, dueDate: '2026-03-01' });
    const due = dueCaseEntries([open, closed, gone], [now, later, referral, late, ofClosed, ofDeleted], today);
    expect(due.map((d) => [d.entry.id, d.state, d.daysLate])).toEqual([
      [late.id, 'overdue', 16],
      [referral.id, 'overdue', 1],
      [now.id, 'today', 0],
    ]);
    expect(due[0]?.caseRecord.family.name).toBe('Ibu Ani');
    expect(caseCounts([open, closed, gone], [now, later, referral, late, ofClosed], today)).toEqual({
      open: 1,
      closed: 1,
      overdue: 2,
      dueToday: 1,
    });
  });
});

describe('case checks', () => {
  const family = { memberId: null, name: 'Ibu Sari', nik: '', pkhId: 'P-1', address: 'RT 01' };

  it('accepts a family without a NIK but gives every reason a typed NIK is refused', () => {
    expect(checkFamily(family, today).ok).toBe(true);
    const bad = checkFamily({ ...family, nik: '32010199x' }, today);
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.issues.map((i) => i.key)).toEqual(['nik.length', 'nik.digits']);
    expect(bad.issues.every((i) => i.field === 'nik')).toBe(true);
    const good = checkFamily({ ...family, nik: ' 3201 0147 0290 0001 ' }, today);
    expect(good.ok && good.value.nik).toBe('3201014702900001');
  });

  it('needs a name and a title, and an opening date not in the future', () => {
    const checked = checkCase(
      {
        family: { ...family, name: '  ' },
        title: '',
        openedDate: '2026-03-16',
        worker: 'Peksos',
        assessment: { bio: '', psycho: '', social: '', needs: ['health', 'health', 'economy'] },
      },
      today,
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.issues.map((i) => [i.field, i.key])).toEqual([
      ['name', 'care.case.error.name'],
      ['title', 'care.case.error.title'],
      ['openedDate', 'care.error.future'],
    ]);
  });

  it('keeps known needs once, in catalogue order', () => {
    const checked = checkCase(
      {
        family,
        title: ' Gizi buruk ',
        openedDate: today,
        worker: '',
        assessment: { bio: ' kurus ', psycho: '', social: '', needs: ['economy', 'health', 'economy'] },
      },
      today,
    );
    expect(checked.ok && checked.value.assessment).toEqual({
      bio: 'kurus',
      psycho: '',
      social: '',
      needs: ['health', 'economy'],
    });
    expect(checked.ok && checked.value.title).toBe('Gizi buruk');
  });

  it('asks an entry for what its kind needs', () => {
    const base = { text: 'x', service: null, status: 'planned' as const, dueDate: null, doneDate: null, notes: '' };
    expect(checkEntry({ ...base, kind: 'action' }, today).ok).toBe(true);
    const referral = checkEntry({ ...base, kind: 'referral', text: '' }, today);
    expect(!referral.ok && referral.issues.map((i) => i.key)).toEqual([
      'care.entry.error.text.referral',
      'care.entry.error.service',
      'care.error.date',
    ]);
    const visit = checkEntry({ ...base, kind: 'visit', status: 'done', dueDate: today, doneDate: '2026-03-20' }, today);
    expect(!visit.ok && visit.issues.map((i) => [i.field, i.key])).toEqual([['doneDate', 'care.error.future']]);
    const done = checkEntry({ ...base, kind: 'action', status: 'done' }, today);
    expect(!done.ok && done.issues.map((i) => i.field)).toEqual(['doneDate']);
    const action = checkEntry({ ...base, kind: 'action', service: 'police', doneDate: today }, today);
    expect(action.ok && [action.value.service, action.value.doneDate]).toEqual([null, null]);
  });

  it('closes with an outcome, not before the case opened nor in the future', () => {
    expect(checkClosure({ closedDate: today, outcome: 'Anak kembali sekolah' }, '2026-03-01', today).ok).toBe(true);
    const early = checkClosure({ closedDate: '2026-02-01', outcome: '' }, '2026-03-01', today);
    expect(!early.ok && early.issues.map((i) => i.key)).toEqual([
      'care.close.error.outcome',
      'care.close.error.beforeOpened',
    ]);
    const future = checkClosure({ closedDate: '2026-03-16', outcome: 'x' }, '2026-03-01', today);
    expect(!future.ok && future.issues.map((i) => i.key)).toEqual(['care.error.future']);
  });
});

describe('months', () => {
  it('knows month lengths, steps across years and recognises a month', () => {
    expect(monthRange('2028-02')).toEqual({ first: '2028-02-01', last: '2028-02-29' });
    expect(monthRange('2026-04')).toEqual({ first: '2026-04-01', last: '2026-04-30' });
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(isMonth('2026-03')).toBe(true);
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('2026-3')).toBe(false);
  });
});

describe('the monthly case report', () => {
  const c1 = makeCase({
    openedDate: '2026-02-10',
    assessment: { bio: '', psycho: '', social: '', needs: ['health', 'education'] },
  });
  const c2 = makeCase({
    openedDate: '2026-03-05',
    status: 'closed',
    closedDate: '2026-03-20',
    outcome: 'Ditangani polisi dan P2TP2A',
    assessment: { bio: '', psycho: '', social: '', needs: ['childProtection'] },
  });
  const c3 = makeCase({ openedDate: '2026-03-25', assessment: { bio: '', psycho: '', social: '', needs: ['health'] } });
  const before = makeCase({ openedDate: '2026-01-05', status: 'closed', closedDate: '2026-02-28', outcome: 'x' });
  const after = makeCase({ openedDate: '2026-04-02' });
  const deleted = makeCase({ openedDate: '2026-03-03', deletedAt: TEST_INSTANT });
  const cases = [c1, c2, c3, before, after, deleted];

  const overdueOpen = makeEntry({ caseId: c1.id, dueDate: '2026-03-12' });
  const notReferred = makeEntry({ caseId: c1.id, kind: 'referral', service: 'posyandu', dueDate: '2026-02-20' });
  const lateOfClosed = makeEntry({ caseId: c2.id, dueDate: '2026-03-10' });
  const visitNotMade = makeEntry({ caseId: c3.id, kind: 'visit', dueDate: '2026-03-28' });
  const doneLate = makeEntry({ caseId: c1.id, dueDate: '2026-03-20', status: 'done', doneDate: '2026-04-02' });
  const entries = [
    makeEntry({
      caseId: c1.id,
      kind: 'referral',
      service: 'puskesmas',
      dueDate: '2026-03-03',
      status: 'done',
      doneDate: '2026-03-10',
    }),
    makeEntry({ caseId: c2.id, kind: 'referral', service: 'police', dueDate: '2026-03-06', status: 'inProgress' }),
    notReferred,
    makeEntry({ caseId: deleted.id, kind: 'referral', service: 'school', dueDate: '2026-03-06' }),
    makeEntry({ caseId: c1.id, kind: 'visit', dueDate: '2026-03-15', status: 'done', doneDate: '2026-03-15' }),
    visitNotMade,
    makeEntry({ caseId: c1.id, kind: 'visit', dueDate: '2026-02-15', status: 'done', doneDate: '2026-02-15' }),
    overdueOpen,
    doneLate,
    makeEntry({ caseId: c1.id, dueDate: '2026-03-20', status: 'done', doneDate: '2026-03-25' }),
    lateOfClosed,
    makeEntry({ caseId: c1.id, dueDate: '2026-03-01', status: 'cancelled' }),
    makeEntry({ caseId: c3.id, dueDate: '2026-03-31' }),
    makeEntry({ caseId: c1.id, dueDate: '2026-03-02', deletedAt: TEST_INSTANT }),
  ];

  it('counts a past month as it stood on its last day', () => {
    const report = monthlyCaseReport(cases, entries, '2026-03', '2026-04-10');
    expect(report.asOf).toBe('2026-03-31');
    expect([report.opened, report.closed, report.active, report.openAtEnd]).toEqual([2, 1, 3, 2]);
    expect(report.cases.map((c) => c.id)).toEqual([c1.id, c2.id, c3.id]);
    expect(report.byNeed).toEqual({
      health: 2,
      education: 1,
      economy: 0,
      housing: 0,
      childProtection: 1,
      disability: 0,
      elderly: 0,
      documents: 0,
      psychosocial: 0,
    });
    expect(report.referralCount).toBe(2);
    expect(report.referrals.puskesmas).toEqual({ planned: 0, inProgress: 0, done: 1, cancelled: 0 });
    expect(report.referrals.police).toEqual({ planned: 0, inProgress: 1, done: 0, cancelled: 0 });
    expect(report.referrals.posyandu.planned).toBe(0);
    expect(report.referrals.school.planned).toBe(0);
    expect(report.visits).toBe(1);
    // Not the action of c2 (closed on the 20th) nor its referral in progress.
    expect(report.overdue.map((o) => [o.entry.id, o.daysLate])).toEqual([
      [notReferred.id, 39],
      [overdueOpen.id, 19],
      [doneLate.id, 11],
      [visitNotMade.id, 3],
    ]);
  });

  it('counts the current month as it stands today', () => {
    const report = monthlyCaseReport(cases, entries, '2026-03', '2026-03-15');
    expect(report.asOf).toBe('2026-03-15');
    expect(report.openAtEnd).toBe(2);
    // c2 was still open on the 15th, so its late action counts; doneLate was not due yet.
    expect(report.overdue.map((o) => [o.entry.id, o.daysLate])).toEqual([
      [notReferred.id, 23],
      [lateOfClosed.id, 5],
      [overdueOpen.id, 3],
    ]);
  });

  it('reports an empty month as zeros', () => {
    const report = monthlyCaseReport(cases, entries, '2025-06', '2026-03-15');
    expect([report.opened, report.closed, report.active, report.visits, report.referralCount]).toEqual([0, 0, 0, 0, 0]);
    expect(report.overdue).toEqual([]);
  });
});
