/**
 * The curriculum the screens use: the core modules (loaded lazily, they are the largest piece of
 * text in the app and the first screen doesn't need them) plus modules the user imported, each
 * re-validated on load so a damaged row cannot break a session screen.
 */
import { useEffect, useState } from 'preact/hooks';
import type { CurriculumModule, CurriculumSession } from '../../../shared/curriculum/types';
import type { LenteraDB } from '../../../shared/db/database';

export interface Curriculum {
  readonly modules: readonly CurriculumModule[];
  readonly sessions: readonly CurriculumSession[];
  find(code: string): CurriculumSession | undefined;
  moduleOf(session: CurriculumSession): CurriculumModule | undefined;
}

let cached: Promise<Curriculum> | null = null;

async function load(db: LenteraDB): Promise<Curriculum> {
  const [{ CORE_MODULES }, { parseCurriculumModule }, { mergeModules }] = await Promise.all([
    import('../../../shared/curriculum/core-modules'),
    import('../../../shared/curriculum/schema'),
    import('../../../shared/curriculum/catalogue'),
  ]);
  const imported: CurriculumModule[] = [];
  for (const row of await db.curriculum.toArray()) {
    if (row.deletedAt !== null) continue;
    try {
      imported.push(parseCurriculumModule(row.module));
    } catch (error) {
      console.error('skipping an invalid imported module', row.moduleCode, error);
    }
  }
  const modules = mergeModules(CORE_MODULES, imported);
  const sessions = modules.flatMap((module) => module.sessions);
  const byCode = new Map(sessions.map((session) => [session.code, session]));
  const moduleByCode = new Map(modules.map((module) => [module.code, module]));
  return {
    modules,
    sessions,
    find: (code) => byCode.get(code),
    moduleOf: (session) => moduleByCode.get(session.moduleCode),
  };
}

export function loadCurriculum(db: LenteraDB): Promise<Curriculum> {
  cached ??= load(db);
  return cached;
}

/** Call after importing or removing a module. */
export function forgetCurriculum(): void {
  cached = null;
}

export function useCurriculum(db: LenteraDB): Curriculum | undefined {
  const [curriculum, setCurriculum] = useState<Curriculum | undefined>(undefined);
  useEffect(() => {
    let live = true;
    loadCurriculum(db).then(
      (loaded) => live && setCurriculum(loaded),
      (error: unknown) => console.error(error),
    );
    return () => {
      live = false;
    };
  }, [db]);
  return curriculum;
}
