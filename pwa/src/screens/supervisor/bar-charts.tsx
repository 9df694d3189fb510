/**
 * Two pictures that read faster than a table: meetings held against planned per facilitator (the
 * bar is as long as the meetings planned, green as far as they were held, hatched where not; one
 * scale for all, so a facilitator with more groups has a longer bar), and the attendance rate per
 * group. Plain CSS bars (no chart library: a few elements scale, print and
 * work offline). The bars are hidden from screen readers, which get the same numbers as a table.
 * A rate below 60% (the threshold of "kurang" in the district recap) is drawn in the warning colour.
 */
import type { ComponentChildren } from 'preact';
import { useApp, useT } from '../../app-context';
import { formatNumber } from '../../ui/format';
import { usePercent } from './figures';

export interface HeldRow {
  readonly key: string;
  readonly label: string;
  readonly held: number;
  readonly planned: number;
}

export interface RateRow {
  readonly key: string;
  readonly label: string;
  /** A second line: the facilitator of the group, say. */
  readonly sub?: string;
  readonly rate: number | null;
  readonly present: number;
  readonly expected: number;
}

export const LOW_RATE = 0.6;

function Chart(props: { title: string; testId: string; bars: ComponentChildren; table: ComponentChildren }) {
  return (
    <figure class="sv-chart" data-testid={props.testId}>
      <figcaption class="sv-chart-title">{props.title}</figcaption>
      <div class="sv-bars" aria-hidden="true">
        {props.bars}
      </div>
      {/* A table cannot be narrower than its content: hidden inside a 1 px box, it cannot widen the page. */}
      <div class="visually-hidden">{props.table}</div>
    </figure>
  );
}

export function HeldChart(props: { title: string; nameHeader: string; rows: readonly HeldRow[] }) {
  const { lang } = useApp();
  const t = useT();
  const most = Math.max(1, ...props.rows.map((row) => Math.max(row.planned, row.held)));
  const width = (n: number) => `${Math.round((n / most) * 100)}%`;
  return (
    <Chart
      title={props.title}
      testId="held-chart"
      bars={props.rows.map((row) => (
        <div key={row.key} class="sv-bar-row" data-key={row.key}>
          <span class="sv-bar-label">{row.label}</span>
          <span class="sv-bar-track sv-bar-track-count">
            <span class="sv-bar-planned" style={{ width: width(row.planned) }} />
            <span class="sv-bar-fill" style={{ width: width(row.held) }} />
          </span>
          <span class="sv-bar-value">
            {t('supervisor.fig.meetingsValue', { held: row.held, planned: row.planned })}
          </span>
        </div>
      ))}
      table={
        <table>
          <caption>{props.title}</caption>
          <thead>
            <tr>
              <th scope="col">{props.nameHeader}</th>
              <th scope="col">{t('supervisor.col.held')}</th>
              <th scope="col">{t('supervisor.col.planned')}</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td>{formatNumber(row.held, lang)}</td>
                <td>{formatNumber(row.planned, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

export function RateChart(props: { title: string; nameHeader: string; rows: readonly RateRow[] }) {
  const { lang } = useApp();
  const t = useT();
  const percent = usePercent();
  return (
    <Chart
      title={props.title}
      testId="rate-chart"
      bars={props.rows.map((row) => (
        <div key={row.key} class="sv-bar-row" data-key={row.key}>
          <span class="sv-bar-label">
            {row.label}
            {row.sub !== undefined && <span class="sv-bar-sub">{row.sub}</span>}
          </span>
          <span class="sv-bar-track sv-bar-track-rate">
            <span
              class={`sv-bar-fill${row.rate !== null && row.rate < LOW_RATE ? ' sv-bar-low' : ''}`}
              style={{ width: `${Math.round((row.rate ?? 0) * 100)}%` }}
            />
          </span>
          <span class="sv-bar-value">{percent(row.rate)}</span>
        </div>
      ))}
      table={
        <table>
          <caption>{props.title}</caption>
          <thead>
            <tr>
              <th scope="col">{props.nameHeader}</th>
              <th scope="col">{t('supervisor.col.present')}</th>
              <th scope="col">{t('supervisor.col.expected')}</th>
              <th scope="col">{t('supervisor.col.rate')}</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.sub === undefined ? row.label : `${row.label} (${row.sub})`}</th>
                <td>{formatNumber(row.present, lang)}</td>
                <td>{formatNumber(row.expected, lang)}</td>
                <td>{percent(row.rate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
