/**
 * `#/plan`: every planned, running and done session of a month across groups. A calendar grid on a
 * tablet, an agenda list on a phone (CSS picks one; both are the same data). The month and the
 * chosen day live in the URL (`?month=YYYY-MM&day=YYYY-MM-DD`), so a reload keeps the place, and
 * they change by `location.replace`, so Back leaves the calendar instead of stepping through days.
 */
import { localDate, monthOf } from '../../../../shared/model/clock';
import type { Group, LocalDate, Session } from '../../../../shared/model/types';
import { sessionDate } from '../../../../shared/rules/attendance-index';
import { useApp, useT } from '../../app-context';
import { useCurriculum } from '../../data/curriculum';
import { listGroups } from '../../data/queries';
import { sessionsOnDates } from '../../data/sessions';
import { href } from '../../router';
import { formatDate, formatMonth, localeOf } from '../../ui/format';
import { Button, Empty, LinkButton, Loading, Screen } from '../../ui/kit';
import { NavBar } from '../../ui/nav-bar';
import { useLiveQuery } from '../../use-live-query';
import { SessionCard } from '../session/session-card';
import { daysOf, firstDay, isMonth, lastDay, monthWeeks, shiftMonth } from './month-grid';
import './plan.css';

const CELL_LABELS = 2;

function planUrl(month: string, day: LocalDate | null): string {
  return `${href('plan')}?month=${month}${day === null ? '' : `&day=${day}`}`;
}

export function MonthView(props: Record<string, string>) {
  const app = useApp();
  const t = useT();
  const { lang } = app;
  const today = localDate(app.write.clock.now());
  const month = isMonth(props.month) ? props.month : monthOf(today);
  const requested = props.day;
  const day =
    requested !== undefined && monthOf(requested) === month ? requested : monthOf(today) === month ? today : null;
  const curriculum = useCurriculum(app.db);
  const data = useLiveQuery(async () => {
    const [sessions, groups] = await Promise.all([
      sessionsOnDates(app.db, firstDay(month), lastDay(month)),
      listGroups(app.db),
    ]);
    return { sessions, groups: new Map(groups.map((g) => [g.id, g])) };
  }, [month]);

  const go = (nextMonth: string, nextDay: LocalDate | null) => location.replace(planUrl(nextMonth, nextDay));
  const byDay = new Map<LocalDate, Session[]>();
  for (const session of data?.sessions ?? []) {
    const date = sessionDate(session);
    byDay.set(date, [...(byDay.get(date) ?? []), session]);
  }
  const weekdayNames = Array.from({ length: 7 }, (_, i) =>
    // 2023-01-01 was a Sunday.
    new Intl.DateTimeFormat(localeOf(lang), { weekday: 'short' }).format(new Date(2023, 0, 1 + i)),
  );
  const shortTitle = (session: Session): string => {
    const found = curriculum?.find(session.curriculumCode);
    // Most group names start with "Kelompok"; in a 100-pixel cell the rest is what tells them apart.
    const group = (data?.groups.get(session.groupId)?.name ?? '').replace(/^kelompok\s+/i, '');
    return `${found ? found.number : session.curriculumCode} · ${group}`;
  };

  return (
    <Screen title={t('session.month.title')} back="#/">
      <div class="month-nav">
        <Button onClick={() => go(shiftMonth(month, -1), null)} aria-label={t('session.month.prev')}>
          ‹
        </Button>
        <h2 class="month-name">{formatMonth(month, lang)}</h2>
        <Button onClick={() => go(shiftMonth(month, 1), null)} aria-label={t('session.month.next')}>
          ›
        </Button>
      </div>
      <div class="row">
        <LinkButton href={href('plan', 'new')} tone="primary">
          {t('session.month.plan')}
        </LinkButton>
        {monthOf(today) !== month && (
          <Button onClick={() => go(monthOf(today), today)}>{t('session.month.thisMonth')}</Button>
        )}
        {data !== undefined && (
          <span class="muted" data-testid="month-count">
            {t('session.month.count', { count: data.sessions.length })}
          </span>
        )}
      </div>
      {data === undefined ? (
        <Loading />
      ) : (
        <div class="month-layout">
          <table class="month-grid">
            <caption class="visually-hidden">{formatMonth(month, lang)}</caption>
            <thead>
              <tr>
                {weekdayNames.map((name) => (
                  <th key={name} scope="col">
                    {name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {monthWeeks(month).map((week) => (
                <tr key={week.find((cell) => cell.date !== null)?.key ?? 'pad'}>
                  {week.map(({ key, date }) =>
                    date === null ? (
                      <td key={key} class="pad" />
                    ) : (
                      <td key={date}>
                        <button
                          type="button"
                          class={`day${date === today ? ' today' : ''}`}
                          aria-pressed={date === day}
                          aria-current={date === today ? 'date' : undefined}
                          aria-label={t('session.month.dayLabel', {
                            date: formatDate(date, lang, 'long'),
                            count: byDay.get(date)?.length ?? 0,
                          })}
                          onClick={() => go(month, date)}
                        >
                          <span class="day-number">{Number(date.slice(8))}</span>
                          {(byDay.get(date) ?? []).slice(0, CELL_LABELS).map((s) => (
                            <span key={s.id} class={`day-chip status-${s.status}`}>
                              {shortTitle(s)}
                            </span>
                          ))}
                          {(byDay.get(date)?.length ?? 0) > CELL_LABELS && (
                            <span class="day-more">
                              {t('session.month.more', { count: (byDay.get(date)?.length ?? 0) - CELL_LABELS })}
                            </span>
                          )}
                        </button>
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          {day !== null && (
            <section class="day-panel" aria-labelledby="day-title" data-testid="day-panel">
              <h2 id="day-title">{formatDate(day, lang, 'long')}</h2>
              <DaySessions sessions={byDay.get(day) ?? []} groups={data.groups} day={day} />
            </section>
          )}
          <div class="month-agenda" data-testid="month-agenda">
            {data.sessions.length === 0 ? (
              <Empty>{t('session.month.empty')}</Empty>
            ) : (
              daysOf(month)
                .filter((date) => byDay.has(date))
                .map((date) => (
                  <section key={date} aria-label={formatDate(date, lang, 'long')}>
                    <h2 class={date === today ? 'agenda-today' : undefined}>{formatDate(date, lang, 'long')}</h2>
                    <DaySessions sessions={byDay.get(date) ?? []} groups={data.groups} day={date} />
                  </section>
                ))
            )}
          </div>
        </div>
      )}
      <NavBar current="plan" />
    </Screen>
  );
}

function DaySessions(props: { sessions: readonly Session[]; groups: ReadonlyMap<string, Group>; day: LocalDate }) {
  const app = useApp();
  const t = useT();
  const curriculum = useCurriculum(app.db);
  if (props.sessions.length === 0) {
    return <Empty>{t('session.month.dayEmpty', { date: formatDate(props.day, app.lang, 'long') })}</Empty>;
  }
  return (
    <ul class="cards">
      {props.sessions.map((session) => (
        <li key={session.id}>
          <SessionCard
            session={session}
            group={props.groups.get(session.groupId)}
            curriculum={curriculum}
            lang={app.lang}
          />
        </li>
      ))}
    </ul>
  );
}
