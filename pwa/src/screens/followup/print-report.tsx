import { useEffect, useState } from 'preact/hooks';
import { textIn } from '../../../../shared/curriculum/catalogue';
import type { CurriculumSession } from '../../../../shared/curriculum/types';
import { ATTENDANCE_STATUSES, type Photo } from '../../../../shared/model/types';
import { scoreQuiz } from '../../../../shared/rules/score-quiz';
import { useApp, useT } from '../../app-context';
import { useCurriculum } from '../../data/curriculum';
import {
  type AbsenceKind,
  absentByStatus,
  loadSessionRecords,
  type SessionRecords,
  stepLines,
} from '../../data/followup';
import { href } from '../../router';
import { formatNumber, formatPercent } from '../../ui/format';
import { Banner, Empty, Loading, Screen } from '../../ui/kit';
import { NavBar } from '../../ui/nav-bar';
import { useLiveQuery } from '../../use-live-query';
import { PaperHeader, PaperSignatures } from './paper-header';
import { PrintBar } from './print-bar';
import { formatGain, statusKey } from './session-name';
import './followup.css';
import './print.css';

const ABSENCE_KINDS: readonly AbsenceKind[] = ['izin', 'sakit', 'alpa', 'unmarked'];

/**
 * The session report (laporan pertemuan) for the file and the supervisor: who came, which steps
 * were run and for how long, what the quiz says about understanding, notes and photos. Only photos
 * whose people consented are shown; the loader never hands over the others.
 */
export function PrintReport(props: { readonly sessionId?: string; readonly [param: string]: string | undefined }) {
  // Route params arrive as text; a missing one finds nothing and shows "not found".
  const sessionId = props.sessionId ?? '';
  const app = useApp();
  const t = useT();
  const records = useLiveQuery(() => loadSessionRecords(app.db, sessionId), [sessionId]);
  const curriculum = useCurriculum(app.db);

  if (records === undefined || curriculum === undefined) return <Loading />;
  if (records === null) {
    return (
      <Screen title={t('followup.report.title')} back="#/">
        <Empty>{t('followup.notFound.session')}</Empty>
        <NavBar current="plan" />
      </Screen>
    );
  }
  const { session } = records;
  const found = curriculum.find(session.curriculumCode);
  return (
    <div class="fu-printable">
      <Screen title={t('followup.report.title')} back={href('sessions', session.id)}>
        <PrintBar />
        {session.status !== 'done' && (
          <div class="no-print">
            <Banner tone="info">{t('followup.report.notDone')}</Banner>
          </div>
        )}
        <article class="paper" aria-label={t('followup.report.title')}>
          <PaperHeader heading={t('followup.report.heading')} records={records} curriculum={curriculum} />
          <AttendancePart records={records} />
          {found ? (
            <>
              <StepsPart records={records} found={found} />
              <QuizPart records={records} found={found} />
              <section class="paper-section">
                <h3>{t('followup.report.keyMessages')}</h3>
                <ol data-testid="report-key-messages">
                  {found.keyMessages.map((message) => (
                    <li key={message.id}>{textIn(message, app.lang)}</li>
                  ))}
                </ol>
              </section>
            </>
          ) : (
            <p>{t('followup.report.unknownSession', { code: session.curriculumCode })}</p>
          )}
          <section class="paper-section">
            <h3>{t('followup.report.notes')}</h3>
            <p class="paper-notes">{session.notes.trim() === '' ? t('followup.report.notesNone') : session.notes}</p>
          </section>
          <PhotosPart photos={records.photos} />
          <PaperSignatures records={records} withLeader={false} />
        </article>
        <NavBar current="plan" />
      </Screen>
    </div>
  );
}

