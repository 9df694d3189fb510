/**
 * Add or edit a family. Every field is checked by the same core as the roster import
 * (checkMemberDraft): all reasons a NIK is wrong are listed under it in the user's language, a
 * NIK from another region is a warning (saved anyway), and a NIK another family holds is refused
 * naming that family. Nothing is written until the form is clean. Editing also offers moving the
 * family to another group and deactivating it (kept, but off attendance lists).
 */
import { useState } from 'preact/hooks';
import { isAppError } from '../../../../shared/errors';
import { describeError } from '../../../../shared/i18n/translate';
import { localDate } from '../../../../shared/model/clock';
import type { Group, Member } from '../../../../shared/model/types';
import { checkMemberDraft, type MemberDraft, type MemberIssue } from '../../../../shared/roster/check-member';
import type { RosterField } from '../../../../shared/roster/roster-fields';
import { useApp, useT } from '../../app-context';
import { findGroup, groupRegionCode } from '../../data/groups';
import { EMPTY_MEMBER_DRAFT, memberDraftOf, saveMember } from '../../data/members';
import { listGroups } from '../../data/queries';
import { href, navigate } from '../../router';
import { Banner, Button, Empty, Loading, Screen } from '../../ui/kit';
import { useLiveQuery } from '../../use-live-query';
import { CountStepper } from './count-stepper';
import { IssueField } from './issue-field';
import { MemberActions } from './member-actions';
import './groups.css';

type TextField = 'name' | 'nik' | 'kkNumber' | 'pkhId' | 'address' | 'phone';
const TEXT_FIELDS: readonly TextField[] = ['name', 'nik', 'kkNumber', 'pkhId', 'address', 'phone'];
// Phone and id keypads on a tablet; the type stays "text" so nothing is silently reformatted.
const INPUT_MODES: Readonly<Record<TextField, 'text' | 'numeric' | 'tel'>> = {
  name: 'text',
  nik: 'numeric',
  kkNumber: 'numeric',
  pkhId: 'text',
  address: 'text',
  phone: 'tel',
};
const COUNT_FIELDS = ['toddlers', 'sd', 'smp', 'sma', 'elderly', 'severeDisability'] as const;

export function MemberEdit(props: { groupId?: string; memberId?: string }) {
  const app = useApp();
  const t = useT();
  const data = useLiveQuery(async () => {
    const groups = await listGroups(app.db);
    if (props.memberId !== undefined) {
      const member = await app.db.members.get(props.memberId);
      if (member === undefined || member.deletedAt !== null) return null;
      return { member, group: (await findGroup(app.db, member.groupId)) ?? null, groups };
    }
    const group = await findGroup(app.db, props.groupId ?? '');
    return group === undefined ? null : { member: null, group, groups };
  }, [props.memberId, props.groupId]);

  if (data === undefined) return <Loading />;
  if (data === null) {
    return (
      <Screen title={t('groups.member.edit')} back={href('groups')}>
        <Empty>{t(props.memberId === undefined ? 'groups.notFound' : 'groups.member.notFound')}</Empty>
      </Screen>
    );
  }
  return <MemberForm key={data.member?.id ?? 'new'} member={data.member} group={data.group} groups={data.groups} />;
}

