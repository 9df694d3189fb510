/** What both quiz modes receive from the quiz tab, and the labels they share. */
import type { QuizQuestion } from '../../../../shared/curriculum/types';
import type { Lang, MessageKey, MessageValues } from '../../../../shared/i18n/translate';
import type { AnswerValue } from '../../data/quiz';

type Translate = (key: MessageKey, values?: MessageValues) => string;

/** What the family modes need to show and record answers. */
export interface QuizCells {
  readonly questions: readonly QuizQuestion[];
  readonly lang: Lang;
  readonly editable: boolean;
  value(memberId: string, questionId: string): AnswerValue | null;
  saving(memberId: string, questionId: string): boolean;
  /** A tap: `next` turns the answer shown (even one not yet repainted) into the one to save. */
  change(memberId: string, question: QuizQuestion, next: (shown: AnswerValue | null) => AnswerValue | null): void;
  /** "3/5" for the family in this phase, or "–" before any answer. */
  score(memberId: string): string;
}

/** The label of an answer: Benar/Salah, or the option's letter. */
export function answerLabel(t: Translate, question: QuizQuestion, value: AnswerValue): string {
  if (question.kind === 'truefalse') return t(value === true ? 'run.quiz.true' : 'run.quiz.false');
  return optionLetter(typeof value === 'number' ? value : 0);
}

export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index);
}
