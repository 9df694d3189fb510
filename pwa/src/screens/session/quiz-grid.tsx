/**
 * The grid: families down, questions across; a tap on a cell cycles none → first answer → … →
 * none. The family column stays put while the grid scrolls sideways on a phone. The questions are
 * listed under the grid so the numbers mean something.
 */
import { textIn } from '../../../../shared/curriculum/catalogue';
import type { Member } from '../../../../shared/model/types';
import { useT } from '../../app-context';
import { nextAnswer } from '../../data/quiz';
import { answerLabel, type QuizCells } from './quiz-cells';

export function QuizGrid(props: { cells: QuizCells; members: readonly Member[] }) {
  const t = useT();
  const { cells, members } = props;
  return (
    <div class="quiz-grid">
      <p class="muted">{t('run.quiz.gridHint')}</p>
      <div class="quiz-grid-scroll">
        <table>
          <caption class="visually-hidden">{t('run.quiz.gridCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('run.quiz.family')}</th>
              {cells.questions.map((question, i) => (
                <th key={question.id} scope="col">
                  <span aria-hidden="true">{i + 1}</span>
                  <span class="visually-hidden">{t('run.quiz.questionN', { n: i + 1 })}</span>
                </th>
              ))}
              <th scope="col">{t('run.quiz.score')}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.id} data-testid="quiz-grid-row">
                <th scope="row">{member.name}</th>
                {cells.questions.map((question, i) => {
                  const value = cells.value(member.id, question.id);
                  const label = value === null ? t('run.quiz.noAnswer') : answerLabel(t, question, value);
                  return (
                    <td key={question.id}>
                      <button
                        type="button"
                        class={`quiz-cell${value === null ? '' : ' quiz-cell-on'}`}
                        aria-label={t('run.quiz.cellLabel', { name: member.name, n: i + 1, answer: label })}
                        aria-busy={cells.saving(member.id, question.id)}
                        disabled={!cells.editable}
                        onClick={() => cells.change(member.id, question, (shown) => nextAnswer(question, shown))}
                      >
                        {value === null ? '·' : label}
                      </button>
                    </td>
                  );
                })}
                <td class="quiz-grid-score">{cells.score(member.id)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ol class="quiz-legend">
        {cells.questions.map((question) => (
          <li key={question.id}>{textIn(question.prompt, cells.lang)}</li>
        ))}
      </ol>
    </div>
  );
}
