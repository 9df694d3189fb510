/**
 * Ringkasan: what the session produced, live while it runs and as the record once done: attendance
 * (summarizeSession), checklist completion and time, quiz before/after with the group's
 * understanding label (scoreQuiz), photos, notes, the printables, and finishing or reopening.
 */
import { useState } from 'preact/hooks';
import { textIn } from '../../../../shared/curriculum/catalogue';
import { ATTENDANCE_STATUSES } from '../../../../shared/model/types';
import { scoreQuiz } from '../../../../shared/rules/score-quiz';
import { summarizeSession } from '../../../../shared/rules/summarize-attendance';
import { useApp, useT } from '../../app-context';
import { checklistProgress, ticksOf } from '../../data/checklist';
import { href } from '../../router';
import { formatNumber, formatPercent } from '../../ui/format';
import { Button, LinkButton, Loading } from '../../ui/kit';
import { PortalStatus } from '../../ui/portal-status';
import { useLiveQuery } from '../../use-live-query';
import { ConfirmPanel } from './confirm-panel';
import { NotesField } from './notes-field';
import type { RunContext } from './run-context';
import { minutesBetween } from './run-state';
import { finishAndSummarize, reopen } from './session-actions';

export function SummaryTab(props: { run: RunContext }) {
  const app = useApp();
  const t = useT();
  const { lang } = app;
  const { session, curriculum, members } = props.run;
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const data = useLiveQuery(async () => {
    const [attendance, ticks, answers, photos] = await Promise.all([
      app.db.attendance.where('sessionId').equals(session.id).toArray(),
      ticksOf(app.db, session.id),
      app.db.quizAnswers.where('sessionId').equals(session.id).toArray(),
      app.db.photos
        .where('sessionId')
        .equals(session.id)
        .filter((p) => p.deletedAt === null)
        .count(),
    ]);
    return { attendance, ticks, answers, photos };
  }, [session.id]);
  if (data === undefined) return <Loading />;

  const attendance = summarizeSession(session, members, data.attendance);
  const progress = checklistProgress(curriculum, data.ticks);
  const quiz = scoreQuiz(curriculum.quiz, data.answers);
  const hasPost = quiz.members.some((m) => m.post !== null);
  const end = session.endedAt ?? (session.status === 'running' ? app.write.clock.now().toISOString() : null);
  const actual = session.startedAt !== null && end !== null ? minutesBetween(session.startedAt, end) : null;
  const percent = (value: number | null) =>
    value === null ? t('session.summary.noScore') : formatPercent(value, lang);
  const stepTitle = (id: string) => {
    const index = curriculum.steps.findIndex((s) => s.id === id);
    const step = curriculum.steps[index];
    return step ? `${index + 1}. ${textIn(step.title, lang)}` : id;
  };

  async function confirm() {
    setBusy(true);
    const ok = session.status === 'running' ? await finishAndSummarize(app, session.id) : await reopen(app, session.id);
    setBusy(false);
    if (ok) setAsking(false);
  }

  const missing: string[] = [];
  if (progress.missing.length > 0) {
    missing.push(
      t('session.finish.missingSteps', {
        count: progress.missing.length,
        steps: progress.missing.map(stepTitle).join(', '),
      }),
    );
  }
  if (attendance.unmarked > 0) missing.push(t('session.finish.unmarked', { count: attendance.unmarked }));
  if (curriculum.quiz.length > 0 && !hasPost) missing.push(t('session.finish.noPostQuiz'));

  return (
    <div class="summary">
      <section class="summary-block" aria-labelledby="sum-attendance">
        <h2 id="sum-attendance">{t('session.summary.attendance')}</h2>
        <p data-testid="summary-attendance">
          {attendance.rate === null
            ? t('session.summary.noExpected')
            : t('session.summary.present', {
                present: attendance.counts.hadir,
                expected: attendance.expected,
                rate: formatPercent(attendance.rate, lang),
              })}
        </p>
        <dl class="stats">
          {ATTENDANCE_STATUSES.map((status) => (
            <div key={status} class={`stat stat-${status}`}>
              <dt>{t(`attendance.${status}`)}</dt>
              <dd>{formatNumber(attendance.counts[status], lang)}</dd>
            </div>
          ))}
          <div class="stat">
            <dt>{t('session.summary.unmarked')}</dt>
            <dd>{formatNumber(attendance.unmarked, lang)}</dd>
          </div>
        </dl>
      </section>

      <section class="summary-block" aria-labelledby="sum-steps">
        <h2 id="sum-steps">{t('session.summary.steps')}</h2>
        <p data-testid="summary-steps" class="summary-big">
          {t('session.summary.stepsDone', {
            done: progress.done,
            total: progress.total,
            percent: formatPercent(progress.total === 0 ? 1 : progress.done / progress.total, lang),
          })}
        </p>
        <p>
          {actual === null
            ? t('session.summary.durationPlanned', { planned: progress.plannedMinutes })
            : t('session.summary.duration', { actual, planned: progress.plannedMinutes })}
        </p>
        {progress.timedSteps > 0 && (
          <p class="muted">
            {t('session.summary.stepMinutes', { minutes: progress.minutesSpent, count: progress.timedSteps })}
          </p>
        )}
      </section>

      <section class="summary-block" aria-labelledby="sum-quiz">
        <h2 id="sum-quiz">{t('session.summary.quiz')}</h2>
        {curriculum.quiz.length === 0 ? (
          <p>{t('session.summary.noQuiz')}</p>
        ) : (
          <>
            <dl class="stats" data-testid="summary-quiz">
              <div class="stat">
                <dt>{t('session.summary.pre')}</dt>
                <dd class={quiz.meanPre === null ? 'no-score' : undefined}>{percent(quiz.meanPre)}</dd>
              </div>
              <div class="stat">
                <dt>{t('session.summary.post')}</dt>
                <dd class={quiz.meanPost === null ? 'no-score' : undefined}>{percent(quiz.meanPost)}</dd>
              </div>
              <div class="stat">
                <dt>{t('session.summary.gain')}</dt>
                <dd class={quiz.meanGain === null ? 'no-score' : undefined}>
                  {quiz.meanGain === null
                    ? t('session.summary.noScore')
                    : t('session.summary.points', {
                        points: `${quiz.meanGain > 0 ? '+' : ''}${formatNumber(quiz.meanGain * 100, lang)}`,
                      })}
                </dd>
              </div>
              <div class="stat">
                <dt>{t('session.summary.understanding')}</dt>
                <dd data-testid="understanding">{t(`rules.understanding.${quiz.understanding}`)}</dd>
              </div>
            </dl>
            <p class="muted">{t('session.summary.withBoth', { count: quiz.withBoth })}</p>
          </>
        )}
      </section>

      <section class="summary-block" aria-labelledby="sum-photos">
        <h2 id="sum-photos">{t('session.summary.photos')}</h2>
        <p data-testid="summary-photos">{t('session.summary.photoCount', { count: data.photos })}</p>
      </section>

      {session.status === 'done' && <PortalStatus sessionId={session.id} />}

      <section class="summary-block summary-wide">
        <NotesField key={session.id} sessionId={session.id} initial={session.notes} />
      </section>

      <section class="summary-block summary-wide no-print" aria-labelledby="sum-print">
        <h2 id="sum-print">{t('session.summary.print')}</h2>
        <div class="row">
          <LinkButton href={href('sessions', session.id, 'print', 'attendance')}>
            {t('session.summary.printAttendance')}
          </LinkButton>
          <LinkButton href={href('sessions', session.id, 'print', 'report')}>
            {t('session.summary.printReport')}
          </LinkButton>
        </div>
      </section>

      {session.status !== 'planned' && !asking && (
        <div class="row finish-row">
          <Button
            tone={session.status === 'running' ? 'primary' : 'plain'}
            class="btn-big"
            onClick={() => setAsking(true)}
          >
            {session.status === 'running' ? t('session.finish.button') : t('session.reopen.button')}
          </Button>
        </div>
      )}
      {asking && session.status === 'running' && (
        <ConfirmPanel
          question={t('session.finish.confirm')}
          yes={t('session.finish.yes')}
          no={t('session.finish.no')}
          busy={busy}
          onYes={() => void confirm()}
          onNo={() => setAsking(false)}
        >
          {missing.length > 0 && (
            <>
              <p>{t('session.finish.missing')}</p>
              <ul data-testid="finish-missing">
                {missing.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          )}
        </ConfirmPanel>
      )}
      {asking && session.status === 'done' && (
        <ConfirmPanel
          question={t('session.reopen.confirm')}
          yes={t('session.reopen.yes')}
          no={t('session.finish.no')}
          busy={busy}
          onYes={() => void confirm()}
          onNo={() => setAsking(false)}
        />
      )}
    </div>
  );
}
