/**
 * Trends over the last observations: a small SVG line (overall mean, or one item chosen from a
 * list) and the table of every score behind it. The table carries the numbers, so the chart is a
 * picture for the eye and the screen reader gets its summary plus the table.
 */
import { useState } from 'preact/hooks';
import type { Lang } from '../../../../shared/i18n/translate';
import type { Trend } from '../../../../shared/supervision/observation-summary';
import { useApp, useT } from '../../app-context';
import { localeOf } from '../../ui/format';
import { formatScore } from './care-labels';

const W = 600;
const H = 220;
// Wide side margins: the first and last date labels are centred on their points.
const PAD = { left: 64, right: 40, top: 24, bottom: 36 };

function shortDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(localeOf(lang), { day: 'numeric', month: 'short' }).format(
    new Date(y ?? 2000, (m ?? 1) - 1, d ?? 1),
  );
}

export function ObservationTrend(props: { trend: Trend }) {
  const { lang } = useApp();
  const t = useT();
  const { trend } = props;
  const [series, setSeries] = useState('overall');
  const item = trend.items.find((i) => i.itemId === series);
  const values: readonly (number | null)[] = item ? item.scores : trend.points.map((p) => p.mean);
  const seriesName = item ? item.label : t('care.trend.overall');
  if (trend.points.length === 0) return null;

  const n = trend.points.length;
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (n === 1 ? innerW / 2 : (i / (n - 1)) * innerW);
  const y = (score: number) => PAD.top + ((4 - score) / 3) * innerH;
  // A gap (not observed) breaks the line rather than joining across it.
  const segments: string[][] = [[]];
  values.forEach((value, i) => {
    if (value === null) segments.push([]);
    else segments[segments.length - 1]?.push(`${x(i).toFixed(1)},${y(value).toFixed(1)}`);
  });
  const known = values.filter((v): v is number => v !== null);
  const summary =
    known.length === 0
      ? t('care.trend.summaryNone', { series: seriesName })
      : t('care.trend.summary', {
          series: seriesName,
          count: n,
          first: formatScore(known[0] ?? 0, lang),
          last: formatScore(known[known.length - 1] ?? 0, lang),
        });

  return (
    <div class="care-trend">
      <label class="field">
        <span class="field-label">{t('care.trend.series')}</span>
        <select value={series} onChange={(e) => setSeries(e.currentTarget.value)} data-testid="trend-series">
          <option value="overall">{t('care.trend.overall')}</option>
          {trend.items.map((i) => (
            <option key={i.itemId} value={i.itemId}>
              {i.label}
            </option>
          ))}
        </select>
      </label>
      <svg class="care-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} data-testid="trend-chart">
        {[1, 2, 3, 4].map((score) => (
          <g key={score}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(score)} y2={y(score)} class="care-chart-grid" />
            <text x={PAD.left - 36} y={y(score) + 5} class="care-chart-axis" text-anchor="end">
              {score}
            </text>
          </g>
        ))}
        {segments
          .filter((points) => points.length > 1)
          .map((points) => (
            <polyline key={points.join(' ')} points={points.join(' ')} class="care-chart-line" />
          ))}
        {values.map((value, i) =>
          value === null ? null : (
            // biome-ignore lint/suspicious/noArrayIndexKey: one point per observation, in order
            <g key={i}>
              <circle cx={x(i)} cy={y(value)} r={6} class="care-chart-dot" />
              <text x={x(i)} y={y(value) - 11} class="care-chart-value" text-anchor="middle">
                {formatScore(value, lang)}
              </text>
            </g>
          ),
        )}
        {trend.points.map((point, i) => (
          <text key={point.observationId} x={x(i)} y={H - 10} class="care-chart-axis" text-anchor="middle">
            {shortDate(point.date, lang)}
          </text>
        ))}
      </svg>
      <p class="muted">{summary}</p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard */}
      <section class="care-table-wrap" tabIndex={0} aria-label={t('care.trend.tableLabel')}>
        <table class="care-table" data-testid="trend-table">
          <thead>
            <tr>
              <th scope="col">{t('care.trend.item')}</th>
              {trend.points.map((point) => (
                <th key={point.observationId} scope="col" class="care-num">
                  {shortDate(point.date, lang)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {trend.items.map((row) => (
              <tr key={row.itemId}>
                <th scope="row">{row.label}</th>
                {row.scores.map((score, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: one cell per observation, in order
                  <td key={i} class={`care-num care-cell-${score ?? 'none'}`}>
                    {score ?? '—'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('care.trend.overall')}</th>
              {trend.points.map((point) => (
                <td key={point.observationId} class="care-num" data-testid="trend-mean">
                  {point.mean === null ? '—' : formatScore(point.mean, lang)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </section>
    </div>
  );
}
