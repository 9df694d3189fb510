/**
 * The monthly case report (`#/cases/report?month=YYYY-MM`): an A4 sheet on screen and on paper —
 * cases opened, closed and active in the month, needs, referrals by service and status, visits
 * made, overdue work, and the list of active cases. A missing or malformed month shows this month.
 */
import { localDate } from '../../../../shared/model/clock';
import { isMonth, monthlyCaseReport, shiftMonth } from '../../../../shared/supervision/case-rules';
import { useApp, useT } from '../../app-context';
import { listAllEntries, listCases } from '../../data/cases';
import { href, navigate } from '../../router';
import { formatMonth } from '../../ui/format';
import { Button, Loading, Screen } from '../../ui/kit';
import { NavBar } from '../../ui/nav-bar';
import { useLiveQuery } from '../../use-live-query';
import { CaseReportPaper } from './case-report-paper';
import './care.css';
import './care-print.css';

export function CaseReport(props: { readonly month?: string }) {
  const app = useApp();
  const t = useT();
  const today = localDate(app.write.clock.now());
  const month = props.month !== undefined && isMonth(props.month) ? props.month : today.slice(0, 7);
  const report = useLiveQuery(async () => {
    const [cases, entries] = await Promise.all([listCases(app.db), listAllEntries(app.db)]);
    return monthlyCaseReport(cases, entries, month, today);
  }, [month, today]);
  const go = (next: string) => navigate(`${href('cases', 'report')}?month=${next}`);

  return (
    <div class="care-printable">
      <Screen title={t('care.report.title')} back={href('cases')}>
        <div class="care-report-bar no-print">
          <div class="row">
            <Button
              aria-label={t('care.report.prev', { month: formatMonth(shiftMonth(month, -1), app.lang) })}
              onClick={() => go(shiftMonth(month, -1))}
            >
              ←
            </Button>
            <label class="field care-month-field">
              <span class="field-label">{t('care.report.month')}</span>
              <input
                type="month"
                name="month"
                value={month}
                max={today.slice(0, 7)}
                onChange={(e) => isMonth(e.currentTarget.value) && go(e.currentTarget.value)}
              />
            </label>
            <Button
              aria-label={t('care.report.next', { month: formatMonth(shiftMonth(month, 1), app.lang) })}
              disabled={month >= today.slice(0, 7)}
              onClick={() => go(shiftMonth(month, 1))}
            >
              →
            </Button>
          </div>
          <Button tone="primary" class="care-print-button" onClick={() => window.print()}>
            {t('care.report.print')}
          </Button>
          <p class="muted">{t('care.report.printHint')}</p>
        </div>
        {report === undefined ? <Loading /> : <CaseReportPaper report={report} />}
        <NavBar current="care" />
      </Screen>
    </div>
  );
}
