/**
 * Follow-up in real Chromium at 800×1280: a group with three months of meetings is written
 * straight into IndexedDB (complete rows, as the session screens would store them), then the
 * history, catch-up, family history and both printables are read as a facilitator reads them,
 * on screen and in print media.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORE_MODULES } from '../../shared/curriculum/core-modules';
import type { QuizQuestion } from '../../shared/curriculum/types';
import type {
  Attendance,
  AttendanceStatus,
  ChecklistTick,
  Group,
  Member,
  Photo,
  QuizAnswer,
  Session,
} from '../../shared/model/types';
import { makeAttendance, makeGroup, makeMember, makeQuizAnswer, makeSession, rowMeta, testId } from '../unit/factories';
import { seriousA11yViolations, smallTouchTargets } from './support/axe';
import { type Browser, launch } from './support/browser';
import { completeSetup } from './support/pwa';
import { type Served, servePwa } from './support/serve-pwa';

const SHOTS = '.tmp';

// --- the seeded group -----------------------------------------------------------------------------

const group = makeGroup({ name: 'Kelompok Anggrek', leaderName: 'Ibu Ketua Anggrek', facilitator: 'Rina Pendamping' });
const family = (name: string, overrides: Partial<Member> = {}) => makeMember({ groupId: group.id, name, ...overrides });
const ani = family('Ani Rahayu');
const siti = family('<b>Siti</b>');
const dewi = family('Dewi Lestari');
const euis = family('Euis Kurniasih');
const nur = family('Nur Aini');
const wati = family('Wati Susanti');
const yuli = family('Yuli Astuti', { active: false });
const active = [ani, siti, dewi, euis, nur, wati];

const meeting = (code: string, date: string, overrides: Partial<Session> = {}) =>
  makeSession({ groupId: group.id, curriculumCode: code, plannedDate: date, place: 'Rumah Ibu Ketua', ...overrides });
const s1 = meeting('P2K2-01', '2026-01-10');
const s2 = meeting('P2K2-02', '2026-02-14');
const s3 = meeting('P2K2-03', '2026-03-14', {
  actualDate: '2026-03-14',
  startedAt: '2026-03-14T02:05:00.000Z',
  endedAt: '2026-03-14T04:00:00.000Z',
  notes: 'Ibu-ibu membuat mainan dari kardus bekas.\nPertemuan berikutnya di balai desa.',
});
const catchUp = meeting('P2K2-01', '2026-03-28', { status: 'planned', catchUpFor: [dewi.id] });
const p4 = meeting('P2K2-04', '2026-04-11', { status: 'planned', plannedTime: '13:30' });

/** Everyone present except the listed families. */
function marks(session: Session, away: ReadonlyArray<readonly [Member, AttendanceStatus]>): Attendance[] {
  const status = new Map(away.map(([m, s]) => [m.id, s]));
  return active.map((m) =>
    makeAttendance({ sessionId: session.id, memberId: m.id, status: status.get(m.id) ?? 'hadir' }),
  );
}
const attendance = [
  ...marks(s1, [
    [dewi, 'alpa'],
    [euis, 'izin'],
  ]),
  ...marks(s2, [[dewi, 'alpa']]),
  ...marks(s3, [
    [dewi, 'izin'],
    [nur, 'sakit'],
    [wati, 'alpa'],
  ]),
];

const session3 = CORE_MODULES.flatMap((m) => m.sessions).find((s) => s.code === 'P2K2-03');
if (!session3) throw new Error('P2K2-03 missing from the core curriculum');
const wrong = (q: QuizQuestion) => (q.kind === 'truefalse' ? !q.answer : (q.answer + 1) % q.options.length);
/** Answers to every question of session 3; the first `correct` are right. */
const answers = (member: Member, phase: 'pre' | 'post', correct: number): QuizAnswer[] =>
  session3.quiz.map((q, i) =>
    makeQuizAnswer({
      sessionId: s3.id,
      memberId: member.id,
      questionId: q.id,
      phase,
      answer: i < correct ? q.answer : wrong(q),
      correct: i < correct,
    }),
  );
