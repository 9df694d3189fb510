/** The parts of the import review: a preview of the first rows, the column mapping, and the report. */
import type { MessageKey } from '../../../../shared/i18n/translate';
import type { RosterReport, RosterRowReport } from '../../../../shared/roster/build-roster-report';
import type { MemberIssue } from '../../../../shared/roster/check-member';
import { cleanText } from '../../../../shared/roster/clean-cell';
import type { RosterMapping } from '../../../../shared/roster/guess-mapping';
import { REQUIRED_ROSTER_FIELDS, ROSTER_FIELDS, type RosterField } from '../../../../shared/roster/roster-fields';
import type { RosterTable } from '../../../../shared/roster/roster-table';
import { useT } from '../../app-context';
import { Banner } from '../../ui/kit';

const PREVIEW_ROWS = 5;
/** Rows listed in full; a file with thousands of bad rows would otherwise freeze a cheap tablet. */
const LISTED_ROWS = 200;

export function PreviewTable(props: { table: RosterTable }) {
  const t = useT();
  const rows = props.table.rows.slice(0, PREVIEW_ROWS);
  return (
    <>
      <h2>{t('groups.import.preview', { count: rows.length })}</h2>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to scroll it */}
      <section class="grp-table-scroll" tabIndex={0} aria-label={t('groups.import.preview', { count: rows.length })}>
        <table class="preview-table" data-testid="import-preview">
          <thead>
            <tr>
              <th scope="col">{t('groups.import.line')}</th>
              {props.table.headers.map((header, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                <th key={i} scope="col">
                  {header || `#${i + 1}`}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.line}>
                <td>{row.line}</td>
                {props.table.headers.map((_, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                  <td key={i}>{cleanText(row.cells[i] ?? '')}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}

export function MappingForm(props: {
  headers: readonly string[];
  mapping: RosterMapping;
  onChange(next: RosterMapping): void;
}) {
  const t = useT();
  return (
    <>
      <h2>{t('groups.import.mapping')}</h2>
      <p class="muted grp-line">{t('groups.import.mappingHint')}</p>
      <div class="grp-mapping" data-testid="import-mapping">
        {ROSTER_FIELDS.map((field) => {
          const name = t(`groups.field.${field}`);
          const label = REQUIRED_ROSTER_FIELDS.includes(field) ? t('groups.import.required', { field: name }) : name;
          return (
            <label class="field" key={field}>
              <span class="field-label">{label}</span>
              <select
                name={`map-${field}`}
                value={props.mapping[field] === null ? '' : String(props.mapping[field])}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  const column = value === '' ? null : Number(value);
                  // A column feeds one field: taking it here releases it elsewhere.
                  const next: Record<RosterField, number | null> = { ...props.mapping };
                  if (column !== null) {
                    for (const other of ROSTER_FIELDS) if (next[other] === column) next[other] = null;
                  }
                  next[field] = column;
                  props.onChange(next);
                }}
              >
                <option value="">{t('groups.import.unused')}</option>
                {props.headers.map((header, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                  <option key={i} value={String(i)}>
                    {t('groups.import.column', { n: i + 1, header: header || '—' })}
                  </option>
                ))}
              </select>
            </label>
          );
        })}
      </div>
    </>
  );
}

export function ReportView(props: { report: RosterReport }) {
  const t = useT();
  const { report } = props;
  if (report.missingFields.length > 0) {
    const fields = report.missingFields.map((field) => t(`groups.field.${field}`)).join(', ');
    return (
      <>
        <h2>{t('groups.import.report')}</h2>
        <Banner tone="error">{t('groups.import.missing', { fields })}</Banner>
      </>
    );
  }
  const problems = report.rows.filter((row) => row.outcome !== 'ready');
  const noted = report.rows.filter((row) => row.outcome === 'ready' && row.warnings.length > 0);
  return (
    <section class="report-section" aria-labelledby="import-report-title">
      <h2 id="import-report-title">{t('groups.import.report')}</h2>
      <ul class="report-summary" data-testid="import-summary">
        <li class="report-ok">{t('groups.import.ready', { count: report.ready.length })}</li>
        {report.problemRows > 0 && (
          <li class="report-problem">{t('groups.import.problems', { count: report.problemRows })}</li>
        )}
        {report.warningRows > 0 && (
          <li class="report-warn">{t('groups.import.warnings', { count: report.warningRows })}</li>
        )}
      </ul>
      {problems.length > 0 && (
        <>
          <h3>{t('groups.import.problemList')}</h3>
          <RowList rows={problems} kind="problem" />
        </>
      )}
      {noted.length > 0 && (
        <>
          <h3>{t('groups.import.warningList')}</h3>
          <RowList rows={noted} kind="warn" />
        </>
      )}
      {report.ready.length > 0 && (
        <details class="ready-list">
          <summary>
            {t('groups.import.readyList')} ({report.ready.length})
          </summary>
          <ol>
            {report.ready.slice(0, LISTED_ROWS).map((family) => (
              <li key={family.nik}>
                {family.name} <span class="grp-nik">{family.nik}</span>
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}

function RowList(props: { rows: readonly RosterRowReport[]; kind: 'problem' | 'warn' }) {
  const t = useT();
  const issueText = (issue: MemberIssue) =>
    `${t(`groups.field.${issue.field}`)}: ${t(issue.key as MessageKey, issue.values)}`;
  return (
    <>
      <ul
        class={`report-rows${props.kind === 'warn' ? ' report-rows-warn' : ''}`}
        data-testid={`import-${props.kind}s`}
      >
        {props.rows.slice(0, LISTED_ROWS).map((row) => (
          <li key={row.line}>
            <strong>{t('groups.import.rowLine', { line: String(row.line) })}</strong>
            {' · '}
            {row.name || t('groups.import.noName')}
            {row.nik !== '' && <span class="grp-nik"> · {row.nik}</span>}
            {props.kind === 'problem' && <em> — {t(`groups.import.outcome.${row.outcome}` as MessageKey)}</em>}
            <ul class={`grp-issues ${props.kind === 'warn' ? 'grp-issues-warn' : 'grp-issues-error'}`}>
              {(props.kind === 'problem' ? row.errors : row.warnings).map((issue) => (
                <li key={`${issue.field}-${issue.key}`}>{issueText(issue)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {props.rows.length > LISTED_ROWS && (
        <p class="muted grp-line">{t('groups.import.more', { count: props.rows.length - LISTED_ROWS })}</p>
      )}
    </>
  );
}
