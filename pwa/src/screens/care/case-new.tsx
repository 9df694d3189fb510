/**
 * Opening a case: the family (picked from this device or typed), what the case is about, when it
 * was opened and by whom, and the first assessment. `?member=<id>` starts with that family picked.
 * Nothing is written until every check passes; then the case opens on its own screen.
 */
import { useEffect, useState } from 'preact/hooks';
import { localDate } from '../../../../shared/model/clock';
import type { FamilyRef } from '../../../../shared/model/supervision';
import { type CaseDraft, checkCase } from '../../../../shared/supervision/check-case';
import { useApp, useT } from '../../app-context';
import { getMember, openCase } from '../../data/cases';
import { href, navigate } from '../../router';
import { Banner, Button } from '../../ui/kit';
import { CareField, useIssueText } from './care-field';
import { AssessmentFields, EMPTY_ASSESSMENT } from './case-assessment';
import { EMPTY_FAMILY, FamilyFields } from './case-family';

export function NewCase(props: { memberId: string | undefined }) {
  const app = useApp();
  const t = useT();
  const today = localDate(app.write.clock.now());
  const [draft, setDraft] = useState<CaseDraft>({
    family: EMPTY_FAMILY,
    title: '',
    openedDate: today,
    worker: app.profile?.name ?? '',
    assessment: EMPTY_ASSESSMENT,
  });
  const [linkedGroup, setLinkedGroup] = useState<string | undefined>(undefined);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (props.memberId === undefined) return;
    let live = true;
    void app.guard(
      (async () => {
        const member = await getMember(app.db, props.memberId ?? '');
        if (member === null || !live) return;
        const group = await app.db.groups.get(member.groupId);
        const family: FamilyRef = {
          memberId: member.id,
          name: member.name,
          nik: member.nik,
          pkhId: member.pkhId,
          address: member.address,
        };
        setDraft((current) => ({ ...current, family }));
        setLinkedGroup(group?.name);
      })(),
    );
    return () => {
      live = false;
    };
  }, [app, props.memberId]);

  const check = checkCase(draft, today);
  const issues = check.ok ? [] : check.issues;
  const text = useIssueText(issues);
  const shown = (field: string) => (submitted ? text(field) : []);

  async function save(event: Event) {
    event.preventDefault();
    setSubmitted(true);
    // The form shows what to fix next to each field and above the button; nothing is written.
    if (!check.ok) return;
    setBusy(true);
    const saved = await app.guard(openCase(app.write, draft, today));
    setBusy(false);
    if (saved === undefined) return;
    app.notify(t('care.case.opened', { name: saved.family.name }));
    navigate(href('cases', saved.id));
  }

  return (
    <form class="form" onSubmit={(e) => void save(e)} noValidate>
      <h2>{t('care.case.familyTitle')}</h2>
      <FamilyFields
        value={draft.family}
        issues={issues}
        submitted={submitted}
        linkedGroup={linkedGroup}
        onChange={(family, group) => {
          setDraft({ ...draft, family });
          setLinkedGroup(group);
        }}
      />
      <h2>{t('care.case.aboutTitle')}</h2>
      <CareField label={t('care.case.title')} hint={t('care.case.titleHint')} errors={shown('title')}>
        <input
          name="caseTitle"
          value={draft.title}
          maxLength={120}
          onInput={(e) => setDraft({ ...draft, title: e.currentTarget.value })}
        />
      </CareField>
      <div class="care-grid-2">
        <CareField label={t('care.case.openedDate')} errors={shown('openedDate')}>
          <input
            name="openedDate"
            type="date"
            max={today}
            value={draft.openedDate}
            onInput={(e) => setDraft({ ...draft, openedDate: e.currentTarget.value })}
          />
        </CareField>
        <CareField label={t('care.case.worker')} errors={shown('worker')}>
          <input
            name="worker"
            value={draft.worker}
            maxLength={200}
            onInput={(e) => setDraft({ ...draft, worker: e.currentTarget.value })}
          />
        </CareField>
      </div>
      <h2>{t('care.assess.title')}</h2>
      <AssessmentFields value={draft.assessment} onChange={(assessment) => setDraft({ ...draft, assessment })} />
      {submitted && !check.ok && <Banner tone="error">{t('care.fixErrors')}</Banner>}
      <Button tone="primary" type="submit" disabled={busy} class="care-save">
        {t('care.case.open')}
      </Button>
    </form>
  );
}