function MemberForm(props: { member: Member | null; group: Group | null; groups: readonly Group[] }) {
  const app = useApp();
  const t = useT();
  const { member, group } = props;
  const [draft, setDraft] = useState<MemberDraft>(member === null ? EMPTY_MEMBER_DRAFT : memberDraftOf(member));
  const [touched, setTouched] = useState<ReadonlySet<RosterField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [duplicate, setDuplicate] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const today = localDate(app.write.clock.now());
  const region = group === null ? '' : groupRegionCode(group);
  const options = region === '' ? { today } : { today, expectedRegion: region };
  const check = checkMemberDraft(draft, options);
  const back = group === null ? href('groups') : href('groups', group.id);

  const visible = (field: RosterField) => submitted || touched.has(field) || (member !== null && field === 'nik');
  const messages = (issues: readonly MemberIssue[], field: RosterField) =>
    visible(field) ? issues.filter((issue) => issue.field === field).map((issue) => t(issue.key, issue.values)) : [];
  const touch = (field: RosterField) => {
    if (!touched.has(field)) setTouched(new Set([...touched, field]));
  };
  const setText = (field: TextField, value: string) => {
    setDraft({ ...draft, [field]: value });
    if (field === 'nik') setDuplicate(null);
  };
  const setCount = (field: (typeof COUNT_FIELDS)[number], value: number) => {
    const c = draft.components;
    const components =
      field === 'sd' || field === 'smp' || field === 'sma'
        ? { ...c, school: { ...c.school, [field]: value } }
        : { ...c, [field]: value };
    setDraft({ ...draft, components });
  };
  const countOf = (field: (typeof COUNT_FIELDS)[number]) =>
    field === 'sd' || field === 'smp' || field === 'sma' ? draft.components.school[field] : draft.components[field];

  async function submit(event: Event) {
    event.preventDefault();
    setSubmitted(true);
    if (check.details === null || group === null) {
      const first = TEXT_FIELDS.find((field) => check.errors.some((issue) => issue.field === field));
      if (first !== undefined) document.querySelector<HTMLInputElement>(`[name="${first}"]`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const saved = await saveMember(app.write, group.id, draft, options, member ?? undefined);
      app.notify(t('groups.member.saved', { name: saved.member.name }));
      navigate(href('groups', group.id));
    } catch (error) {
      if (isAppError(error) && error.details.reason === 'duplicateNik') {
        setDuplicate(
          t('groups.check.duplicateInDb', { name: String(error.details.name), group: String(error.details.group) }),
        );
        document.querySelector<HTMLInputElement>('[name="nik"]')?.focus();
      } else {
        app.notify(describeError(app.lang, error), 'error');
      }
    } finally {
      setBusy(false);
    }
  }

  const showBanner = submitted && (check.errors.length > 0 || duplicate !== null);
  const nikErrors = [...messages(check.errors, 'nik'), ...(duplicate === null ? [] : [duplicate])];

  return (
    <Screen title={member === null ? t('groups.member.new') : t('groups.member.edit')} back={back}>
      {group !== null && <p class="muted grp-line">{t('groups.member.inGroup', { name: group.name })}</p>}
      {member !== null && !member.active && <Banner tone="warn">{t('groups.member.inactiveBanner')}</Banner>}
      <form class="form" onSubmit={submit} noValidate aria-label={t('groups.member.edit')}>
        {showBanner && <Banner tone="error">{t('groups.fixFields')}</Banner>}
        {TEXT_FIELDS.map((field) => (
          <IssueField
            key={field}
            label={t(`groups.member.${field}`)}
            errors={field === 'nik' ? nikErrors : messages(check.errors, field)}
            warnings={messages(check.warnings, field)}
            {...(field === 'nik' ? { hint: t('groups.member.nikHint') } : {})}
          >
            <input
              name={field}
              value={draft[field]}
              type="text"
              inputMode={INPUT_MODES[field]}
              autocomplete="off"
              onInput={(e) => setText(field, e.currentTarget.value)}
              onBlur={(e) => {
                // Leaving a field for the Save button shows everything anyway; showing this field's
                // messages now would move the button away between press and release.
                const next = e.relatedTarget;
                if (next instanceof HTMLElement && next.closest('button[type="submit"]') !== null) return;
                touch(field);
              }}
            />
          </IssueField>
        ))}
        <fieldset class="grp-components">
          <legend>{t('groups.member.components')}</legend>
          <label class="choice">
            <input
              type="checkbox"
              name="pregnant"
              checked={draft.components.pregnant}
              onChange={(e) =>
                setDraft({ ...draft, components: { ...draft.components, pregnant: e.currentTarget.checked } })
              }
            />
            <span>{t('groups.member.pregnant')}</span>
          </label>
          {COUNT_FIELDS.map((field) => (
            <CountStepper
              key={field}
              name={field}
              label={t(`groups.member.${field}`)}
              value={countOf(field)}
              onChange={(value) => setCount(field, value)}
            />
          ))}
        </fieldset>
        <Button tone="primary" type="submit" disabled={busy}>
          {t('pwa.save')}
        </Button>
      </form>
      {member !== null && <MemberActions member={member} groups={props.groups} />}
    </Screen>
  );
}
