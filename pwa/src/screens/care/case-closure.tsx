/**
 * Closing a case with its outcome (the date it closed and what came of it), and reopening a closed
 * case after a confirmation that says what happens: the outcome is cleared and the work resumes.
 */
import { useState } from 'preact/hooks';
import { localDate } from '../../../../shared/model/clock';
import type { CaseRecord } from '../../../../shared/model/supervision';
import { checkClosure } from '../../../../shared/supervision/check-case';
import { useApp, useT } from '../../app-context';
import { closeCase, reopenCase } from '../../data/cases';
import { formatDate } from '../../ui/format';
import { Button } from '../../ui/kit';
import { CareConfirm } from './care-confirm';
import { CareField, useIssueText } from './care-field';

export function CaseClosure(props: { caseRecord: CaseRecord }) {
  const app = useApp();
  const t = useT();
  const { caseRecord } = props;
  const today = localDate(app.write.clock.now());
  const [closing, setClosing] = useState(false);
  const [reopening, setReopening] = useState(false);
  const [closedDate, setClosedDate] = useState(today);
  const [outcome, setOutcome] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const check = checkClosure({ closedDate, outcome }, caseRecord.openedDate, today);
  const text = useIssueText(check.ok ? [] : check.issues);
  const shown = (field: string) => (submitted ? text(field) : []);

  async function close(event: Event) {
    event.preventDefault();
    setSubmitted(true);
    if (!check.ok) return;
    setBusy(true);
    const saved = await app.guard(closeCase(app.write, caseRecord, { closedDate, outcome }, today));
    setBusy(false);
    if (saved === undefined) return;
    app.notify(t('care.close.done'));
    setClosing(false);
  }

  async function reopen() {
    setBusy(true);
    const saved = await app.guard(reopenCase(app.write, caseRecord));
    setBusy(false);
    if (saved === undefined) return;
    app.notify(t('care.close.reopened'));
    setReopening(false);
    setOutcome('');
    setSubmitted(false);
  }

  return (
    <section class="care-section" aria-labelledby="closure-title" data-testid="closure">
      <h2 id="closure-title">{t('care.close.title')}</h2>
      {caseRecord.status === 'closed' ? (
        <>
          <div class="card">
            <p>
              <strong>
                {t('care.close.closedOn', { date: formatDate(caseRecord.closedDate ?? today, app.lang) })}
              </strong>
            </p>
            <p class="care-pre" data-testid="case-outcome">
              {caseRecord.outcome}
            </p>
          </div>
          {reopening ? (
            <CareConfirm
              question={t('care.close.reopenConfirm')}
              yes={t('care.close.reopen')}
              no={t('care.cancel')}
              busy={busy}
              onYes={() => void reopen()}
              onNo={() => setReopening(false)}
            >
              <p>{t('care.close.reopenExplain')}</p>
            </CareConfirm>
          ) : (
            <Button onClick={() => setReopening(true)}>{t('care.close.reopen')}</Button>
          )}
        </>
      ) : closing ? (
        <form class="card form" onSubmit={(e) => void close(e)} noValidate data-testid="close-form">
          <CareField label={t('care.close.date')} errors={shown('closedDate')}>
            <input
              name="closedDate"
              type="date"
              min={caseRecord.openedDate}
              max={today}
              value={closedDate}
              onInput={(e) => setClosedDate(e.currentTarget.value)}
            />
          </CareField>
          <CareField label={t('care.close.outcome')} hint={t('care.close.outcomeHint')} errors={shown('outcome')}>
            <textarea
              name="outcome"
              value={outcome}
              maxLength={4000}
              onInput={(e) => setOutcome(e.currentTarget.value)}
            />
          </CareField>
          <div class="row">
            <Button tone="primary" type="submit" disabled={busy}>
              {t('care.close.confirm')}
            </Button>
            <Button onClick={() => setClosing(false)}>{t('care.cancel')}</Button>
          </div>
        </form>
      ) : (
        <Button onClick={() => setClosing(true)}>{t('care.close.start')}</Button>
      )}
    </section>
  );
}
