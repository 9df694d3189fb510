import type { MonthlyAttendance } from '../../../../shared/rules/summarize-attendance';
import { useApp, useT } from '../../app-context';
import { formatMonth, formatNumber, formatPercent, localeOf } from '../../ui/format';

/**
 * Attendance rate per month as plain CSS bars (no chart library: a few divs print and scale fine)
 * with the same numbers as a table for screen readers. A month where nobody was expected has no
 * rate, shown as a dash, never as 0%.
 */
export function MonthChart(props: { months: readonly MonthlyAttendance[] }) {
  const { lang } = useApp();
  const t = useT();
  const short = new Intl.DateTimeFormat(localeOf(lang), { month: 'short', year: '2-digit' });
  const label = (month: string) => short.format(new Date(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1));
  const percent = (rate: number | null) => (rate === null ? '—' : formatPercent(rate, lang));
  return (
    <figure class="fu-chart">
      <div class="fu-bars" aria-hidden="true" data-testid="month-chart">
        {props.months.map((m) => (
          <div key={m.month} class="fu-bar-col" data-month={m.month}>
            <span class="fu-bar-value">{percent(m.rate)}</span>
            <div class="fu-bar-track">
              <div
                class={`fu-bar${m.rate !== null && m.rate < 0.6 ? ' fu-bar-low' : ''}`}
                style={{ height: `${Math.round((m.rate ?? 0) * 100)}%` }}
              />
            </div>
            <span class="fu-bar-label">{label(m.month)}</span>
          </div>
        ))}
      </div>
      <table class="fu-sr-only">
        <caption>{t('followup.history.chart')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('followup.history.month')}</th>
            <th scope="col">{t('followup.history.sessionsCol')}</th>
            <th scope="col">{t('followup.history.present')}</th>
            <th scope="col">{t('followup.history.expected')}</th>
            <th scope="col">{t('followup.history.rate')}</th>
          </tr>
        </thead>
        <tbody>
          {props.months.map((m) => (
            <tr key={m.month}>
              <th scope="row">{formatMonth(m.month, lang)}</th>
              <td>{formatNumber(m.sessions, lang)}</td>
              <td>{formatNumber(m.present, lang)}</td>
              <td>{formatNumber(m.expected, lang)}</td>
              <td>{percent(m.rate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
