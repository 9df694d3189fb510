// @ts-check
/**
 * `npm run screenshots`: pictures of the PWA with realistic data, for the README and for reviews.
 *
 * Builds nothing: it serves the existing build (dist/pwa, or LENTERA_PWA_DIST) with Vite's preview
 * server and drives it in Debian's Chromium as a facilitator would: first-run setup with the sample
 * group, then today's meeting planned and run through the screens (start, attendance, the quiz
 * before and after, finish). The three earlier monthly meetings that give the history and catch-up
 * screens something to show are written into IndexedDB as complete rows, each logged in `changes`
 * as `shared/db/write.ts` would: running them through the UI would stamp them with today's time.
 *
 * Writes PNGs into screenshots/ at the repository root and prints their list. Labels the script
 * taps are the Indonesian catalogue texts, kept together in `UI` below.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { preview, runnerImport } from 'vite';
import { chromiumArgs, findChromium } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = process.env.LENTERA_PWA_DIST ? resolve(root, process.env.LENTERA_PWA_DIST) : join(root, 'dist/pwa');
const outDir = join(root, 'screenshots');

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`Build PWA belum ada di ${relative(root, dist)}: jalankan dulu \`npm run build\`.`);
  console.error(`No PWA build in ${relative(root, dist)}: run \`npm run build\` first.`);
  process.exit(1);
}

/** @param {string} path */
const load = async (path) =>
  (await runnerImport(join(root, path), { root, configFile: false, logLevel: 'silent' })).module;
/** @type {{ CORE_MODULES: import('../shared/curriculum/types').CurriculumModule[] }} */
const { CORE_MODULES } = await load('shared/curriculum/core-modules.ts');
/** @type {{ newId: (ms?: number) => string }} */
const { newId } = await load('shared/model/ids.ts');
const curriculum = new Map(CORE_MODULES.flatMap((m) => m.sessions).map((s) => [s.code, s]));

/** The catalogue texts (Bahasa Indonesia) of the controls the script uses. */
const UI = {
  name: 'Nama Anda',
  region: 'Wilayah tugas (kabupaten/kecamatan)',
  demo: /Coba dengan data contoh/,
  start: 'Mulai',
  date: 'Tanggal',
  time: 'Jam mulai',
  savePlan: 'Simpan jadwal',
  startSession: 'Mulai sesi',
  running: /Berlangsung sejak/,
  allPresent: /Semua hadir/,
  statuses: ['Hadir', 'Izin', 'Sakit', 'Alpa'],
  post: 'Sesudah materi',
  nextQuestion: 'Soal berikutnya',
  true: 'Benar',
  false: 'Salah',
  finish: 'Selesaikan sesi',
  finishYes: 'Ya, selesaikan',
  finished: 'Sesi selesai dan tersimpan.',
};

/** Reads a store of the app's database from the page. */
const READ_STORE = `(store) => new Promise((ok, fail) => {
  const open = indexedDB.open('lentera');
  open.onerror = () => fail(open.error);
  open.onsuccess = () => {
    const request = open.result.transaction(store).objectStore(store).getAll();
    request.onsuccess = () => { open.result.close(); ok(request.result); };
    request.onerror = () => fail(request.error);
  };
})`;

const server = await preview({
  root,
  configFile: join(root, 'vite.config.ts'),
  logLevel: 'silent',
  build: { outDir: dist },
  preview: { host: '127.0.0.1', port: 0 },
});
const address = server.httpServer.address();
if (address === null || typeof address === 'string') throw new Error('preview server has no port');
const url = `http://127.0.0.1:${address.port}`;
const profile = mkdtempSync(join(tmpdir(), 'lentera-shots-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: findChromium(),
  headless: true,
  args: chromiumArgs,
  viewport: { width: 800, height: 1280 },
  locale: 'id-ID',
  timezoneId: 'Asia/Jakarta',
});
const saved = [];

