/**
 * One case: the family and what it is about, the bio-psycho-social assessment, the plan (actions),
 * referrals and visits, and its closure with the outcome (or reopening it, after a confirmation).
 * `#/cases/new` opens a new case instead.
 */
import { useState } from 'preact/hooks';
import { localDate } from '../../../../shared/model/clock';
import type { CaseRecord, FamilyRef } from '../../../../shared/model/supervision';
import { caseDueStates } from '../../../../shared/supervision/case-rules';
import { type Assessment, checkCase } from '../../../../shared/supervision/check-case';
import { useApp, useT } from '../../app-context';
import { loadCase, updateAssessment, updateCaseHeader } from '../../data/cases';
import { href } from '../../router';
import { formatDate } from '../../ui/format';
import { Button, Empty, Loading, Screen } from '../../ui/kit';
import { NavBar } from '../../ui/nav-bar';
import { useLiveQuery } from '../../use-live-query';
import { CareField, useIssueText } from './care-field';
import { AssessmentFields, AssessmentView } from './case-assessment';
import { CaseClosure } from './case-closure';
import { EntrySection } from './case-entries';
import { FamilyCard, FamilyFields } from './case-family';
import { NewCase } from './case-new';
import './care.css';

export function CaseDetail(props: { readonly caseId?: string; readonly member?: string }) {
  const t = useT();
  if (props.caseId === undefined) {
    return (
      <Screen title={t('care.case.newTitle')} back={href('cases')}>
        <NewCase key={props.member ?? 'new'} memberId={props.member} />
        <NavBar current="care" />
      </Screen>
    );
  }
  return <CaseView key={props.caseId} caseId={props.caseId} />;
}

function CaseView(props: { caseId: string }) {
  const app = useApp();
  const t = useT();
  const today = localDate(app.write.clock.now());
  const data = useLiveQuery(() => loadCase(app.db, props.caseId), [props.caseId]);
  if (data === undefined) return <Loading />;
  if (data === null) {
    return (
      <Screen title={t('care.case.title')} back={href('cases')}>
        <Empty>{t('care.case.notFound')}</Empty>
        <NavBar current="care" />
      </Screen>
    );
  }
  const { caseRecord, entries } = data;
  const states = caseDueStates(caseRecord, entries, today);
  return (
    <Screen title={caseRecord.title} back={href('cases')}>
      <CaseHeader caseRecord={caseRecord} />
      <CaseAssessment caseRecord={caseRecord} />
      {(['action', 'referral', 'visit'] as const).map((kind) => (
        <EntrySection key={kind} kind={kind} caseRecord={caseRecord} entries={entries} states={states} />
      ))}
      <CaseClosure caseRecord={caseRecord} />
      <NavBar current="care" />
    </Screen>
  );
}

function CaseHeader(props: { caseRecord: CaseRecord }) {
  const app = useApp();
  const t = useT();
  const { caseRecord } = props;
  const today = localDate(app.write.clock.now());
  const [editing, setEditing] = useState(false);
  const [family, setFamily] = useState<FamilyRef>(caseRecord.family);
  const [title, setTitle] = useState(caseRecord.title);
  const [openedDate, setOpenedDate] = useState(caseRecord.openedDate);
  const [worker, setWorker] = useState(caseRecord.worker);
  const [submitted, setSubmitted] = useState(false);
  const draft = { family, title, openedDate, worker };
  const check = checkCase({ ...draft, assessment: caseRecord.assessment }, today);
  const issues = check.ok ? [] : check.issues;
  const text = useIssueText(issues);
  const shown = (field: string) => (submitted ? text(field) : []);

  function start() {
    setFamily(caseRecord.family);
    setTitle(caseRecord.title);
    setOpenedDate(caseRecord.openedDate);
    setWorker(caseRecord.worker);
    setSubmitted(false);
    setEditing(true);
  }

  async function save(event: Event) {
    event.preventDefault();
    setSubmitted(true);
    if (!check.ok) return;
    const saved = await app.guard(updateCaseHeader(app.write, caseRecord, draft, today));
    if (saved === undefined) return;
    app.notify(t('care.case.saved'));
    setEditing(false);
  }

  if (editing) {
    return (
      <form class="card form" onSubmit={(e) => void save(e)} noValidate>
        <FamilyFields value={family} issues={issues} submitted={submitted} onChange={(next) => setFamily(next)} />
        <CareField label={t('care.case.title')} errors={shown('title')}>
          <input name="caseTitle" value={title} maxLength={120} onInput={(e) => setTitle(e.currentTarget.value)} />
        </CareField>
        <div class="care-grid-2">
          <CareField label={t('care.case.openedDate')} errors={shown('openedDate')}>
            <input
              name="openedDate"
              type="date"
              max={today}
              value={openedDate}
              onInput={(e) => setOpenedDate(e.currentTarget.value)}
            />
          </CareField>
          <CareField label={t('care.case.worker')} errors={shown('worker')}>
            <input name="worker" value={worker} maxLength={200} onInput={(e) => setWorker(e.currentTarget.value)} />
          </CareField>
        </div>
        <div class="row">
          <Button tone="primary" type="submit">
            {t('care.save')}
          </Button>
          <Button onClick={() => setEditing(false)}>{t('care.cancel')}</Button>
        </div>
      </form>
    );
  }
  return (
    <div class="card care-case-head" data-testid="case-head">
      <div class="care-tags">
        <span
          class={`care-badge ${caseRecord.status === 'open' ? 'care-badge-upcoming' : 'care-badge-done'}`}
          data-testid="case-status"
        >
          {t(`care.case.status.${caseRecord.status}`)}
        </span>
      </div>
      <FamilyCard family={caseRecord.family} />
      <p class="muted">
        {[
          t('care.cases.openedOn', { date: formatDate(caseRecord.openedDate, app.lang) }),
          caseRecord.worker === '' ? '' : t('care.case.workerLine', { name: caseRecord.worker }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {caseRecord.status === 'open' && <Button onClick={start}>{t('care.case.editHead')}</Button>}
    </div>
  );
}

function CaseAssessment(props: { caseRecord: CaseRecord }) {
  const app = useApp();
  const t = useT();
  const { caseRecord } = props;
  const [editing, setEditing] = useState<Assessment | null>(null);

  async function save(event: Event) {
    event.preventDefault();
    if (editing === null) return;
    const saved = await app.guard(updateAssessment(app.write, caseRecord, editing));
    if (saved === undefined) return;
    app.notify(t('care.assess.saved'));
    setEditing(null);
  }

  return (
    <section class="care-section" aria-labelledby="assessment-title" data-testid="assessment">
      <h2 id="assessment-title">{t('care.assess.title')}</h2>
      {editing === null ? (
        <>
          <AssessmentView value={caseRecord.assessment} />
          {caseRecord.status === 'open' && (
            <Button onClick={() => setEditing(caseRecord.assessment)}>{t('care.assess.edit')}</Button>
          )}
        </>
      ) : (
        <form class="card form" onSubmit={(e) => void save(e)}>
          <AssessmentFields value={editing} onChange={setEditing} />
          <div class="row">
            <Button tone="primary" type="submit">
              {t('care.save')}
            </Button>
            <Button onClick={() => setEditing(null)}>{t('care.cancel')}</Button>
          </div>
        </form>
      )}
    </section>
  );
}
