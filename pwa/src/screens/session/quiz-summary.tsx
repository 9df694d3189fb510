/**
 * The group's result: mean score before and after, the gain in percentage points, and the
 * understanding label the district recap asks for (Kurang / Baik / Sangat Baik / Tidak Dapat
 * Dinilai), all from `scoreQuiz`.
 */
import type { QuizSummary } from '../../../../shared/rules/score-quiz';
import { useApp, useT } from '../../app-context';
import { formatNumber, formatPercent } from '../../ui/format';

export function QuizSummaryCard(props: { summary: QuizSummary }) {
  const { lang } = useApp();
  const t = useT();
  const { summary } = props;
  const percent = (value: number | null) => (value === null ? '–' : formatPercent(value, lang));
  const gain =
    summary.meanGain === null
      ? '–'
      : t('run.quiz.points', {
          points: `${summary.meanGain > 0 ? '+' : ''}${formatNumber(Math.round(summary.meanGain * 100), lang)}`,
        });
  return (
    <section class="quiz-summary card" aria-labelledby="quiz-summary-title" data-testid="quiz-summary">
      <h2 id="quiz-summary-title">{t('run.quiz.groupResult')}</h2>
      <dl>
        <div>
          <dt>{t('run.quiz.pre')}</dt>
          <dd data-testid="quiz-mean-pre">{percent(summary.meanPre)}</dd>
        </div>
        <div>
          <dt>{t('run.quiz.post')}</dt>
          <dd data-testid="quiz-mean-post">{percent(summary.meanPost)}</dd>
        </div>
        <div>
          <dt>{t('run.quiz.gain')}</dt>
          <dd data-testid="quiz-gain">{gain}</dd>
        </div>
        <div>
          <dt>{t('run.quiz.understanding')}</dt>
          <dd data-testid="quiz-understanding">{t(`rules.understanding.${summary.understanding}`)}</dd>
        </div>
      </dl>
      <p class="muted">{t('run.quiz.withBoth', { count: summary.withBoth })}</p>
    </section>
  );
}
