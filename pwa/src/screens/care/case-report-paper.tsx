/** The sheet of the monthly case report, as it prints. Every figure comes from `monthlyCaseReport`. */
import {
  CASE_ENTRY_STATUSES,
  CASE_NEEDS,
  type CaseEntryStatus,
  REFERRAL_SERVICES,
} from '../../../../shared/model/supervision';
import type { CaseMonthReport } from '../../../../shared/supervision/case-rules';
import { useApp, useT } from '../../app-context';
import { formatDate, formatMonth, formatNumber, localeOf } from '../../ui/format';
import { entryKindKey, entryStatusKey, needKey, serviceKey } from './care-labels';

export function CaseReportPaper(props: { report: CaseMonthReport }) {
  const app = useApp();
  const t = useT();
  const { report } = props;
  const n = (value: number) => formatNumber(value, app.lang);
  const [y, m, d] = report.asOf.split('-').map(Number);
  const letterDate = new Intl.DateTimeFormat(localeOf(app.lang), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(y ?? 2000, (m ?? 1) - 1, d ?? 1));
  const figures: [string, string, number][] = [
    ['opened', t('care.report.opened'), report.opened],
    ['closed', t('care.report.closed'), report.closed],
    ['active', t('care.report.active'), report.active],
    ['openAtEnd', t('care.report.openAtEnd'), report.openAtEnd],
    ['referrals', t('care.report.referrals'), report.referralCount],
    ['visits', t('care.report.visits'), report.visits],
    ['overdue', t('care.report.overdue'), report.overdue.length],
  ];
  const serviceTotal = (service: (typeof REFERRAL_SERVICES)[number]) =>
    CASE_ENTRY_STATUSES.reduce((sum, status) => sum + report.referrals[service][status], 0);
  const statusTotal = (status: CaseEntryStatus) =>
    REFERRAL_SERVICES.reduce((sum, service) => sum + report.referrals[service][status], 0);

  return (
    <article class="care-paper" aria-label={t('care.report.title')} data-testid="case-report">
      <header class="care-paper-head">
        <p class="care-paper-program">{t('care.report.program')}</p>
        <h2 class="care-paper-title">{t('care.report.heading')}</h2>
        <dl class="care-pairs care-paper-meta">
          <div>
            <dt>{t('care.report.month')}</dt>
            <dd data-testid="report-month">{formatMonth(report.month, app.lang)}</dd>
          </div>
          <div>
            <dt>{t('care.report.worker')}</dt>
            <dd>{app.profile?.name ?? '—'}</dd>
          </div>
          <div>
            <dt>{t('care.report.region')}</dt>
            <dd>{app.profile?.region || '—'}</dd>
          </div>
          <div>
            <dt>{t('care.report.asOf')}</dt>
            <dd>{formatDate(report.asOf, app.lang, 'long')}</dd>
          </div>
        </dl>
      </header>

      <section class="care-paper-section">
        <h3>{t('care.report.summary')}</h3>
        <table class="care-paper-table" data-testid="report-figures">
          <tbody>
            {figures.map(([key, label, value]) => (
              <tr key={key}>
                <th scope="row">{label}</th>
                <td class="care-num" data-figure={key}>
                  {n(value)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section class="care-paper-section">
        <h3>{t('care.report.byNeed')}</h3>
        <table class="care-paper-table" data-testid="report-needs">
          <thead>
            <tr>
              <th scope="col">{t('care.report.need')}</th>
              <th scope="col" class="care-num">
                {t('care.report.casesCol')}
              </th>
            </tr>
          </thead>
          <tbody>
            {CASE_NEEDS.map((need) => (
              <tr key={need}>
                <th scope="row">{t(needKey(need))}</th>
                <td class="care-num" data-need={need}>
                  {n(report.byNeed[need])}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section class="care-paper-section">
        <h3>{t('care.report.referralsTitle')}</h3>
        <table class="care-paper-table" data-testid="report-referrals">
          <thead>
            <tr>
              <th scope="col">{t('care.entry.service')}</th>
              {CASE_ENTRY_STATUSES.map((status) => (
                <th key={status} scope="col" class="care-num">
                  {t(entryStatusKey(status))}
                </th>
              ))}
              <th scope="col" class="care-num">
                {t('care.report.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {REFERRAL_SERVICES.map((service) => (
              <tr key={service} data-service={service}>
                <th scope="row">{t(serviceKey(service))}</th>
                {CASE_ENTRY_STATUSES.map((status) => (
                  <td key={status} class="care-num" data-status={status}>
                    {n(report.referrals[service][status])}
                  </td>
                ))}
                <td class="care-num" data-status="total">
                  {n(serviceTotal(service))}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('care.report.total')}</th>
              {CASE_ENTRY_STATUSES.map((status) => (
                <td key={status} class="care-num">
                  {n(statusTotal(status))}
                </td>
              ))}
              <td class="care-num">{n(report.referralCount)}</td>
            </tr>
          </tfoot>
        </table>
      </section>

      <section class="care-paper-section">
        <h3>{t('care.report.overdueTitle')}</h3>
        {report.overdue.length === 0 ? (
          <p>{t('care.report.overdueNone')}</p>
        ) : (
          <table class="care-paper-table" data-testid="report-overdue">
            <thead>
              <tr>
                <th scope="col">{t('care.report.family')}</th>
                <th scope="col">{t('care.report.work')}</th>
                <th scope="col">{t('care.report.due')}</th>
                <th scope="col" class="care-num">
                  {t('care.report.daysLate')}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.overdue.map(({ entry, caseRecord, daysLate }) => (
                <tr key={entry.id}>
                  <td>{caseRecord.family.name}</td>
                  <td>
                    {t(entryKindKey(entry.kind))}: {entry.text}
                  </td>
                  <td>{entry.dueDate === null ? '—' : formatDate(entry.dueDate, app.lang)}</td>
                  <td class="care-num">{n(daysLate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section class="care-paper-section">
        <h3>{t('care.report.casesTitle')}</h3>
        {report.cases.length === 0 ? (
          <p>{t('care.report.casesNone')}</p>
        ) : (
          <table class="care-paper-table" data-testid="report-cases">
            <thead>
              <tr>
                <th scope="col" class="care-num">
                  {t('care.report.no')}
                </th>
                <th scope="col">{t('care.report.family')}</th>
                <th scope="col">{t('care.report.case')}</th>
                <th scope="col">{t('care.report.opened')}</th>
                <th scope="col">{t('care.report.status')}</th>
              </tr>
            </thead>
            <tbody>
              {report.cases.map((c, i) => (
                <tr key={c.id}>
                  <td class="care-num">{i + 1}</td>
                  <td>
                    {c.family.name}
                    {c.family.nik !== '' && <span class="care-paper-nik">{c.family.nik}</span>}
                  </td>
                  <td>{c.title}</td>
                  <td>{formatDate(c.openedDate, app.lang)}</td>
                  <td>
                    {c.status === 'closed' && c.closedDate !== null && c.closedDate <= report.asOf
                      ? t('care.close.closedOn', { date: formatDate(c.closedDate, app.lang) })
                      : t('care.case.status.open')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <footer class="care-paper-sign">
        <p>{t('care.report.placeDate', { place: app.profile?.region || '…………', date: letterDate })}</p>
        <p>{t('care.report.signWorker')}</p>
        <p class="care-paper-sign-name">{app.profile?.name ?? ''}</p>
      </footer>
    </article>
  );
}
