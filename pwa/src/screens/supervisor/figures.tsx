/**
 * The figures of a facilitator or a group for one month, as a definition list a screen reader
 * reads in pairs. "No data" is a dash, never 0% (a month without meetings has no attendance rate).
 */
import type { QuizTotals } from '../../../../shared/supervision/group-month';
import { quizMeans } from '../../../../shared/supervision/group-month';
import { useApp, useT } from '../../app-context';
import { formatNumber, formatPercent, localeOf } from '../../ui/format';

export interface FigureSource {
  readonly planned: number;
  readonly held: number;
  readonly catchUpsHeld: number;
  readonly rate: number | null;
  readonly quiz: QuizTotals;
  /** Families flagged for repeated absence. */
  readonly absent: number;
  readonly openCases: number;
  readonly openComplaints: number;
}

export const NO_VALUE = '—';

export function usePercent(): (ratio: number | null) => string {
  const { lang } = useApp();
  return (ratio) => (ratio === null ? NO_VALUE : formatPercent(ratio, lang));
}

export function Figures(props: { source: FigureSource; testId?: string }) {
  const { lang } = useApp();
  const t = useT();
  const percent = usePercent();
  const { source } = props;
  const quiz = quizMeans(source.quiz);
  const signed = new Intl.NumberFormat(localeOf(lang), { signDisplay: 'exceptZero', maximumFractionDigits: 0 });
  const lowMeetings = source.held < source.planned || source.planned === 0;
  return (
    <dl class="sv-figures" data-testid={props.testId}>
      <div class={lowMeetings ? 'sv-fig sv-fig-warn' : 'sv-fig'} data-figure="meetings">
        <dt>{t('supervisor.fig.meetings')}</dt>
        <dd>
          {t('supervisor.fig.meetingsValue', { held: source.held, planned: source.planned })}
          {source.catchUpsHeld > 0 && (
            <span class="sv-fig-note"> {t('supervisor.fig.catchUps', { count: source.catchUpsHeld })}</span>
          )}
        </dd>
      </div>
      <div class={source.rate !== null && source.rate < 0.6 ? 'sv-fig sv-fig-warn' : 'sv-fig'} data-figure="attendance">
        <dt>{t('supervisor.fig.attendance')}</dt>
        <dd>{percent(source.rate)}</dd>
      </div>
      <div class="sv-fig" data-figure="quiz">
        <dt>{t('supervisor.fig.quiz')}</dt>
        <dd>
          {quiz.pre === null && quiz.post === null
            ? NO_VALUE
            : t('supervisor.fig.quizValue', { pre: percent(quiz.pre), post: percent(quiz.post) })}
          {quiz.gain !== null && (
            <span class="sv-fig-note"> {t('supervisor.fig.gain', { points: signed.format(quiz.gain * 100) })}</span>
          )}
        </dd>
      </div>
      <div class={source.absent > 0 ? 'sv-fig sv-fig-warn' : 'sv-fig'} data-figure="absent">
        <dt>{t('supervisor.fig.absent')}</dt>
        <dd>{t('supervisor.fig.families', { count: source.absent })}</dd>
      </div>
      <div class="sv-fig" data-figure="cases">
        <dt>{t('supervisor.fig.cases')}</dt>
        <dd>{formatNumber(source.openCases, lang)}</dd>
      </div>
      <div class="sv-fig" data-figure="complaints">
        <dt>{t('supervisor.fig.complaints')}</dt>
        <dd>{formatNumber(source.openComplaints, lang)}</dd>
      </div>
    </dl>
  );
}
