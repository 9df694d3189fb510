import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  curriculumSessions,
  findModule,
  findSession,
  mergeModules,
  textIn,
  totalMinutes,
} from '../../shared/curriculum/catalogue';
import { CORE_MODULES } from '../../shared/curriculum/core-modules';
import { parseCurriculumJson, parseCurriculumModule } from '../../shared/curriculum/schema';
import type { CurriculumModule, LocalText } from '../../shared/curriculum/types';
import { AppError } from '../../shared/errors';

const fixtures = resolve(import.meta.dirname, '../fixtures/curriculum');
const readFixture = (name: string): unknown => JSON.parse(readFileSync(resolve(fixtures, name), 'utf8'));
const stunting = (): CurriculumModule => parseCurriculumModule(readFixture('stunting-sample.json'));

/** Runs `fn`, expecting an AppError, and returns it for inspection. */
function catchAppError(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError, nothing was thrown');
}

const EXPECTED_MODULES: Readonly<Record<string, readonly number[]>> = {
  'P2K2-M1': [1, 2, 3, 4],
  'P2K2-M2': [5, 6, 7],
  'P2K2-M3': [8, 9, 10],
  'P2K2-M4': [11, 12],
  'P2K2-M5': [13, 14],
};

const coreSessions = CORE_MODULES.flatMap((module) => module.sessions);

function allTexts(module: CurriculumModule): LocalText[] {
  return [
    module.title,
    ...module.sessions.flatMap((session) => [
      session.title,
      ...session.goals,
      ...session.keyMessages,
      ...session.steps.flatMap((step) => [step.title, step.instruction]),
      ...session.quiz.flatMap((q) => [q.prompt, ...(q.kind === 'choice' ? q.options : [])]),
    ]),
  ];
}