try {
  const page = await context.newPage();
  await page.goto(url);
  await page.getByLabel(UI.name).fill('Rina Pendamping');
  await page.getByLabel(UI.region).fill('Kab. Bogor, Kec. Cibinong');
  await page.getByLabel(UI.demo).check();
  await page.getByRole('button', { name: UI.start, exact: true }).click();
  await page.getByRole('heading', { name: /^Halo, / }).waitFor();
  const past = await seedPastMeetings(page);

  /** Opens a screen in a fresh document, as a user opening it would see it. */
  const open = async (/** @type {string} */ hash) => {
    await page.emulateMedia({ media: 'screen' });
    await page.goto('about:blank');
    await page.goto(`${url}/${hash}`);
    await page.locator('h1').first().waitFor();
    await page.waitForFunction(() => document.querySelector('.loading') === null);
  };
  /** @param {string} name @param {string} hash @param {{ width?: number, height?: number, print?: boolean, full?: boolean }} [o] */
  const shoot = async (name, hash, o = {}) => {
    await page.setViewportSize({ width: o.width ?? 800, height: o.height ?? 1280 });
    await open(hash);
    await page.waitForTimeout(400);
    if (o.print) await page.emulateMedia({ media: 'print' });
    const path = join(outDir, `${name}.png`);
    await page.screenshot({ path, fullPage: o.full ?? false });
    saved.push(relative(root, path));
  };

  // Today's meeting, through the screens.
  await open(`#/plan/new?group=${past.group}&code=P2K2-04`);
  await page.getByLabel(UI.date).fill(past.today);
  await page.getByLabel(UI.time).fill('09:00');
  await page.getByRole('button', { name: UI.savePlan }).click();
  await page.waitForURL(/#\/plan\?/);
  const today = await findSession(page, past.group, 'P2K2-04');
  await open(`#/sessions/${today}`);
  await page.getByRole('button', { name: UI.startSession }).click();
  await page.getByText(UI.running).first().waitFor();
  await open(`#/sessions/${today}/attendance`);
  await page.getByRole('button', { name: UI.allPresent }).click();
  const present = past.names.filter((name) => name !== past.absenteeName);
  await mark(page, past.absenteeName, 'Alpa');
  await mark(page, present[6] ?? '', 'Izin');
  await mark(page, present[11] ?? '', 'Sakit');
  const quizzed = present.filter((_, i) => i !== 6 && i !== 11).slice(0, 10);
  await open(`#/sessions/${today}/quiz`);
  await answerQuiz(page, 'P2K2-04', quizzed, (f, q) => (f + q) % 2 === 0);

  mkdirSync(outDir, { recursive: true });
  await shoot('home-800x1280', '#/');
  await shoot('home-1280x800', '#/', { width: 1280, height: 800 });
  await shoot('home-360x740', '#/', { width: 360, height: 740 });
  await shoot('session-attendance', `#/sessions/${today}/attendance`);
  await shoot('session-quiz', `#/sessions/${today}/quiz`);

  await open(`#/sessions/${today}/quiz`);
  await page.getByRole('button', { name: UI.post, exact: true }).click();
  await answerQuiz(page, 'P2K2-04', quizzed, (f, q) => (f + q) % 4 !== 0);
  await open(`#/sessions/${today}/summary`);
  await page.getByRole('button', { name: UI.finish }).click();
  await page.getByRole('button', { name: UI.finishYes }).click();
  await page.getByText(UI.finished).waitFor();

  await shoot('session-summary', `#/sessions/${today}/summary`);
  await shoot('group-history', `#/groups/${past.group}/history`);
  await shoot('catch-up', `#/groups/${past.group}/catch-up`);
  await shoot('member-history', `#/members/${past.absentee}/history`);
  await shoot('member-history-360x740', `#/members/${past.absentee}/history`, { width: 360, height: 740 });
  await shoot('print-attendance', `#/sessions/${past.planned}/print/attendance`);
  await shoot('print-attendance-paper', `#/sessions/${today}/print/attendance`, { print: true, full: true });
  await shoot('print-report', `#/sessions/${past.lastDone}/print/report`);
  await shoot('print-report-paper', `#/sessions/${past.lastDone}/print/report`, { print: true, full: true });
  console.log(`Tangkapan layar / screenshots (${saved.length}):`);
  for (const path of saved) console.log(`  ${path}`);
} finally {
  await context.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}

/** @param {import('playwright-core').Page} page @param {string} groupId @param {string} code */
async function findSession(page, groupId, code) {
  const sessions = await page.evaluate(`(${READ_STORE})('sessions')`);
  const found = /** @type {{ id: string, groupId: string, curriculumCode: string, catchUpFor: string[] }[]} */ (
    sessions
  ).find((s) => s.groupId === groupId && s.curriculumCode === code && s.catchUpFor.length === 0);
  if (!found) throw new Error(`planning ${code} did not store a session`);
  return found.id;
}

/** Taps a family's attendance card from Hadir round to `target`, waiting for each tap to land. */
async function mark(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ name, target) {
  const steps = UI.statuses.indexOf(target);
  for (let i = 1; i <= steps; i++) {
    await page.getByRole('button', { name: `${name}: ${UI.statuses[i - 1]}`, exact: true }).click();
    await page.getByRole('button', { name: `${name}: ${UI.statuses[i]}`, exact: true }).waitFor();
  }
}

/**
 * Answers every question of the quiz tab's current phase, one question at a time, for the given
 * families; `isRight(family, question)` decides who answers correctly.
 * @param {import('playwright-core').Page} page @param {string} code @param {string[]} names
 * @param {(family: number, question: number) => boolean} isRight
 */
async function answerQuiz(page, code, names, isRight) {
  const questions = curriculum.get(code)?.quiz ?? [];
  const label = (/** @type {any} */ q, /** @type {boolean | number} */ value) =>
    q.kind === 'truefalse' ? (value ? UI.true : UI.false) : String.fromCharCode(65 + Number(value));
  for (const [qi, q] of questions.entries()) {
    for (const [fi, name] of names.entries()) {
      const wrong = q.kind === 'truefalse' ? !q.answer : (q.answer + 1) % q.options.length;
      const button = page
        .getByRole('group', { name, exact: true })
        .getByRole('button', { name: label(q, isRight(fi, qi) ? q.answer : wrong), exact: true });
      await button.click();
      await page.waitForFunction((el) => el?.getAttribute('aria-pressed') === 'true', await button.elementHandle());
    }
    if (qi < questions.length - 1) await page.getByRole('button', { name: UI.nextQuestion, exact: true }).click();
  }
}

/**
 * Three monthly meetings of the sample group (sessions 1–3, done, with attendance, quiz answers,
 * ticked steps and photos) and a catch-up planned next week for the family who keeps missing.
 * Attendance follows a fixed pattern so every run looks the same.
 * @param {import('playwright-core').Page} page
 */
async function seedPastMeetings(page) {
  const [groups, members, settings] = await Promise.all(
    ['groups', 'members', 'settings'].map((store) => page.evaluate(`(${READ_STORE})('${store}')`)),
  );
  const today = await page.evaluate(() => {
    const d = new Date();
    const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });
  const group = groups.find((g) => g.demo);
  if (!group) throw new Error('the sample group was not created');
  const deviceId = settings.find((row) => row.key === 'deviceId')?.value;
  const family = members
    .filter((m) => m.groupId === group.id)
    .sort((a, b) => a.name.localeCompare(b.name, 'id', { sensitivity: 'base' }));
  const now = new Date();
  const at = now.toISOString();
  const meta = () => ({ createdAt: at, updatedAt: at, deletedAt: null, deviceId });
  const monthsAgo = (n, day) => {
    const [y, m] = today.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1 - n, day)).toISOString().slice(0, 10);
  };
  const absentee = family[4];
  /** @type {Record<string, object[]>} */
  const rows = { sessions: [], attendance: [], checklist: [], quizAnswers: [] };
  const session = (code, date, extra) => {
    const row = {
      id: newId(),
      ...meta(),
      groupId: group.id,
      curriculumCode: code,
      plannedDate: date,
      plannedTime: '09:00',
      place: group.meetingPlace,
      status: 'done',
      actualDate: date,
      startedAt: `${date}T02:05:00.000Z`,
      endedAt: `${date}T04:10:00.000Z`,
      notes: '',
      catchUpFor: [],
      ...extra,
    };
    rows.sessions.push(row);
    return row;
  };
  /** Status of family i at meeting k: the absentee keeps missing, a few miss one meeting. */
  const statusOf = (i, k) => {
    if (family[i] === absentee) return ['alpa', 'izin', 'alpa'][k] ?? 'alpa';
    if ((i * 7 + k * 3) % 11 === 0) return ['izin', 'sakit', 'alpa'][(i + k) % 3];
    return 'hadir';
  };
  const quiz = (s, member, phase, correct) => {
    for (const [n, q] of (curriculum.get(s.curriculumCode)?.quiz ?? []).entries()) {
      const right = n < correct;
      const wrong = q.kind === 'truefalse' ? !q.answer : (q.answer + 1) % q.options.length;
      rows.quizAnswers.push({
        ...meta(),
        sessionId: s.id,
        memberId: member.id,
        questionId: q.id,
        phase,
        answer: right ? q.answer : wrong,
        correct: right,
      });
    }
  };
  const notes = [
    'Semua antusias; lagu pembuka dipimpin Ibu Ketua.',
    'Diskusi ramai soal anak yang susah makan.',
    'Ibu-ibu membuat mainan dari kardus bekas.\nPertemuan berikutnya di rumah Ibu Ketua.',
  ];
  const done = ['P2K2-01', 'P2K2-02', 'P2K2-03'].map((code, k) =>
    session(code, monthsAgo(3 - k, 10 + k), { notes: notes[k] }),
  );
  for (const [k, s] of done.entries()) {
    for (const [i, member] of family.entries()) {
      const status = statusOf(i, k);
      rows.attendance.push({
        ...meta(),
        sessionId: s.id,
        memberId: member.id,
        status,
        note: status === 'sakit' ? 'Demam' : '',
      });
      if (status === 'hadir' && i % 2 === 0) {
        quiz(s, member, 'pre', 1 + ((i + k) % 2));
        quiz(s, member, 'post', 3 + ((i + k) % 2));
      }
    }
    for (const [n, step] of (curriculum.get(s.curriculumCode)?.steps ?? []).entries()) {
      rows.checklist.push({
        ...meta(),
        sessionId: s.id,
        stepId: step.id,
        done: true,
        doneAt: s.endedAt,
        minutesSpent: step.minutes + ((n + k) % 3) - 1,
      });
    }
  }
  const last = done[2];
  const nextWeek = new Date(now.getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
  const planned = session('P2K2-01', nextWeek, {
    status: 'planned',
    startedAt: null,
    endedAt: null,
    actualDate: null,
    catchUpFor: [absentee.id],
    plannedTime: '15:30',
  });
  const photos = [
    ['Ibu-ibu menunjukkan mainan buatan sendiri', true, '#c2410c'],
    ['Diskusi kelompok kecil', true, '#15803d'],
    ['Foto tanpa izin (tidak dicetak)', false, '#1d4ed8'],
  ].map(([caption, consent, color]) => ({
    id: newId(),
    ...meta(),
    sessionId: last.id,
    mimeType: 'image/jpeg',
    width: 600,
    height: 450,
    caption,
    takenAt: last.endedAt,
    consent,
    color,
  }));

  await page.evaluate(
    async ({ rows, photos }) => {
      const db = await new Promise((ok, fail) => {
        const request = indexedDB.open('lentera');
        request.onsuccess = () => ok(request.result);
        request.onerror = () => fail(request.error);
      });
      const withBlobs = await Promise.all(
        photos.map(async ({ color, ...row }) => {
          const canvas = new OffscreenCanvas(row.width, row.height);
          const g = canvas.getContext('2d');
          g.fillStyle = color;
          g.fillRect(0, 0, row.width, row.height);
          g.fillStyle = 'rgba(255,255,255,0.85)';
          for (let i = 0; i < 5; i++) g.fillRect(60 + i * 100, 260 - i * 30, 70, 120 + i * 30);
          return { ...row, blob: await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.6 }) };
        }),
      );
      const all = { ...rows, photos: withBlobs };
      const keyOf = (table, row) =>
        table === 'attendance'
          ? `${row.sessionId}|${row.memberId}`
          : table === 'checklist'
            ? `${row.sessionId}|${row.stepId}`
            : table === 'quizAnswers'
              ? `${row.sessionId}|${row.memberId}|${row.questionId}|${row.phase}`
              : row.id;
      const tx = db.transaction([...Object.keys(all), 'changes'], 'readwrite');
      for (const [table, list] of Object.entries(all)) {
        for (const row of list) {
          tx.objectStore(table).put(row);
          tx.objectStore('changes').add({
            table,
            key: keyOf(table, row),
            op: 'put',
            at: row.updatedAt,
            deviceId: row.deviceId,
          });
        }
      }
      await new Promise((ok, fail) => {
        tx.oncomplete = ok;
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    },
    { rows, photos },
  );
  return {
    group: group.id,
    today,
    lastDone: last.id,
    planned: planned.id,
    absentee: absentee.id,
    absenteeName: absentee.name,
    names: family.map((m) => m.name),
  };
}
