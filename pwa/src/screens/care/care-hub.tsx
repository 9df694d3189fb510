/**
 * "Layanan": where case work, complaints and success stories start, with what needs attention
 * first (due and overdue work). A supervisor also finds session observation and the facilitators
 * overview here; a facilitator finds their own supervision history.
 */
import type { ComponentChildren } from 'preact';
import { localDate } from '../../../../shared/model/clock';
import { useApp, useT } from '../../app-context';
import { href } from '../../router';
import { formatDate } from '../../ui/format';
import { LinkButton, Loading, Screen } from '../../ui/kit';
import { NavBar } from '../../ui/nav-bar';
import { useLiveQuery } from '../../use-live-query';
import { CareDue } from './care-due';
import { loadCareOverview } from './care-overview';
import './care.css';

export function CareHub(_props: { readonly [key: string]: string | undefined }) {
  const app = useApp();
  const t = useT();
  const today = localDate(app.write.clock.now());
  const supervisor = app.profile?.role === 'supervisor';
  const name = app.profile?.name ?? '';
  const data = useLiveQuery(() => loadCareOverview(app.db, today, name, supervisor), [today, name, supervisor]);

  return (
    <Screen title={t('care.hub.title')} back="#/">
      {data === undefined ? (
        <Loading />
      ) : (
        <>
          <CareDue limit={50} />
          <ul class="care-tiles" data-testid="care-tiles">
            <Tile href={href('cases')} title={t('care.hub.cases')} testId="tile-cases">
              <span class="care-tile-figure">{t('care.hub.casesOpen', { count: data.cases.open })}</span>
              {data.cases.overdue > 0 && (
                <span class="care-badge care-badge-overdue">
                  {t('care.hub.casesOverdue', { count: data.cases.overdue })}
                </span>
              )}
              {data.cases.dueToday > 0 && (
                <span class="care-badge care-badge-today">
                  {t('care.hub.casesToday', { count: data.cases.dueToday })}
                </span>
              )}
            </Tile>
            <Tile href={href('complaints')} title={t('care.hub.complaints')} testId="tile-complaints">
              <span class="care-tile-figure">{t('care.hub.complaintsOpen', { count: data.complaints.open })}</span>
              {data.complaints.oldestDays !== null && (
                <span class="muted">{t('care.hub.complaintsOldest', { days: data.complaints.oldestDays })}</span>
              )}
            </Tile>
            <Tile href={href('stories')} title={t('care.hub.stories')} testId="tile-stories">
              <span class="care-tile-figure">{t('care.hub.storiesCount', { count: data.stories.count })}</span>
              {data.stories.count > 0 && (
                <span class="muted">{t('care.hub.storiesConsent', { count: data.stories.consented })}</span>
              )}
            </Tile>
            {supervisor ? (
              <>
                <Tile href={href('observations')} title={t('care.hub.observations')} testId="tile-observations">
                  <span class="care-tile-figure">
                    {t('care.hub.observationsCount', { count: data.observations.count })}
                  </span>
                  <span class="muted">
                    {data.observations.lastDate === null
                      ? t('care.hub.observationsNone')
                      : t('care.hub.observationsLast', { date: formatDate(data.observations.lastDate, app.lang) })}
                  </span>
                  {data.observations.openFollowUps > 0 && (
                    <span class="muted">{t('care.hub.followUpsOpen', { count: data.observations.openFollowUps })}</span>
                  )}
                </Tile>
                <Tile href={href('supervisor')} title={t('care.hub.facilitators')} testId="tile-facilitators">
                  <span class="muted">{t('care.hub.facilitatorsHint')}</span>
                </Tile>
              </>
            ) : (
              <Tile href={href('observations')} title={t('care.hub.myObservations')} testId="tile-observations">
                <span class="care-tile-figure">{t('care.hub.observationsCount', { count: data.mine })}</span>
              </Tile>
            )}
          </ul>
          <div class="row">
            <LinkButton href={`${href('cases', 'new')}`} tone="primary">
              {t('care.cases.new')}
            </LinkButton>
            <LinkButton href={`${href('cases', 'report')}?month=${today.slice(0, 7)}`}>
              {t('care.report.open')}
            </LinkButton>
          </div>
        </>
      )}
      <NavBar current="care" />
    </Screen>
  );
}

function Tile(props: { href: string; title: string; testId: string; children: ComponentChildren }) {
  return (
    <li>
      <a class="card care-tile" href={props.href} data-testid={props.testId}>
        <strong class="care-tile-title">{props.title}</strong>
        {props.children}
      </a>
    </li>
  );
}
