/**
 * Pure look-ups over the curriculum: the core modules shipped in code plus modules a user imported.
 * Session codes are the identity every stored record points at, so they must be unique across
 * everything in use: `mergeModules` is the gate that refuses a clash, and the other helpers assume
 * their `extra` modules went through it (on a clash anyway, the first match, core first, wins).
 */
import { AppError } from '../errors';
import { CORE_MODULES } from './core-modules';
import type { CurriculumModule, CurriculumSession } from './types';

/** Every session in order: core modules first, then the extra modules in the order given. */
export function curriculumSessions(extra: readonly CurriculumModule[] = []): readonly CurriculumSession[] {
  return [...CORE_MODULES, ...extra].flatMap((module) => module.sessions);
}

export function findSession(code: string, extra: readonly CurriculumModule[] = []): CurriculumSession | undefined {
  return curriculumSessions(extra).find((session) => session.code === code);
}

export function findModule(code: string, extra: readonly CurriculumModule[] = []): CurriculumModule | undefined {
  return [...CORE_MODULES, ...extra].find((module) => module.code === code);
}

/** Planned length of a session, the sum of its steps. */
export function totalMinutes(session: CurriculumSession): number {
  return session.steps.reduce((sum, step) => sum + step.minutes, 0);
}

/**
 * `core` followed by `imported`, refusing any imported module whose module code or session code is
 * already taken (by core or by an earlier imported module): a record pointing at a code must never
 * silently change meaning. Replacing a module is a delete then an import, decided by the caller.
 */
export function mergeModules(
  core: readonly CurriculumModule[],
  imported: readonly CurriculumModule[],
): readonly CurriculumModule[] {
  const moduleCodes = new Set(core.map((module) => module.code));
  const sessionCodes = new Set(core.flatMap((module) => module.sessions.map((session) => session.code)));
  for (const module of imported) {
    if (moduleCodes.has(module.code)) throw new AppError('curriculum.duplicateCode', { code: module.code });
    moduleCodes.add(module.code);
    for (const session of module.sessions) {
      if (sessionCodes.has(session.code)) throw new AppError('curriculum.duplicateCode', { code: session.code });
      sessionCodes.add(session.code);
    }
  }
  return [...core, ...imported];
}

export { textIn } from './text-in';
