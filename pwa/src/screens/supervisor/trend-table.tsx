/**
 * Six months of a facilitator's groups at a glance: one row per group (and one for all of them),
 * one column per month; each cell a small bar of the attendance rate with the meetings held of
 * planned and the rate as text. It is a real table, so a screen reader reads the same numbers.
 * On a phone it scrolls sideways with the group names kept in view.
 */
import type { MonthFigures } from '../../../../shared/supervision/group-month';
import type { FacilitatorTrend } from '../../../../shared/supervision/supervisor-overview';
import { useApp, useT } from '../../app-context';
import { localeOf } from '../../ui/format';
import { LOW_RATE } from './bar-charts';
import { usePercent } from './figures';

function Cell(props: { figures: MonthFigures }) {
  const t = useT();
  const percent = usePercent();
  const { figures } = props;
  const missed = figures.held < figures.planned || figures.planned === 0;
  return (
    <td class={missed ? 'sv-trend-cell sv-trend-missed' : 'sv-trend-cell'} data-month={figures.month}>
      <span class="sv-trend-track" aria-hidden="true">
        <span
          class={`sv-trend-bar${figures.rate !== null && figures.rate < LOW_RATE ? ' sv-bar-low' : ''}`}
          style={{ height: `${Math.round((figures.rate ?? 0) * 100)}%` }}
        />
      </span>
      <span class="sv-trend-text">
        {t('supervisor.trend.cell', { held: figures.held, planned: figures.planned, rate: percent(figures.rate) })}
      </span>
    </td>
  );
}

export function TrendTable(props: { trend: FacilitatorTrend }) {
  const { lang } = useApp();
  const t = useT();
  const short = new Intl.DateTimeFormat(localeOf(lang), { month: 'short', year: '2-digit' });
  const label = (month: string) => short.format(new Date(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1));
  const { trend } = props;
  return (
    <>
      <p class="muted sv-trend-legend">{t('supervisor.trend.legend')}</p>
      <div class="sv-trend-scroll">
        <table class="sv-trend" data-testid="trend-table">
          <caption class="visually-hidden">{t('supervisor.trend.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('supervisor.col.group')}</th>
              {trend.months.map((month) => (
                <th key={month} scope="col">
                  {label(month)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {trend.groups.map((group) => (
              <tr key={group.groupId}>
                <th scope="row">{group.name}</th>
                {group.months.map((figures) => (
                  <Cell key={figures.month} figures={figures} />
                ))}
              </tr>
            ))}
            {trend.groups.length > 1 && (
              <tr class="sv-trend-total">
                <th scope="row">{t('supervisor.detail.total')}</th>
                {trend.totals.map((figures) => (
                  <Cell key={figures.month} figures={figures} />
                ))}
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}
