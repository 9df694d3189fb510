/**
 * The boundary for curriculum modules that come from outside (an imported JSON file, a bundle from
 * another device). Everything is checked before it is typed:
 * - shape and limits with valibot; strict objects, because a hand-written module with an unexpected
 *   key is almost always a typo, and silently dropping it would hide the mistake;
 * - `__proto__`, `constructor` and `prototype` keys are refused anywhere, before valibot runs, so a
 *   crafted file can never reach an object spread or merge later on;
 * - rules across fields (unique codes and ids, answers within their options, sessions that belong
 *   to this module) that a per-field schema cannot express.
 * Errors name the first bad place as a path a person can follow (`sessions[2].steps[0].minutes`).
 * The detail is short plain English; the surrounding sentence comes from the message catalogue.
 * English text may be left out: it defaults to '' and `textIn` falls back to Indonesian, so a
 * supervisor can import a module written in Indonesian only.
 */
import * as v from 'valibot';
import { AppError } from '../errors';
import type { CurriculumModule } from './types';

export const CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{1,31}$/;
/** Step and question ids: looser than codes (core ids read `P2K2-05-s1`), still safe as keys. */
export const ITEM_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,47}$/;

export const CURRICULUM_LIMITS = {
  sessions: 30,
  steps: 12,
  goals: 10,
  keyMessages: 10,
  quiz: 10,
  options: 6,
  minutes: 240,
  number: 999,
  /** Characters of JSON text accepted by `parseCurriculumJson`; the largest legal module is far smaller. */
  jsonChars: 1_000_000,
} as const;

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
/** The real shape nests 7 deep; anything far deeper is hostile or broken, and recursion must stop. */
const MAX_DEPTH = 16;
const ROOT_PATH = '(root)';

const code = v.pipe(v.string(), v.regex(CODE_PATTERN, 'must be 2-32 capital letters, digits or dashes, like P2K2-05'));
const itemId = v.pipe(v.string(), v.regex(ITEM_ID_PATTERN, 'must be 1-48 letters, digits or dashes, like P2K2-05-s1'));
const whole = (min: number, max: number) =>
  v.pipe(
    v.number(),
    v.integer('must be a whole number'),
    v.minValue(min, `must be at least ${min}`),
    v.maxValue(max, `must be at most ${max}`),
  );
const list = <T extends v.GenericSchema>(item: T, min: number, max: number) =>
  v.pipe(
    v.array(item),
    v.minLength(min, min === 1 ? 'must have at least 1 item' : `must have at least ${min} items`),
    v.maxLength(max, `must have at most ${max} items`),
  );

/** valibot's object schemas accept arrays (and then report every key as missing); say what is wrong instead. */
const notList = v.custom<unknown>((input) => !Array.isArray(input), 'must be an object, not a list');
const record = <T extends v.GenericSchema>(schema: T) => v.pipe(notList, schema);

function localText(maxChars: number) {
  const tooLong = `must be at most ${maxChars} characters`;
  return record(
    v.strictObject({
      id: v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'), v.maxLength(maxChars, tooLong)),
      en: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(maxChars, tooLong)), ''),
    }),
  );
}

const stepSchema = record(
  v.strictObject({
    id: itemId,
    title: localText(100),
    minutes: whole(1, CURRICULUM_LIMITS.minutes),
    instruction: localText(400),
  }),
);

const quizQuestionSchema = record(
  v.variant('kind', [
    v.strictObject({
      id: itemId,
      kind: v.literal('truefalse'),
      prompt: localText(300),
      answer: v.boolean(),
    }),
    v.strictObject({
      id: itemId,
      kind: v.literal('choice'),
      prompt: localText(300),
      options: list(localText(160), 2, CURRICULUM_LIMITS.options),
      // The upper bound depends on `options`; it is checked in `findCrossFieldProblem`.
      answer: whole(0, CURRICULUM_LIMITS.options - 1),
    }),
  ]),
);

const sessionSchema = record(
  v.strictObject({
    code,
    number: whole(1, CURRICULUM_LIMITS.number),
    moduleCode: code,
    title: localText(120),
    goals: list(localText(300), 1, CURRICULUM_LIMITS.goals),
    steps: list(stepSchema, 1, CURRICULUM_LIMITS.steps),
    keyMessages: list(localText(300), 0, CURRICULUM_LIMITS.keyMessages),
    quiz: list(quizQuestionSchema, 0, CURRICULUM_LIMITS.quiz),
  }),
);

export const curriculumModuleSchema = record(
  v.strictObject({
    code,
    number: whole(1, CURRICULUM_LIMITS.number),
    title: localText(120),
    sessions: list(sessionSchema, 1, CURRICULUM_LIMITS.sessions),
  }),
);