function AttendancePart(props: { records: SessionRecords }) {
  const { lang } = useApp();
  const t = useT();
  const { summary, rows } = props.records;
  const absent = absentByStatus(rows);
  const anyAbsent = ABSENCE_KINDS.some((kind) => absent[kind].length > 0);
  return (
    <section class="paper-section">
      <h3>{t('followup.report.attendance')}</h3>
      <table class="paper-table paper-counts" data-testid="report-counts">
        <thead>
          <tr>
            {ATTENDANCE_STATUSES.map((status) => (
              <th key={status} scope="col">
                {t(statusKey(status))}
              </th>
            ))}
            <th scope="col">{t('followup.status.unmarked')}</th>
            <th scope="col">{t('followup.report.expected')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            {ATTENDANCE_STATUSES.map((status) => (
              <td key={status} data-status={status}>
                {formatNumber(summary.counts[status], lang)}
              </td>
            ))}
            <td data-status="unmarked">{formatNumber(summary.unmarked, lang)}</td>
            <td data-status="expected">{formatNumber(summary.expected, lang)}</td>
          </tr>
        </tbody>
      </table>
      {summary.rate !== null && <p>{t('followup.report.rate', { rate: formatPercent(summary.rate, lang) })}</p>}
      <h4>{t('followup.report.absent')}</h4>
      {anyAbsent ? (
        <dl class="paper-absent" data-testid="report-absent">
          {ABSENCE_KINDS.filter((kind) => absent[kind].length > 0).map((kind) => (
            <div key={kind} class="paper-pair" data-kind={kind}>
              <dt>
                {t(statusKey(kind === 'unmarked' ? null : kind))} ({formatNumber(absent[kind].length, lang)})
              </dt>
              <dd>{absent[kind].map((member) => member.name).join(', ')}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p>{t('followup.report.absentNone')}</p>
      )}
    </section>
  );
}

function StepsPart(props: { records: SessionRecords; found: CurriculumSession }) {
  const { lang } = useApp();
  const t = useT();
  const lines = stepLines(props.found.steps, props.records.ticks);
  const done = lines.filter((line) => line.done).length;
  const planned = lines.reduce((sum, line) => sum + line.step.minutes, 0);
  const actual = lines.reduce((sum, line) => sum + (line.minutes ?? 0), 0);
  const anyActual = lines.some((line) => line.minutes !== null);
  return (
    <section class="paper-section">
      <h3>{t('followup.report.steps')}</h3>
      <p>{t('followup.report.stepsDone', { done, total: lines.length })}</p>
      <table class="paper-table" data-testid="report-steps">
        <thead>
          <tr>
            <th scope="col" class="col-no">
              {t('followup.sheet.no')}
            </th>
            <th scope="col">{t('followup.report.step')}</th>
            <th scope="col" class="col-num">
              {t('followup.report.planned')}
            </th>
            <th scope="col" class="col-num">
              {t('followup.report.actual')}
            </th>
            <th scope="col" class="col-num">
              {t('followup.report.done')}
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, i) => (
            <tr key={line.step.id} data-done={String(line.done)}>
              <td class="col-no">{i + 1}</td>
              <td>{textIn(line.step.title, lang)}</td>
              <td class="col-num">{formatNumber(line.step.minutes, lang)}</td>
              <td class="col-num">{line.minutes === null ? '—' : formatNumber(line.minutes, lang)}</td>
              <td class="col-num">{line.done ? t('followup.report.yes') : t('followup.report.no')}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t('followup.report.sum')}
            </th>
            <td class="col-num">{formatNumber(planned, lang)}</td>
            <td class="col-num">{anyActual ? formatNumber(actual, lang) : '—'}</td>
            <td class="col-num">
              {done}/{lines.length}
            </td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}

function QuizPart(props: { records: SessionRecords; found: CurriculumSession }) {
  const { lang } = useApp();
  const t = useT();
  const quiz = props.found.quiz.length === 0 ? null : scoreQuiz(props.found.quiz, props.records.answers);
  const percent = (value: number | null) => (value === null ? '—' : formatPercent(value, lang));
  return (
    <section class="paper-section">
      <h3>{t('followup.report.quiz')}</h3>
      {quiz === null || quiz.members.length === 0 ? (
        <p>{t('followup.report.quizNone')}</p>
      ) : (
        <dl class="paper-facts" data-testid="report-quiz">
          <div class="paper-pair">
            <dt>{t('followup.report.quizPre')}</dt>
            <dd>{percent(quiz.meanPre)}</dd>
          </div>
          <div class="paper-pair">
            <dt>{t('followup.report.quizPost')}</dt>
            <dd>{percent(quiz.meanPost)}</dd>
          </div>
          <div class="paper-pair">
            <dt>{t('followup.report.quizGain')}</dt>
            <dd>{quiz.meanGain === null ? '—' : formatGain(quiz.meanGain, lang)}</dd>
          </div>
          <div class="paper-pair">
            <dt>{t('followup.report.quizFamilies')}</dt>
            <dd>{formatNumber(quiz.withBoth, lang)}</dd>
          </div>
          <div class="paper-pair">
            <dt>{t('followup.report.understanding')}</dt>
            <dd>
              <strong>{t(`rules.understanding.${quiz.understanding}`)}</strong>
            </dd>
          </div>
        </dl>
      )}
    </section>
  );
}

function PhotosPart(props: { photos: readonly Photo[] }) {
  const t = useT();
  return (
    <section class="paper-section paper-photos-section">
      <h3>{t('followup.report.photos')}</h3>
      {props.photos.length === 0 ? (
        <p>{t('followup.report.photosNone')}</p>
      ) : (
        <ul class="paper-photos" data-testid="report-photos">
          {props.photos.map((photo, i) => (
            <PhotoFigure key={photo.id} photo={photo} number={i + 1} />
          ))}
        </ul>
      )}
    </section>
  );
}

function PhotoFigure(props: { photo: Photo; number: number }) {
  const t = useT();
  const { photo } = props;
  // An object URL lives as long as the figure; revoking it on unmount frees the blob's memory.
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const made = URL.createObjectURL(photo.blob);
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [photo.blob]);
  return (
    <li>
      <figure>
        {url !== null && (
          <img
            src={url}
            width={photo.width}
            height={photo.height}
            alt={t('followup.report.photoAlt', { number: props.number })}
          />
        )}
        {photo.caption.trim() !== '' && <figcaption>{photo.caption}</figcaption>}
      </figure>
    </li>
  );
}
