import { textIn } from '../../../../shared/curriculum/catalogue';
import { CORE_MODULES } from '../../../../shared/curriculum/core-modules';
import type { Lang } from '../../../../shared/i18n/translate';
import { missedSessions } from '../../../../shared/rules/catch-up';
import { summarizeFamily } from '../../../../shared/rules/summarize-attendance';
import { useApp, useT } from '../../app-context';
import { type Curriculum, useCurriculum } from '../../data/curriculum';
import {
  type GridCell,
  gridCodes,
  loadMemberHistory,
  type MemberHistoryData,
  memberQuizLines,
  memberSessionGrid,
} from '../../data/followup';
import { href } from '../../router';
import { formatDate, formatPercent } from '../../ui/format';
import { Banner, Empty, LinkButton, Loading, Screen } from '../../ui/kit';
import { NavBar } from '../../ui/nav-bar';
import { useLiveQuery } from '../../use-live-query';
import { formatGain, sessionName } from './session-name';
import { StatusBadge } from './status-badge';
import './followup.css';

const CORE_MODULE_CODES: ReadonlySet<string> = new Set(CORE_MODULES.map((module) => module.code));

/** One family's path through the curriculum: what they had, what they missed, their quiz scores. */
export function MemberHistory(props: { readonly memberId?: string; readonly [param: string]: string | undefined }) {
  // Route params arrive as text; a missing one finds nothing and shows "not found".
  const memberId = props.memberId ?? '';
  const app = useApp();
  const t = useT();
  const data = useLiveQuery(() => loadMemberHistory(app.db, memberId), [memberId]);
  const curriculum = useCurriculum(app.db);

  if (data === undefined || curriculum === undefined) return <Loading />;
  if (data === null) {
    return (
      <Screen title={t('followup.member.title', { name: '' })} back={href('groups')}>
        <Empty>{t('followup.notFound.member')}</Empty>
        <NavBar current="groups" />
      </Screen>
    );
  }
  const { member, sessions, attendance } = data;
  const family = summarizeFamily(member, sessions, attendance);
  const missed = missedSessions(member, sessions, attendance);
  return (
    <Screen title={t('followup.member.title', { name: member.name })} back={href('groups', member.groupId)}>
      <p class="muted">
        {data.group?.name ?? '—'} · {t('followup.member.nik', { nik: member.nik || '—' })}
      </p>
      {!member.active && <Banner tone="info">{t('followup.member.inactive')}</Banner>}
      <div class="row">
        <LinkButton href={href('members', member.id)}>{t('followup.member.profile')}</LinkButton>
        {missed.length > 0 && (
          <LinkButton href={href('groups', member.groupId, 'catch-up')}>{t('followup.history.catchUp')}</LinkButton>
        )}
      </div>
      <p class="fu-summary" data-testid="member-summary">
        {family.sessions === 0
          ? t('followup.member.summaryNone')
          : `${t('followup.member.summary', { attended: family.attended, sessions: family.sessions })}${
              family.rate === null ? '' : ` · ${formatPercent(family.rate, app.lang)}`
            }`}
      </p>

      <section aria-labelledby="fu-grid">
        <h2 id="fu-grid">{t('followup.member.sessions')}</h2>
        <SessionGrid data={data} curriculum={curriculum} />
      </section>

      <section aria-labelledby="fu-missed">
        <h2 id="fu-missed">{t('followup.member.missed')}</h2>
        {missed.length === 0 ? (
          <Empty>{t('followup.member.missedNone')}</Empty>
        ) : (
          <ul class="fu-list" data-testid="member-missed">
            {missed.map((m) => (
              <li key={m.code} class="card fu-missed">
                <strong>{sessionName(curriculum, m.code, app.lang)}</strong>
                <span class="fu-badges">
                  <StatusBadge status={m.status} />
                  {m.scheduledCatchUpId !== null && (
                    <span class="tag fu-tag-catchup">{t('followup.member.catchUpPlanned')}</span>
                  )}
                </span>
                <span class="muted">{formatDate(m.date, app.lang)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="fu-quiz">
        <h2 id="fu-quiz">{t('followup.member.quiz')}</h2>
        <QuizTable data={data} curriculum={curriculum} lang={app.lang} />
      </section>
      <NavBar current="groups" />
    </Screen>
  );
}

/** The grid, one block per module: the core modules always, other modules when the group had them. */
function SessionGrid(props: { data: MemberHistoryData; curriculum: Curriculum }) {
  const { lang } = useApp();
  const t = useT();
  const { data, curriculum } = props;
  const codes = gridCodes(curriculum.sessions, CORE_MODULE_CODES, data.groupSessions);
  const cells = memberSessionGrid(codes, data.member, data.sessions, data.attendance);
  const blocks = new Map<string, GridCell[]>();
  for (const cell of cells) {
    const moduleCode = curriculum.find(cell.code)?.moduleCode ?? '';
    blocks.set(moduleCode, [...(blocks.get(moduleCode) ?? []), cell]);
  }
  return (
    <div data-testid="member-grid">
      {[...blocks].map(([moduleCode, moduleCells]) => {
        const module = curriculum.modules.find((m) => m.code === moduleCode);
        return (
          <div key={moduleCode} class="fu-module">
            <h3>
              {module
                ? t('followup.moduleName', { number: String(module.number), title: textIn(module.title, lang) })
                : t('followup.member.otherModule')}
            </h3>
            <ol class="fu-grid">
              {moduleCells.map((cell) => (
                <Cell key={cell.code} cell={cell} curriculum={curriculum} />
              ))}
            </ol>
          </div>
        );
      })}
    </div>
  );
}

function Cell(props: { cell: GridCell; curriculum: Curriculum }) {
  const { lang } = useApp();
  const t = useT();
  const { cell } = props;
  const found = props.curriculum.find(cell.code);
  return (
    <li class={`fu-cell fu-cell-${cell.status}`} data-code={cell.code} data-status={cell.status}>
      <span class="fu-cell-number" aria-hidden="true">
        {found?.number ?? '•'}
      </span>
      <span class="fu-cell-title">
        {found ? (
          <>
            <span class="fu-sr-only">{t('curriculum.session', { number: String(found.number) })} · </span>
            {textIn(found.title, lang)}
          </>
        ) : (
          cell.code
        )}
      </span>
      <StatusBadge status={cell.status} />
      {cell.date !== null && <span class="muted fu-cell-date">{formatDate(cell.date, lang)}</span>}
      {cell.status !== 'hadir' && cell.upcoming !== null && (
        <span class="fu-cell-date">
          {t('followup.member.upcoming', { date: formatDate(cell.upcoming.plannedDate, lang) })}
        </span>
      )}
    </li>
  );
}

function QuizTable(props: { data: MemberHistoryData; curriculum: Curriculum; lang: Lang }) {
  const t = useT();
  const { data, curriculum, lang } = props;
  const lines = memberQuizLines(data.member.id, data.sessions, data.answers, (code) => curriculum.find(code)?.quiz);
  if (lines.length === 0) return <Empty>{t('followup.member.quizNone')}</Empty>;
  const score = (phase: { correct: number; total: number } | null) =>
    phase === null ? '—' : t('followup.quiz.score', { correct: phase.correct, total: phase.total });
  return (
    <div class="fu-table-wrap">
      <table class="fu-table" data-testid="member-quiz">
        <thead>
          <tr>
            <th scope="col">{t('followup.quiz.session')}</th>
            <th scope="col">{t('followup.quiz.pre')}</th>
            <th scope="col">{t('followup.quiz.post')}</th>
            <th scope="col">{t('followup.quiz.gain')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.session.id}>
              <th scope="row">
                {sessionName(curriculum, line.session.curriculumCode, lang)}
                <span class="muted fu-block">
                  {formatDate(line.session.actualDate ?? line.session.plannedDate, lang)}
                </span>
              </th>
              <td>{score(line.pre)}</td>
              <td>{score(line.post)}</td>
              <td>{line.gain === null ? '—' : formatGain(line.gain, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
