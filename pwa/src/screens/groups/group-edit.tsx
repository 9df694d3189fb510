/**
 * Create or edit a group. The village code (Kemendagri, 32.01.01.2001) gives the province,
 * regency and district codes as its prefixes, shown as the user types; a known province code
 * fills in the province name. Every invalid field shows its own message; nothing is saved until
 * all are fixed. Editing also offers archiving (hidden from lists, data kept) and its undo.
 */
import { useState } from 'preact/hooks';
import type { Group } from '../../../../shared/model/types';
import { PROVINCE_CODES } from '../../../../shared/rules/province-codes';
import { useApp, useT } from '../../app-context';
import {
  checkGroupInput,
  EMPTY_GROUP_INPUT,
  findGroup,
  type GroupErrors,
  type GroupField,
  type GroupInput,
  groupInputOf,
  normalizeVillageCode,
  regionFrom,
  saveGroup,
  setGroupArchived,
} from '../../data/groups';
import { href, navigate } from '../../router';
import { Banner, Button, Empty, Loading, Screen } from '../../ui/kit';
import { useLiveQuery } from '../../use-live-query';
import { IssueField } from './issue-field';
import './groups.css';

const FIELDS: readonly GroupField[] = [
  'name',
  'villageName',
  'villageCode',
  'districtName',
  'regencyName',
  'provinceName',
  'meetingPlace',
  'leaderName',
];

export function GroupEdit(props: { groupId?: string }) {
  const app = useApp();
  const t = useT();
  const loaded = useLiveQuery(
    async () => (props.groupId === undefined ? null : ((await findGroup(app.db, props.groupId)) ?? false)),
    [props.groupId],
  );
  if (loaded === undefined) return <Loading />;
  if (loaded === false) {
    return (
      <Screen title={t('groups.editTitle')} back={href('groups')}>
        <Empty>{t('groups.notFound')}</Empty>
      </Screen>
    );
  }
  const group = loaded ?? undefined;
  const onSaved = (saved: Group) =>
    navigate(
      group === undefined ? `${href('groups')}?created=${encodeURIComponent(saved.id)}` : href('groups', saved.id),
    );
  return (
    <Screen
      title={group === undefined ? t('groups.new') : t('groups.editTitle')}
      back={group === undefined ? href('groups') : href('groups', group.id)}
    >
      {/* Keyed by id so switching groups starts a fresh form. */}
      <GroupForm key={group?.id ?? 'new'} group={group} onSaved={onSaved} />
    </Screen>
  );
}

/** The group form itself: shown in place on the groups list for a new group, and by GroupEdit. */
export function GroupForm(props: { group: Group | undefined; onSaved(group: Group): void; onCancel?: () => void }) {
  const app = useApp();
  const t = useT();
  const { group } = props;
  const [form, setForm] = useState<GroupInput>(group === undefined ? EMPTY_GROUP_INPUT : groupInputOf(group));
  const [errors, setErrors] = useState<GroupErrors>({});
  const [busy, setBusy] = useState(false);

  const set = (field: GroupField, value: string) => {
    const next = { ...form, [field]: value };
    // A known province code names the province, unless the user already wrote a name.
    if (field === 'villageCode' && form.provinceName.trim() === '') {
      const province = normalizeVillageCode(value).slice(0, 2);
      const known = Object.hasOwn(PROVINCE_CODES, province) ? PROVINCE_CODES[province] : undefined;
      if (known !== undefined) next.provinceName = known;
    }
    setForm(next);
    if (errors[field] !== undefined) setErrors({ ...errors, [field]: undefined });
  };

  async function submit(event: Event) {
    event.preventDefault();
    const checked = checkGroupInput(form);
    if (checked.value === null) {
      setErrors(checked.errors);
      const first = FIELDS.find((field) => checked.errors[field] !== undefined);
      if (first !== undefined) document.querySelector<HTMLInputElement>(`[name="${first}"]`)?.focus();
      return;
    }
    setBusy(true);
    const saved = await app.guard(saveGroup(app.write, checked.value, app.profile?.name ?? '', group));
    setBusy(false);
    if (saved === undefined) return;
    app.notify(t('groups.created', { name: saved.name }));
    props.onSaved(saved);
  }

  async function toggleArchived() {
    if (group === undefined) return;
    const next = !group.archived;
    const saved = await app.guard(setGroupArchived(app.write, group, next));
    if (saved === undefined) return;
    app.notify(t(next ? 'groups.archived' : 'groups.unarchived', { name: saved.name }));
    navigate(next ? href('groups') : href('groups', saved.id));
  }

  const region = regionFrom({ ...form, villageCode: normalizeVillageCode(form.villageCode) });
  const hasErrors = Object.values(errors).some((error) => error !== undefined);
  const codeHint =
    region.districtCode !== ''
      ? t('groups.regionCodes', {
          province: region.provinceCode,
          regency: region.regencyCode,
          district: region.districtCode,
        })
      : t('groups.villageCodeHint');

  return (
    <>
      <form
        class="form"
        onSubmit={submit}
        noValidate
        aria-label={group === undefined ? t('groups.new') : t('groups.editTitle')}
      >
        {hasErrors && <Banner tone="error">{t('groups.fixFields')}</Banner>}
        {FIELDS.map((field) => {
          const error = errors[field];
          return (
            <IssueField
              key={field}
              label={t(`groups.${field}`)}
              errors={error === undefined ? [] : [t(error.key, error.values)]}
              {...(field === 'villageCode' ? { hint: codeHint } : {})}
            >
              <input
                name={field}
                value={form[field]}
                inputMode={field === 'villageCode' ? 'decimal' : undefined}
                autocomplete="off"
                onInput={(e) => set(field, e.currentTarget.value)}
              />
            </IssueField>
          );
        })}
        <div class="row">
          <Button tone="primary" type="submit" disabled={busy}>
            {t('pwa.save')}
          </Button>
          {props.onCancel !== undefined && <Button onClick={props.onCancel}>{t('pwa.cancel')}</Button>}
        </div>
      </form>
      {group !== undefined && (
        <div class="grp-section">
          <p class="muted grp-line">{t('groups.archiveExplain')}</p>
          <Button tone={group.archived ? 'plain' : 'danger'} onClick={() => void toggleArchived()}>
            {group.archived ? t('groups.unarchive') : t('groups.archive')}
          </Button>
        </div>
      )}
    </>
  );
}