// Pre 25/50/25 %, post 100/75/75 %: means 33 % → 83 % (Sangat Baik), gain +50 points.
const quiz = [
  ...answers(siti, 'pre', 1),
  ...answers(siti, 'post', 4),
  ...answers(ani, 'pre', 2),
  ...answers(ani, 'post', 3),
  ...answers(euis, 'pre', 1),
  ...answers(euis, 'post', 3),
];
const minutes = [12, 15, 30, 20, 25, 10];
const ticks: ChecklistTick[] = session3.steps.slice(0, 6).map((step, i) => ({
  ...rowMeta(),
  sessionId: s3.id,
  stepId: step.id,
  done: true,
  doneAt: '2026-03-14T03:00:00.000Z',
  minutesSpent: minutes[i] ?? null,
}));
type PhotoSeed = Omit<Photo, 'blob'> & { readonly color: string };
const photo = (caption: string, consent: boolean, color: string): PhotoSeed => ({
  id: testId(),
  ...rowMeta(),
  sessionId: s3.id,
  mimeType: 'image/jpeg',
  width: 600,
  height: 450,
  caption,
  takenAt: '2026-03-14T03:10:00.000Z',
  consent,
  color,
});
const photos = [
  photo('Membuat mainan dari kardus', true, '#c2410c'),
  photo('<i>Foto</i> bersama', true, '#15803d'),
  photo('RAHASIA tanpa izin', false, '#1d4ed8'),
];

/** A second group where everyone came: its catch-up list is empty. */
const calm = makeGroup({ name: 'Kelompok Kenanga' });
const calmMember = makeMember({ groupId: calm.id, name: 'Rohaeti' });
const calmSession = makeSession({ groupId: calm.id, plannedDate: '2026-02-02' });

async function seed(page: Page): Promise<void> {
  const tables = {
    groups: [group, calm] satisfies Group[],
    members: [...active, yuli, calmMember] satisfies Member[],
    sessions: [s1, s2, s3, catchUp, p4, calmSession] satisfies Session[],
    attendance: [...attendance, makeAttendance({ sessionId: calmSession.id, memberId: calmMember.id })],
    quizAnswers: quiz,
    checklist: ticks,
  };
  await page.evaluate(
    async ({ tables, photos }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('lentera');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const withBlobs = await Promise.all(
        photos.map(async ({ color, ...row }) => {
          const canvas = new OffscreenCanvas(row.width, row.height);
          const context = canvas.getContext('2d');
          if (context === null) throw new Error('no 2d context');
          context.fillStyle = color;
          context.fillRect(0, 0, row.width, row.height);
          return { ...row, blob: await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.6 }) };
        }),
      );
      const all: Record<string, readonly unknown[]> = { ...tables, photos: withBlobs };
      const tx = db.transaction(Object.keys(all), 'readwrite');
      for (const [name, rows] of Object.entries(all)) for (const row of rows) tx.objectStore(name).put(row);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { tables, photos },
  );
}

// --- the tests ------------------------------------------------------------------------------------

