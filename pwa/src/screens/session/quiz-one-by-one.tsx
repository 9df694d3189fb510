/**
 * One question at a time: the question big enough to read to a room, a read-aloud button, then one
 * row per family with big answer buttons. Tapping the chosen answer again clears it.
 */
import { useState } from 'preact/hooks';
import { textIn } from '../../../../shared/curriculum/catalogue';
import type { QuizQuestion } from '../../../../shared/curriculum/types';
import type { Member } from '../../../../shared/model/types';
import { useT } from '../../app-context';
import { answerChoices } from '../../data/quiz';
import { Button } from '../../ui/kit';
import { answerLabel, optionLetter, type QuizCells } from './quiz-cells';
import { ReadAloud } from './quiz-read-aloud';

function spokenText(question: QuizQuestion, lang: QuizCells['lang']): string {
  const prompt = textIn(question.prompt, lang);
  if (question.kind === 'truefalse') return prompt;
  return [prompt, ...question.options.map((o, i) => `${optionLetter(i)}. ${textIn(o, lang)}.`)].join(' ');
}

export function QuizOneByOne(props: { cells: QuizCells; members: readonly Member[] }) {
  const t = useT();
  const { cells, members } = props;
  const [index, setIndex] = useState(0);
  const at = Math.min(index, cells.questions.length - 1);
  const question = cells.questions[at];
  if (question === undefined) return null;
  const answered = members.filter((m) => cells.value(m.id, question.id) !== null).length;
  const correctText =
    question.kind === 'truefalse'
      ? answerLabel(t, question, question.answer)
      : `${optionLetter(question.answer)}. ${textIn(question.options[question.answer] ?? { id: '', en: '' }, cells.lang)}`;

  return (
    <div class="quiz-one">
      <section class="quiz-question card" aria-labelledby="quiz-prompt">
        <div class="quiz-nav">
          <Button disabled={at === 0} onClick={() => setIndex(at - 1)} aria-label={t('run.quiz.previous')}>
            <span aria-hidden="true">‹</span>
          </Button>
          <span class="quiz-count" data-testid="quiz-position">
            {t('run.quiz.questionOf', { n: at + 1, total: cells.questions.length })}
          </span>
          <Button
            disabled={at === cells.questions.length - 1}
            onClick={() => setIndex(at + 1)}
            aria-label={t('run.quiz.next')}
          >
            <span aria-hidden="true">›</span>
          </Button>
        </div>
        <p class="quiz-prompt" id="quiz-prompt">
          {textIn(question.prompt, cells.lang)}
        </p>
        {question.kind === 'choice' && (
          <ol class="quiz-options">
            {question.options.map((option, i) => (
              <li key={optionLetter(i)}>
                <strong>{optionLetter(i)}.</strong> {textIn(option, cells.lang)}
              </li>
            ))}
          </ol>
        )}
        <ReadAloud text={spokenText(question, cells.lang)} lang={cells.lang} />
        <details class="quiz-key">
          <summary>{t('run.quiz.showKey')}</summary>
          <p>{t('run.quiz.key', { answer: correctText })}</p>
        </details>
        <p class="muted" data-testid="quiz-answered">
          {t('run.quiz.answered', { count: answered, total: members.length })}
        </p>
      </section>
      <ul class="quiz-rows">
        {members.map((member) => {
          const value = cells.value(member.id, question.id);
          return (
            <li key={member.id} class="quiz-row" data-testid="quiz-row">
              <div class="quiz-who">
                <span class="quiz-name">{member.name}</span>
                <span class="quiz-score">{cells.score(member.id)}</span>
              </div>
              {/* biome-ignore lint/a11y/useSemanticElements: a group of toggle buttons, not a form fieldset */}
              <div class="quiz-answers" role="group" aria-label={member.name}>
                {answerChoices(question).map((choice) => (
                  <button
                    key={String(choice)}
                    type="button"
                    class={`quiz-ans${value === choice ? ' quiz-ans-on' : ''}`}
                    aria-pressed={value === choice}
                    aria-busy={value === choice && cells.saving(member.id, question.id)}
                    disabled={!cells.editable}
                    onClick={() => cells.change(member.id, question, (shown) => (shown === choice ? null : choice))}
                  >
                    {value === choice && <span aria-hidden="true">✓ </span>}
                    {answerLabel(t, question, choice)}
                  </button>
                ))}
              </div>
            </li>
          );
        })}
      </ul>
      <div class="quiz-nav quiz-nav-bottom">
        <Button disabled={at === 0} onClick={() => setIndex(at - 1)}>
          ‹ {t('run.quiz.previous')}
        </Button>
        <Button tone="primary" disabled={at === cells.questions.length - 1} onClick={() => setIndex(at + 1)}>
          {t('run.quiz.next')} ›
        </Button>
      </div>
    </div>
  );
}
