import type { FacilitatorMonth } from '../../../../shared/supervision/supervisor-overview';
import { useApp, useT } from '../../app-context';
import { href } from '../../router';
import { localeOf } from '../../ui/format';
import { Figures } from './figures';

/** A facilitator's name as shown: with their device when another facilitator has the same name. */
export function useFacilitatorName(): (f: Pick<FacilitatorMonth, 'name' | 'deviceId' | 'sameNameElsewhere'>) => string {
  const t = useT();
  return (f) => {
    const name = f.name === '' ? t('supervisor.unnamed') : f.name;
    return f.sameNameElsewhere ? `${name} (${t('supervisor.device', { device: f.deviceId.slice(0, 8) })})` : name;
  };
}

export function detailHref(key: string, month: string): string {
  return `${href('supervisor', key)}?month=${month}`;
}

/** One facilitator in the overview: who, how fresh the data is, the month's figures, the way in. */
export function FacilitatorCard(props: { facilitator: FacilitatorMonth; month: string }) {
  const app = useApp();
  const t = useT();
  const nameOf = useFacilitatorName();
  const f = props.facilitator;
  const last =
    f.lastActivity === null
      ? t('supervisor.noData')
      : t('supervisor.lastData', {
          date: new Intl.DateTimeFormat(localeOf(app.lang), { dateStyle: 'medium' }).format(new Date(f.lastActivity)),
        });
  return (
    <article class="card sv-card" data-testid="facilitator-card" data-key={f.key}>
      <h3 class="sv-card-name">
        <a href={detailHref(f.key, props.month)}>{nameOf(f)}</a>
      </h3>
      <p class="muted">
        {t('supervisor.groupsCount', { count: f.totals.groups })} · {last}
      </p>
      {f.totals.groupsWithoutMeeting > 0 && (
        <span class="tag" data-testid="no-meeting">
          {t('supervisor.attention.noMeeting', { count: f.totals.groupsWithoutMeeting })}
        </span>
      )}
      <Figures
        source={{
          ...f.totals,
          absent: f.absentFamilies,
          openCases: f.openCases,
          openComplaints: f.openComplaints,
        }}
      />
    </article>
  );
}