describe('follow-up screens', () => {
  let served: Served;
  let browser: Browser;
  let page: Page;

  const open = async (hash: string, heading: string | RegExp) => {
    await page.emulateMedia({ media: 'screen' });
    // A fresh document per screen: hash-only navigations between two lazy screens keep the first
    // screen mounted (ui/lazy-screen.tsx, reported), which is not what these tests are about.
    await page.goto('about:blank');
    await page.goto(`${served.url}/${hash}`);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  };
  const a11y = async () => {
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await smallTouchTargets(page)).toEqual([]);
  };

  beforeAll(async () => {
    served = await servePwa();
    browser = await launch();
    page = await browser.context.newPage();
    await page.goto(served.url);
    await completeSetup(page);
    await seed(page);
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('shows the group history: sessions newest first, the month chart, and the family that keeps missing', async () => {
    await open(`#/groups/${group.id}/history`, 'Riwayat Kelompok Anggrek');
    const sessions = page.getByTestId('session-history').locator(':scope > li');
    expect(await sessions.evaluateAll((items) => items.map((li) => li.getAttribute('data-session-id')))).toEqual([
      p4.id,
      catchUp.id,
      s3.id,
      s2.id,
      s1.id,
    ]);
    expect(await sessions.nth(2).textContent()).toContain('3 dari 6 keluarga hadir');

    const bars = page.getByTestId('month-chart').locator('.fu-bar-col');
    expect(await bars.evaluateAll((cols) => cols.map((c) => c.getAttribute('data-month')))).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    expect(await bars.locator('.fu-bar-value').allTextContents()).toEqual(['67%', '83%', '50%']);
    const table = page.getByRole('table', { name: 'Tingkat kehadiran per bulan, dalam persen' });
    expect(await table.locator('tbody tr').nth(1).locator('td').allTextContents()).toEqual(['1', '5', '6', '83%']);

    const flagged = page.getByTestId('absence-list').locator('li');
    expect(await flagged.count()).toBe(1);
    expect(await flagged.textContent()).toContain('Dewi Lestari');
    expect(await flagged.textContent()).toContain('Tidak hadir 3 pertemuan berturut-turut.');
    await page.screenshot({ path: `${SHOTS}/followup-history.png`, fullPage: true });
    await a11y();

    await flagged.getByRole('link').click();
    await expect.poll(() => page.url()).toContain(`#/members/${dewi.id}/history`);
  });

  it('shows what each family had and missed, and its quiz scores', async () => {
    await open(`#/members/${dewi.id}/history`, 'Riwayat Dewi Lestari');
    const status = (code: string) => page.locator(`[data-testid="member-grid"] [data-code="${code}"]`);
    expect(await status('P2K2-01').getAttribute('data-status')).toBe('alpa');
    expect(await status('P2K2-02').getAttribute('data-status')).toBe('alpa');
    expect(await status('P2K2-03').getAttribute('data-status')).toBe('izin');
    expect(await status('P2K2-03').textContent()).toContain('Izin');
    expect(await status('P2K2-04').textContent()).toContain('Belum diadakan');
    expect(await status('P2K2-04').textContent()).toContain('Dijadwalkan');
    expect(await page.locator('[data-testid="member-grid"] li').count()).toBe(14);
    expect(await page.getByTestId('member-summary').textContent()).toContain('Hadir di 0 dari 3 pertemuan');
    expect(await page.getByTestId('member-missed').locator('li').count()).toBe(3);
    expect(await page.getByTestId('member-missed').locator('li').first().textContent()).toContain(
      'Susulan dijadwalkan',
    );
    await page.screenshot({ path: `${SHOTS}/followup-member.png`, fullPage: true });
    await a11y();

    await open(`#/members/${siti.id}/history`, 'Riwayat <b>Siti</b>');
    expect(await status('P2K2-03').getAttribute('data-status')).toBe('hadir');
    const quizRow = page.getByTestId('member-quiz').locator('tbody tr');
    expect(await quizRow.count()).toBe(1);
    expect(await quizRow.locator('td').allTextContents()).toEqual(['1/4', '4/4', '+75 poin']);
    expect(await page.locator('h1 b').count()).toBe(0);
  });

  it('lists exactly the families who missed a session and plans their catch-up', async () => {
    await open(`#/groups/${group.id}/catch-up`, 'Susulan Kelompok Anggrek');
    const entry = (code: string) => page.locator(`[data-testid="catch-up-list"] [data-code="${code}"]`);
    const families = (code: string) => entry(code).locator('.fu-family-name').allTextContents();
    expect(await families('P2K2-01')).toEqual(['Dewi Lestari', 'Euis Kurniasih']);
    expect(await families('P2K2-02')).toEqual(['Dewi Lestari']);
    expect(await families('P2K2-03')).toEqual(['Dewi Lestari', 'Nur Aini', 'Wati Susanti']);
    expect(await entry('P2K2-03').textContent()).toContain('Sakit');
    // Dewi is already listed by the planned catch-up of session 1: shown, not ticked again.
    expect(await entry('P2K2-01').getByRole('checkbox', { name: /Dewi/ }).isChecked()).toBe(false);
    expect(await entry('P2K2-01').getByRole('checkbox', { name: /Euis/ }).isChecked()).toBe(true);
    expect(await page.getByTestId('scheduled-catch-ups').textContent()).toContain('Untuk: Dewi Lestari');
    await page.screenshot({ path: `${SHOTS}/followup-catch-up.png`, fullPage: true });
    await a11y();

    await entry('P2K2-03').getByText('Nur Aini').click();
    await entry('P2K2-03').getByRole('button', { name: 'Rencanakan susulan (2 keluarga)' }).click();
    await expect
      .poll(() => page.evaluate(() => location.hash))
      .toBe(`#/plan/new?group=${group.id}&code=P2K2-03&catchUpFor=${dewi.id},${wati.id}`);
  });

  it('says so plainly when nobody needs a catch-up', async () => {
    await open(`#/groups/${calm.id}/catch-up`, 'Susulan Kelompok Kenanga');
    expect(await page.getByTestId('catch-up-empty').textContent()).toContain('Tidak ada yang perlu susulan');
    expect(await page.getByTestId('catch-up-list').count()).toBe(0);
  });

  it('prints the attendance sheet of a planned meeting: one tall row per family, names as text', async () => {
    await open(`#/sessions/${p4.id}/print/attendance`, 'Daftar hadir');
    const rows = page.getByTestId('attendance-sheet').locator('tbody tr');
    // Sorted by name the Indonesian way: the stray "<" sorts before letters.
    expect(await rows.locator('.col-name').allTextContents()).toEqual([
      '<b>Siti</b>',
      'Ani Rahayu',
      'Dewi Lestari',
      'Euis Kurniasih',
      'Nur Aini',
      'Wati Susanti',
    ]);
    expect(await rows.locator('.col-remark').allTextContents()).toEqual(['', '', '', '', '', '']);
    expect(await page.locator('.paper b').count()).toBe(0);
    const paper = page.locator('article.paper');
    for (const text of ['Kelompok Anggrek', 'Sesi 4: Membantu Anak Sukses di Sekolah', '13:30', 'Rina Pendamping']) {
      expect(await paper.textContent()).toContain(text);
    }
    expect(await paper.textContent()).toContain('Ibu Ketua Anggrek');
    await a11y();

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.nav-bar').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Cetak' }).isVisible()).toBe(false);
    expect(await page.locator('.screen-head').isVisible()).toBe(false);
    expect(await rows.count()).toBe(6);
    expect(
      await page
        .locator('thead')
        .first()
        .evaluate((el) => getComputedStyle(el).display),
    ).toBe('table-header-group');
    const rowHeight = await rows.first().evaluate((el) => el.getBoundingClientRect().height);
    expect(rowHeight).toBeGreaterThanOrEqual(45); // 13 mm ≈ 49 px: room for a signature
    await page.screenshot({ path: `${SHOTS}/followup-sheet-print.png`, fullPage: true });
  });

  it('pre-fills the sheet of a recorded meeting with each family’s status', async () => {
    await open(`#/sessions/${s3.id}/print/attendance`, 'Daftar hadir');
    const remarks = await page.getByTestId('attendance-sheet').locator('tbody tr .col-remark').allTextContents();
    expect(remarks).toEqual(['Hadir', 'Hadir', 'Izin', 'Hadir', 'Sakit', 'Alpa']);
    expect(await page.locator('article.paper').textContent()).toContain('09:05–11:00');
  });

  it('prints the session report with attendance, steps, quiz, messages, notes and consented photos', async () => {
    await open(`#/sessions/${s3.id}/print/report`, 'Laporan pertemuan');
    const counts = page.getByTestId('report-counts').locator('tbody td');
    expect(await counts.allTextContents()).toEqual(['3', '1', '1', '1', '0', '6']);
    const absent = page.getByTestId('report-absent');
    expect(await absent.locator('[data-kind="izin"] dd').textContent()).toBe('Dewi Lestari');
    expect(await absent.locator('[data-kind="sakit"] dd').textContent()).toBe('Nur Aini');
    expect(await absent.locator('[data-kind="alpa"] dd').textContent()).toBe('Wati Susanti');
    const steps = page.getByTestId('report-steps');
    expect(await steps.locator('tbody tr').count()).toBe(7);
    expect(await steps.locator('tbody tr[data-done="true"]').count()).toBe(6);
    expect(await steps.locator('tfoot td').allTextContents()).toEqual(['115', '112', '6/7']);
    const quizFacts = await page.getByTestId('report-quiz').locator('dd').allTextContents();
    expect(quizFacts).toEqual(['33%', '83%', '+50 poin', '3', 'Sangat Baik']);
    expect(await page.getByTestId('report-key-messages').locator('li').count()).toBe(session3.keyMessages.length);
    expect(await page.locator('.paper-notes').textContent()).toContain('mainan dari kardus bekas');
    const figures = page.getByTestId('report-photos').locator('figure');
    expect(await figures.locator('figcaption').allTextContents()).toEqual([
      'Membuat mainan dari kardus',
      '<i>Foto</i> bersama',
    ]);
    expect(await page.locator('.paper').textContent()).not.toContain('RAHASIA');
    expect(await page.locator('.paper i').count()).toBe(0);
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLImageElement>('.paper-photos img')].every((img) => img.complete),
    );
    await page.screenshot({ path: `${SHOTS}/followup-report.png`, fullPage: true });
    await a11y();

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.nav-bar').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Cetak' }).isVisible()).toBe(false);
    expect(await figures.count()).toBe(2);
    await page.screenshot({ path: `${SHOTS}/followup-report-print.png`, fullPage: true });
  });
});
