/**
 * One facilitator's groups (`#/supervisor/<key>?month=YYYY-MM`; the key is device + name, see
 * shared/supervision/facilitator-key.ts): the month's figures for all of them and for each group,
 * who keeps missing meetings, and six months of meetings and attendance. The supervisor's own
 * groups open here too, under their own key.
 */
import { useMemo } from 'preact/hooks';
import { localDate, monthOf } from '../../../../shared/model/clock';
import type { GroupMonth } from '../../../../shared/supervision/group-month';
import {
  facilitatorTrend,
  findFacilitator,
  supervisorOverview,
} from '../../../../shared/supervision/supervisor-overview';
import { useApp, useT } from '../../app-context';
import { pickMonth, useSupervision } from '../../data/supervisor';
import { href } from '../../router';
import { Empty, LinkButton, Loading, Screen } from '../../ui/kit';
import { NavBar } from '../../ui/nav-bar';
import { RateChart } from './bar-charts';
import { detailHref, useFacilitatorName } from './facilitator-card';
import { Figures } from './figures';
import { MonthPicker } from './month-picker';
import { overviewHref, SupervisorView } from './supervisor-view';
import { TrendTable } from './trend-table';
import './supervisor.css';

export function FacilitatorDetail(props: { facilitatorKey?: string; month?: string }) {
  const app = useApp();
  if (app.profile?.role !== 'supervisor') return <SupervisorView />;
  return <Detail facilitatorKey={props.facilitatorKey ?? ''} month={props.month} />;
}

function GroupCard(props: { group: GroupMonth }) {
  const t = useT();
  const { group } = props;
  return (
    <article class="card sv-card" data-testid="group-card" data-group={group.groupId}>
      <h3 class="sv-card-name">
        <a href={href('groups', group.groupId)}>{group.name}</a>
      </h3>
      <p class="muted">
        {[group.village, t('supervisor.fig.families', { count: group.families })].filter(Boolean).join(' · ')}
      </p>
      <Figures source={{ ...group, absent: group.absent.length }} />
      {group.absent.length > 0 && (
        <div class="sv-absent">
          <h4>{t('supervisor.absent.title')}</h4>
          <ul data-testid="absent-list">
            {group.absent.map((flag) => (
              <li key={flag.memberId}>
                <a href={href('members', flag.memberId, 'history')}>
                  {t('supervisor.absent.item', { name: flag.name, count: flag.count })}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </article>
  );
}

function Detail(props: { facilitatorKey: string; month: string | undefined }) {
  const app = useApp();
  const t = useT();
  const nameOf = useFacilitatorName();
  const today = localDate(app.write.clock.now());
  const month = pickMonth(props.month, today);
  const key = props.facilitatorKey;
  const data = useSupervision(month);
  const view = useMemo(() => {
    if (data === undefined) return undefined;
    const found = findFacilitator(supervisorOverview(data.input, data.options), key);
    return { found, trend: found === null ? null : facilitatorTrend(data.input, key, data.options) };
  }, [data, key]);

  const found = view?.found ?? null;
  let body = <Loading />;
  if (view !== undefined && found === null) {
    body = (
      <>
        <Empty>{t('supervisor.detail.notFound')}</Empty>
        <LinkButton href={overviewHref(month)}>{t('supervisor.detail.back')}</LinkButton>
      </>
    );
  } else if (view !== undefined && found !== null) {
    body = (
      <>
        <section aria-labelledby="sv-summary" class="sv-section">
          <h2 id="sv-summary">{t('supervisor.detail.summary', { count: found.totals.groups })}</h2>
          <Figures
            testId="facilitator-figures"
            source={{
              ...found.totals,
              absent: found.absentFamilies,
              openCases: found.openCases,
              openComplaints: found.openComplaints,
            }}
          />
          {found.groups.length > 0 && (
            <RateChart
              title={t('supervisor.chart.attendance')}
              nameHeader={t('supervisor.col.group')}
              rows={found.groups.map((g) => ({
                key: g.groupId,
                label: g.name,
                rate: g.rate,
                present: g.present,
                expected: g.expected,
              }))}
            />
          )}
        </section>
        <section aria-labelledby="sv-groups" class="sv-section">
          <h2 id="sv-groups">{t('supervisor.detail.groups')}</h2>
          {found.groups.length === 0 ? (
            <Empty>{t('supervisor.detail.noGroups')}</Empty>
          ) : (
            <ul class="sv-cards" data-testid="group-list">
              {found.groups.map((group) => (
                <li key={group.groupId}>
                  <GroupCard group={group} />
                </li>
              ))}
            </ul>
          )}
        </section>
        {view.trend !== null && view.trend.groups.length > 0 && (
          <section aria-labelledby="sv-trend" class="sv-section">
            <h2 id="sv-trend">{t('supervisor.detail.trend')}</h2>
            <TrendTable trend={view.trend} />
          </section>
        )}
      </>
    );
  }

  return (
    <Screen title={found === null ? t('supervisor.title') : nameOf(found)} back={overviewHref(month)}>
      <MonthPicker month={month} current={monthOf(today)} hrefOf={(m) => detailHref(key, m)} />
      {body}
      <NavBar current="care" />
    </Screen>
  );
}
