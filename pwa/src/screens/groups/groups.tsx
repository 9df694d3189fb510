import { useState } from 'preact/hooks';
import type { MessageKey } from '../../../../shared/i18n/translate';
import { useApp, useT } from '../../app-context';
import { type GroupInput, saveGroup } from '../../data/groups';
import { countMembersByGroup, listGroups } from '../../data/queries';
import { href } from '../../router';
import { Button, Empty, Field, Loading, Screen } from '../../ui/kit';
import { NavBar } from '../../ui/nav-bar';
import { useLiveQuery } from '../../use-live-query';

const EMPTY: GroupInput = {
  name: '',
  villageCode: '',
  villageName: '',
  districtName: '',
  regencyName: '',
  provinceName: '',
  meetingPlace: '',
  leaderName: '',
};

const FIELDS: ReadonlyArray<keyof GroupInput> = [
  'name',
  'villageName',
  'villageCode',
  'districtName',
  'regencyName',
  'provinceName',
  'meetingPlace',
  'leaderName',
];

export function Groups() {
  const app = useApp();
  const t = useT();
  const data = useLiveQuery(
    async () => ({ groups: await listGroups(app.db, { archived: false }), counts: await countMembersByGroup(app.db) }),
    [],
  );
  const [form, setForm] = useState<GroupInput | null>(null);
  const [invalid, setInvalid] = useState<keyof GroupInput | null>(null);

  async function submit(event: Event) {
    event.preventDefault();
    if (form === null) return;
    try {
      const group = await saveGroup(app.write, form, app.profile?.name ?? '');
      setForm(null);
      setInvalid(null);
      app.notify(t('groups.created', { name: group.name }));
    } catch (error) {
      const field = (error as { details?: { field?: string } }).details?.field;
      if (field !== undefined && FIELDS.includes(field as keyof GroupInput)) setInvalid(field as keyof GroupInput);
      else await app.guard(Promise.reject(error));
    }
  }

  return (
    <Screen title={t('groups.title')} back="#/">
      {form === null ? (
        <Button tone="primary" onClick={() => setForm(EMPTY)}>
          {t('groups.add')}
        </Button>
      ) : (
        <form class="form card" onSubmit={submit} aria-label={t('groups.new')}>
          <h2>{t('groups.new')}</h2>
          {FIELDS.map((field) => (
            <Field
              key={field}
              label={t(`groups.${field}` as MessageKey)}
              error={invalid === field ? t('groups.invalid', { field: t(`groups.${field}` as MessageKey) }) : undefined}
            >
              <input
                name={field}
                value={form[field]}
                onInput={(e) => setForm({ ...form, [field]: e.currentTarget.value })}
                inputMode={field === 'villageCode' ? 'decimal' : undefined}
              />
            </Field>
          ))}
          <div class="row">
            <Button tone="primary" type="submit">
              {t('pwa.save')}
            </Button>
            <Button onClick={() => setForm(null)}>{t('pwa.cancel')}</Button>
          </div>
        </form>
      )}
      {data === undefined ? (
        <Loading />
      ) : data.groups.length === 0 ? (
        <Empty>{t('groups.empty')}</Empty>
      ) : (
        <ul class="cards" data-testid="group-list">
          {data.groups.map((group) => (
            <li key={group.id}>
              <a class="card" href={href('groups', group.id)}>
                <strong>{group.name}</strong>
                <span class="muted">
                  {group.region.villageName} · {t('pwa.home.families', { count: data.counts.get(group.id) ?? 0 })}
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
      <NavBar current="groups" />
    </Screen>
  );
}