describe('core curriculum', () => {
  it('has 5 modules with the P2K2 codes and numbers', () => {
    expect(CORE_MODULES.map((m) => [m.code, m.number])).toEqual([
      ['P2K2-M1', 1],
      ['P2K2-M2', 2],
      ['P2K2-M3', 3],
      ['P2K2-M4', 4],
      ['P2K2-M5', 5],
    ]);
  });

  it('has 14 sessions numbered 1-14, in order, in the right modules', () => {
    expect(coreSessions.map((s) => s.code)).toEqual(
      Array.from({ length: 14 }, (_, i) => `P2K2-${String(i + 1).padStart(2, '0')}`),
    );
    expect(coreSessions.map((s) => s.number)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    for (const module of CORE_MODULES) {
      expect(module.sessions.map((s) => s.number)).toEqual(EXPECTED_MODULES[module.code]);
      for (const session of module.sessions) expect(session.moduleCode).toBe(module.code);
    }
  });

  it('keeps the Indonesian session titles of the curriculum table', () => {
    expect(findSession('P2K2-01')?.title.id).toBe('Menjadi Orangtua yang Lebih Baik');
    expect(findSession('P2K2-06')?.title.id).toBe('Cermat Meminjam dan Menabung');
    expect(findSession('P2K2-11')?.title.id).toBe('Upaya Pencegahan Kekerasan dan Perlakuan Salah pada Anak');
    expect(findSession('P2K2-14')?.title.id).toBe('Pentingnya Kesejahteraan Lanjut Usia');
  });

  it.each(coreSessions.map((s) => [s.code, s] as const))('%s is complete and runnable', (_code, session) => {
    expect(session.goals.length).toBeGreaterThanOrEqual(2);
    expect(session.goals.length).toBeLessThanOrEqual(4);
    expect(session.steps.length).toBeGreaterThanOrEqual(4);
    expect(session.steps.length).toBeLessThanOrEqual(8);
    expect(session.keyMessages.length).toBeGreaterThanOrEqual(2);
    expect(session.keyMessages.length).toBeLessThanOrEqual(4);
    expect(session.quiz.length).toBeGreaterThanOrEqual(3);
    expect(session.quiz.length).toBeLessThanOrEqual(5);
    expect(totalMinutes(session)).toBeGreaterThanOrEqual(90);
    expect(totalMinutes(session)).toBeLessThanOrEqual(140);
    session.steps.forEach((step, i) => {
      expect(step.id).toBe(`${session.code}-s${i + 1}`);
      expect(step.minutes).toBeGreaterThan(0);
    });
    session.quiz.forEach((question, i) => {
      expect(question.id).toBe(`${session.code}-q${i + 1}`);
    });
    // A quiz read aloud needs both kinds, so nobody can pass by always saying "benar".
    expect(new Set(session.quiz.map((q) => q.kind))).toEqual(new Set(['truefalse', 'choice']));
    for (const question of session.quiz) {
      if (question.kind !== 'choice') continue;
      expect(question.options.length).toBeGreaterThanOrEqual(3);
      expect(question.options.length).toBeLessThanOrEqual(4);
      expect(question.answer).toBeGreaterThanOrEqual(0);
      expect(question.answer).toBeLessThan(question.options.length);
    }
  });

  it('has non-empty Indonesian and English text everywhere', () => {
    for (const module of CORE_MODULES) {
      for (const text of allTexts(module)) {
        expect(text.id.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
      }
    }
  });

  it('has unique step and question ids', () => {
    const stepIds = coreSessions.flatMap((s) => s.steps.map((step) => step.id));
    const questionIds = coreSessions.flatMap((s) => s.quiz.map((q) => q.id));
    expect(new Set(stepIds).size).toBe(stepIds.length);
    expect(new Set(questionIds).size).toBe(questionIds.length);
  });

  it('passes its own import schema unchanged', () => {
    for (const module of CORE_MODULES) {
      const roundTripped: unknown = JSON.parse(JSON.stringify(module));
      expect(parseCurriculumModule(roundTripped)).toEqual(module);
    }
  });
});

describe('catalogue helpers', () => {
  it('lists core sessions first, then extra modules', () => {
    const extra = stunting();
    const codes = curriculumSessions([extra]).map((s) => s.code);
    expect(codes).toHaveLength(17);
    expect(codes.slice(0, 14)).toEqual(coreSessions.map((s) => s.code));
    expect(codes.slice(14)).toEqual(['STUNTING-01', 'STUNTING-02', 'STUNTING-03']);
    expect(curriculumSessions()).toHaveLength(14);
  });

  it('finds sessions and modules by code, including extra ones', () => {
    const extra = stunting();
    expect(findSession('P2K2-05')?.moduleCode).toBe('P2K2-M2');
    expect(findSession('STUNTING-02')).toBeUndefined();
    expect(findSession('STUNTING-02', [extra])?.title.id).toBe('Gizi untuk Ibu Hamil');
    expect(findModule('P2K2-M4')?.sessions.map((s) => s.code)).toEqual(['P2K2-11', 'P2K2-12']);
    expect(findModule('STUNTING-M1', [extra])?.title.id).toBe('Pencegahan Stunting');
    expect(findModule('NOPE')).toBeUndefined();
  });

  it('sums the planned minutes of a session', () => {
    // Session 11 is the one the field describes in detail: 8 steps over 140 minutes.
    const session = findSession('P2K2-11');
    expect(session?.steps).toHaveLength(8);
    expect(session && totalMinutes(session)).toBe(140);
  });

  it('falls back to Indonesian when a module has no English', () => {
    expect(textIn({ id: 'Sesi', en: '' }, 'en')).toBe('Sesi');
    expect(textIn({ id: 'Sesi', en: 'Session' }, 'en')).toBe('Session');
    expect(textIn({ id: 'Sesi', en: 'Session' }, 'id')).toBe('Sesi');
  });
});

describe('importing a module', () => {
  it('parses the stunting sample and merges it after the core', () => {
    const extra = stunting();
    expect(extra.sessions.map((s) => s.code)).toEqual(['STUNTING-01', 'STUNTING-02', 'STUNTING-03']);
    const merged = mergeModules(CORE_MODULES, [extra]);
    expect(merged.map((m) => m.code)).toEqual(['P2K2-M1', 'P2K2-M2', 'P2K2-M3', 'P2K2-M4', 'P2K2-M5', 'STUNTING-M1']);
  });

  it('parses from file text, and names bad JSON', () => {
    const text = readFileSync(resolve(fixtures, 'stunting-sample.json'), 'utf8');
    expect(parseCurriculumJson(text).code).toBe('STUNTING-M1');
    const error = catchAppError(() => parseCurriculumJson('{"code": '));
    expect(error.code).toBe('curriculum.invalid');
    expect(error.details.path).toBe('(root)');
  });

  const EXPECTED_PATHS: Readonly<Record<string, string>> = {
    'invalid-minutes.json': 'sessions[2].steps[0].minutes',
    'invalid-answer.json': 'sessions[1].quiz[0].answer',
    'invalid-code.json': 'sessions[0].code',
    'invalid-duplicate-step.json': 'sessions[2].steps[1].id',
  };

  it('has an expectation for every invalid fixture', () => {
    const files = readdirSync(fixtures).filter((name) => name.startsWith('invalid-'));
    expect(files.sort()).toEqual(Object.keys(EXPECTED_PATHS).sort());
  });

  it.each(Object.entries(EXPECTED_PATHS))('%s is refused at %s', (file, path) => {
    const error = catchAppError(() => parseCurriculumModule(readFixture(file)));
    expect(error.code).toBe('curriculum.invalid');
    expect(error.details.path).toBe(path);
    expect(String(error.details.detail)).not.toBe('');
  });

  it('names missing fields, unknown fields and wrong types in plain words', () => {
    const base = readFixture('stunting-sample.json') as { sessions: Record<string, unknown>[] };
    const cases: [mutate: (session: Record<string, unknown>) => void, path: string, detail: RegExp][] = [
      [(s) => delete s.goals, 'sessions[0].goals', /missing/],
      [(s) => Object.assign(s, { notes: 'x' }), 'sessions[0].notes', /not a known field/],
      [(s) => Object.assign(s, { number: '1' }), 'sessions[0].number', /number/],
      [(s) => Object.assign(s, { goals: [] }), 'sessions[0].goals', /at least 1/],
      [(s) => Object.assign(s, { moduleCode: 'OTHER-M1' }), 'sessions[0].moduleCode', /STUNTING-M1/],
      [
        (s) => Object.assign(s, { quiz: [{ id: 'q1', kind: 'essay' }] }),
        'sessions[0].quiz[0].kind',
        /^must be "truefalse" or "choice"$/,
      ],
      [(s) => Object.assign(s, { steps: [[1]] }), 'sessions[0].steps[0]', /not a list/],
    ];
    for (const [mutate, path, detail] of cases) {
      const json = structuredClone(base);
      const [session] = json.sessions;
      if (!session) throw new Error('fixture has no session');
      mutate(session);
      const error = catchAppError(() => parseCurriculumModule(json));
      expect(error.details.path).toBe(path);
      expect(String(error.details.detail)).toMatch(detail);
    }
  });

  it('refuses a non-object at the root', () => {
    expect(catchAppError(() => parseCurriculumModule(null)).details.path).toBe('(root)');
    expect(catchAppError(() => parseCurriculumModule([])).details.path).toBe('(root)');
  });

  it('accepts a module without English and trims the text', () => {
    const json = readFixture('stunting-sample.json') as { title: Record<string, unknown> };
    json.title = { id: '  Pencegahan Stunting  ' };
    const module = parseCurriculumModule(json);
    expect(module.title).toEqual({ id: 'Pencegahan Stunting', en: '' });
  });

  it('refuses __proto__ and constructor keys anywhere', () => {
    const text = readFileSync(resolve(fixtures, 'stunting-sample.json'), 'utf8');
    const proto = text.replace('"goals": [', '"__proto__": { "polluted": true },\n"goals": [');
    const error = catchAppError(() => parseCurriculumModule(JSON.parse(proto)));
    expect(error.code).toBe('curriculum.invalid');
    expect(error.details.path).toBe('sessions[0].__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    const json = readFixture('stunting-sample.json') as { sessions: { steps: object[] }[] };
    const step = json.sessions[1]?.steps[2];
    if (!step) throw new Error('fixture has no step');
    // An own `constructor` key, as JSON.parse would make it.
    Object.defineProperty(step, 'constructor', { value: { prototype: {} }, enumerable: true });
    expect(catchAppError(() => parseCurriculumModule(json)).details.path).toBe('sessions[1].steps[2].constructor');
  });

  it('refuses an imported module whose codes clash', () => {
    const extra = stunting();
    const error = catchAppError(() => mergeModules(CORE_MODULES, [extra, extra]));
    expect(error.code).toBe('curriculum.duplicateCode');
    expect(error.details.code).toBe('STUNTING-M1');

    const first = extra.sessions[0];
    if (!first) throw new Error('fixture has no session');
    const clashing: CurriculumModule = {
      ...extra,
      code: 'STUNTING-M2',
      sessions: [{ ...first, code: 'P2K2-05', moduleCode: 'STUNTING-M2' }],
    };
    const clash = catchAppError(() => mergeModules(CORE_MODULES, [clashing]));
    expect(clash.code).toBe('curriculum.duplicateCode');
    expect(clash.details.code).toBe('P2K2-05');
  });
});