/** Validates a parsed JSON value and returns it typed, trimmed, with English defaulted to ''. */
export function parseCurriculumModule(json: unknown): CurriculumModule {
  const unsafe = findUnsafeKey(json, [], 0);
  if (unsafe) throw invalid(unsafe.path, unsafe.detail);
  const result = v.safeParse(curriculumModuleSchema, json, { abortEarly: true });
  if (!result.success) {
    const [issue] = result.issues;
    throw invalid(formatPath(issue.path?.map((item) => item.key) ?? []), describeIssue(issue));
  }
  // The assignment is the compile-time proof that the schema's output is a CurriculumModule.
  const module: CurriculumModule = result.output;
  const problem = findCrossFieldProblem(module);
  if (problem) throw invalid(problem.path, problem.detail);
  return module;
}

/** The same, from the text of a file the user picked. */
export function parseCurriculumJson(text: string): CurriculumModule {
  if (text.length > CURRICULUM_LIMITS.jsonChars) {
    throw invalid(ROOT_PATH, `file is larger than ${CURRICULUM_LIMITS.jsonChars} characters`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new AppError('curriculum.invalid', { path: ROOT_PATH, detail: 'is not valid JSON' }, { cause });
  }
  return parseCurriculumModule(json);
}

interface Problem {
  readonly path: string;
  readonly detail: string;
}

function invalid(path: string, detail: string): AppError {
  return new AppError('curriculum.invalid', { path, detail });
}

/** `['sessions', 2, 'steps', 0, 'minutes']` → `sessions[2].steps[0].minutes`. */
function formatPath(keys: readonly unknown[]): string {
  let path = '';
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else path += path === '' ? String(key) : `.${String(key)}`;
  }
  return path === '' ? ROOT_PATH : path;
}

function findUnsafeKey(value: unknown, path: readonly (string | number)[], depth: number): Problem | null {
  if (typeof value !== 'object' || value === null) return null;
  if (depth > MAX_DEPTH) return { path: formatPath(path), detail: 'is nested too deeply' };
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findUnsafeKey(item, [...path, index], depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    if (FORBIDDEN_KEYS.has(key)) return { path: formatPath([...path, key]), detail: 'is a forbidden key' };
    const found = findUnsafeKey(item, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'must be text',
  number: 'must be a number',
  boolean: 'must be true or false',
  array: 'must be a list',
  literal: 'has the wrong value',
};

function describeIssue(issue: v.BaseIssue<unknown>): string {
  // Validation issues carry the plain messages written in the schema above.
  if (issue.kind !== 'schema') return issue.message;
  if (issue.type === 'strict_object' || issue.type === 'object') {
    if (issue.expected === 'never') return 'is not a known field';
    if (issue.received === 'undefined') return 'is missing';
    return 'must be an object';
  }
  if (issue.type === 'variant') {
    // valibot reports the allowed values as `("truefalse" | "choice")`.
    return `must be ${(issue.expected ?? '').replace(/^\((.*)\)$/, '$1').replaceAll(' | ', ' or ')}`;
  }
  return TYPE_NAMES[issue.type] ?? issue.message;
}

function findCrossFieldProblem(module: CurriculumModule): Problem | null {
  const sessionCodes = new Set<string>();
  const sessionNumbers = new Set<number>();
  const stepIds = new Set<string>();
  const questionIds = new Set<string>();
  for (const [s, session] of module.sessions.entries()) {
    const at = `sessions[${s}]`;
    if (session.moduleCode !== module.code) {
      return { path: `${at}.moduleCode`, detail: `must be the module's code ${module.code}` };
    }
    if (sessionCodes.has(session.code)) return { path: `${at}.code`, detail: `repeats ${session.code}` };
    sessionCodes.add(session.code);
    // Facilitators say "sesi 5"; two sessions with one number in a module would be ambiguous.
    if (sessionNumbers.has(session.number)) return { path: `${at}.number`, detail: `repeats ${session.number}` };
    sessionNumbers.add(session.number);
    for (const [i, step] of session.steps.entries()) {
      if (stepIds.has(step.id)) return { path: `${at}.steps[${i}].id`, detail: `repeats ${step.id}` };
      stepIds.add(step.id);
    }
    for (const [i, question] of session.quiz.entries()) {
      if (questionIds.has(question.id)) return { path: `${at}.quiz[${i}].id`, detail: `repeats ${question.id}` };
      questionIds.add(question.id);
      if (question.kind === 'choice' && question.answer >= question.options.length) {
        return {
          path: `${at}.quiz[${i}].answer`,
          detail: `must point to one of the ${question.options.length} options`,
        };
      }
    }
  }
  return null;
}
