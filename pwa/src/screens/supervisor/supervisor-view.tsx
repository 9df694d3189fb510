/**
 * The supervisor's view of the facilitators they oversee (`#/supervisor?month=YYYY-MM`): per
 * facilitator and per group, the month's meetings held against planned, attendance, quiz gains,
 * families who keep missing meetings, and open cases and complaints, from the bundles the
 * facilitators sent (imported on the data screen: the import is the same for every bundle, and a
 * newer bundle of the same facilitator updates their rows without duplicates).
 *
 * Two charts where a picture reads faster (held vs planned per facilitator, attendance per group),
 * the same numbers as tables for screen readers, then one card per facilitator leading to their
 * groups. The supervisor's own groups, when they run sessions too, come last and apart.
 * A facilitator sees a short explanation instead.
 */
import { useMemo } from 'preact/hooks';
import { localDate, monthOf } from '../../../../shared/model/clock';
import { supervisorOverview } from '../../../../shared/supervision/supervisor-overview';
import { useApp, useT } from '../../app-context';
import { pickMonth, useSupervision } from '../../data/supervisor';
import { href } from '../../router';
import { Banner, Empty, LinkButton, Loading, Screen } from '../../ui/kit';
import { NavBar } from '../../ui/nav-bar';
import { HeldChart, RateChart } from './bar-charts';
import { FacilitatorCard, useFacilitatorName } from './facilitator-card';
import { MonthPicker } from './month-picker';
import './supervisor.css';

export function overviewHref(month: string): string {
  return `${href('supervisor')}?month=${month}`;
}

export function SupervisorView(props: { month?: string }) {
  const app = useApp();
  const t = useT();
  if (app.profile?.role !== 'supervisor') {
    return (
      <Screen title={t('supervisor.title')} back="#/">
        <Banner tone="info">
          <p data-testid="not-supervisor">{t('supervisor.onlySupervisors')}</p>
        </Banner>
        <LinkButton href="#/">{t('supervisor.backHome')}</LinkButton>
        <NavBar current="care" />
      </Screen>
    );
  }
  return <Overview month={props.month} />;
}

function ImportCard() {
  const t = useT();
  return (
    <section class="card sv-import" aria-labelledby="sv-import-title">
      <h2 id="sv-import-title">{t('supervisor.import.title')}</h2>
      <p>{t('supervisor.import.explain')}</p>
      <LinkButton href={href('data')} tone="primary">
        {t('supervisor.import.open')}
      </LinkButton>
    </section>
  );
}

function Overview(props: { month: string | undefined }) {
  const app = useApp();
  const t = useT();
  const nameOf = useFacilitatorName();
  const today = localDate(app.write.clock.now());
  const month = pickMonth(props.month, today);
  const data = useSupervision(month);
  const overview = useMemo(
    () => (data === undefined ? undefined : supervisorOverview(data.input, data.options)),
    [data],
  );

  let body = <Loading />;
  if (overview !== undefined && data !== undefined) {
    const { facilitators, own } = overview;
    body =
      facilitators.length === 0 && own === null ? (
        <Empty>{t('supervisor.empty')}</Empty>
      ) : (
        <>
          {facilitators.length > 0 && (
            <section aria-labelledby="sv-facilitators" class="sv-section">
              <h2 id="sv-facilitators">{t('supervisor.facilitators', { count: facilitators.length })}</h2>
              <div class="sv-charts">
                <HeldChart
                  title={t('supervisor.chart.held')}
                  nameHeader={t('supervisor.col.facilitator')}
                  rows={facilitators.map((f) => ({
                    key: f.key,
                    label: nameOf(f),
                    held: f.totals.held,
                    planned: f.totals.planned,
                  }))}
                />
                <RateChart
                  title={t('supervisor.chart.attendance')}
                  nameHeader={t('supervisor.col.group')}
                  rows={facilitators.flatMap((f) =>
                    f.groups.map((g) => ({
                      key: g.groupId,
                      label: g.name,
                      sub: nameOf(f),
                      rate: g.rate,
                      present: g.present,
                      expected: g.expected,
                    })),
                  )}
                />
              </div>
              <ul class="sv-cards" data-testid="facilitator-list">
                {facilitators.map((f) => (
                  <li key={f.key}>
                    <FacilitatorCard facilitator={f} month={month} />
                  </li>
                ))}
              </ul>
            </section>
          )}
          {own !== null && (
            <section aria-labelledby="sv-own" class="sv-section" data-testid="own-groups">
              <h2 id="sv-own">{t('supervisor.own.title')}</h2>
              <FacilitatorCard facilitator={own} month={month} />
            </section>
          )}
        </>
      );
  }

  return (
    <Screen title={t('supervisor.title')} back={href('care')}>
      <ImportCard />
      <MonthPicker month={month} current={monthOf(today)} hrefOf={overviewHref} />
      {body}
      <NavBar current="care" />
    </Screen>
  );
}
