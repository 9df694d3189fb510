/**
 * The P2K2 curriculum as typed data. Codes are stable: titles are labels that vary between
 * editions, so every record refers to a session by `code`, never by title.
 */

/** Text in both interface languages; Indonesian is the reference. */
export interface LocalText {
  readonly id: string;
  readonly en: string;
}

export interface CurriculumStep {
  /** Stable within its session, e.g. "s05-3". Checklist ticks are keyed by it. */
  readonly id: string;
  readonly title: LocalText;
  readonly minutes: number;
  /** One line telling the facilitator what to do, in our own words. */
  readonly instruction: LocalText;
}

export type QuizQuestion =
  | {
      readonly id: string;
      readonly kind: 'truefalse';
      readonly prompt: LocalText;
      readonly answer: boolean;
    }
  | {
      readonly id: string;
      readonly kind: 'choice';
      readonly prompt: LocalText;
      readonly options: readonly LocalText[];
      /** Index into `options`. */
      readonly answer: number;
    };

export interface CurriculumSession {
  /** Stable code, e.g. "P2K2-05" for core session 5 or "STUNTING-03" for an imported module. */
  readonly code: string;
  /** The number a facilitator says ("sesi 5"). */
  readonly number: number;
  readonly moduleCode: string;
  readonly title: LocalText;
  readonly goals: readonly LocalText[];
  readonly steps: readonly CurriculumStep[];
  readonly keyMessages: readonly LocalText[];
  readonly quiz: readonly QuizQuestion[];
}

export interface CurriculumModule {
  /** Stable code, e.g. "P2K2-M2". */
  readonly code: string;
  readonly number: number;
  readonly title: LocalText;
  readonly sessions: readonly CurriculumSession[];
}
