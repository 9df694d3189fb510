/**
 * Who a complaint or a story is about: a family kept on this device, found by name or NIK as you
 * type, or — for someone not on this device (another facilitator's family, a neighbour) — their
 * name, NIK, PKH number and address typed in. Inactive families are found too: a family taken off
 * the programme is exactly who complains about eligibility.
 */
import { useState } from 'preact/hooks';
import type { FamilyRef } from '../../../../shared/model/supervision';
import type { Member } from '../../../../shared/model/types';
import { memberMatcher } from '../../../../shared/roster/search-members';
import type { FamilyField } from '../../../../shared/supervision/complaint-rules';
import { useApp, useT } from '../../app-context';
import { familyRefOf } from '../../data/complaints';
import { Button, Empty } from '../../ui/kit';
import { useLiveQuery } from '../../use-live-query';
import { CheckedField } from './checked-field';

export const EMPTY_FAMILY: FamilyRef = { memberId: null, name: '', nik: '', pkhId: '', address: '' };

const SHOWN = 6;

interface Candidate {
  readonly member: Member;
  readonly groupName: string;
}

async function loadCandidates(app: ReturnType<typeof useApp>): Promise<Candidate[]> {
  const [members, groups] = await Promise.all([app.db.members.toArray(), app.db.groups.toArray()]);
  const names = new Map(groups.map((group) => [group.id, group.name]));
  return members
    .filter((member) => member.deletedAt === null)
    .map((member) => ({ member, groupName: names.get(member.groupId) ?? '—' }))
    .sort((a, b) => a.member.name.localeCompare(b.member.name, 'id'));
}

export function FamilyPicker(props: {
  legend: string;
  value: FamilyRef;
  onChange: (family: FamilyRef) => void;
  errors: Readonly<Partial<Record<FamilyField, readonly string[]>>>;
}) {
  const app = useApp();
  const t = useT();
  const { value } = props;
  const candidates = useLiveQuery(() => loadCandidates(app), []);
  const [typing, setTyping] = useState(value.memberId === null && value.name !== '');
  const [query, setQuery] = useState('');

  const chosen = value.memberId === null ? undefined : candidates?.find((c) => c.member.id === value.memberId);
  const matches = query.trim() === '' ? [] : (candidates ?? []).filter((c) => memberMatcher(query)(c.member));

  const set = (field: FamilyField, text: string) => props.onChange({ ...value, memberId: null, [field]: text });

  return (
    <fieldset class="cs-family">
      <legend>{props.legend}</legend>
      {value.memberId !== null ? (
        <div class="cs-chosen" data-testid="family-chosen">
          <strong>{value.name}</strong>
          <span class="muted">
            {[chosen?.groupName, value.nik && `NIK ${value.nik}`, value.pkhId && `PKH ${value.pkhId}`]
              .filter(Boolean)
              .join(' · ')}
          </span>
          {value.address !== '' && <span class="muted">{value.address}</span>}
          <Button
            onClick={() => {
              props.onChange(EMPTY_FAMILY);
              setQuery('');
            }}
          >
            {t('complaints.family.change')}
          </Button>
        </div>
      ) : typing ? (
        <div class="cs-typed">
          <CheckedField label={t('complaints.family.name')} errors={props.errors.name ?? []}>
            <input
              name="familyName"
              value={value.name}
              autocomplete="off"
              onInput={(e) => set('name', e.currentTarget.value)}
            />
          </CheckedField>
          <CheckedField
            label={t('complaints.family.nik')}
            hint={t('complaints.family.nikHint')}
            errors={props.errors.nik ?? []}
          >
            <input
              name="familyNik"
              value={value.nik}
              inputMode="numeric"
              autocomplete="off"
              onInput={(e) => set('nik', e.currentTarget.value)}
            />
          </CheckedField>
          <CheckedField label={t('complaints.family.pkhId')} errors={props.errors.pkhId ?? []}>
            <input
              name="familyPkh"
              value={value.pkhId}
              autocomplete="off"
              onInput={(e) => set('pkhId', e.currentTarget.value)}
            />
          </CheckedField>
          <CheckedField label={t('complaints.family.address')} errors={props.errors.address ?? []}>
            <input
              name="familyAddress"
              value={value.address}
              autocomplete="off"
              onInput={(e) => set('address', e.currentTarget.value)}
            />
          </CheckedField>
          <Button
            onClick={() => {
              props.onChange(EMPTY_FAMILY);
              setTyping(false);
            }}
          >
            {t('complaints.family.searchInstead')}
          </Button>
        </div>
      ) : (
        <div class="cs-search">
          <CheckedField label={t('complaints.family.search')} errors={props.errors.name ?? []}>
            <input
              type="search"
              name="familySearch"
              value={query}
              autocomplete="off"
              onInput={(e) => setQuery(e.currentTarget.value)}
            />
          </CheckedField>
          {query.trim() !== '' &&
            (matches.length === 0 ? (
              <Empty>{t('complaints.family.noMatch')}</Empty>
            ) : (
              <ul class="cs-matches" aria-label={t('complaints.family.matches', { count: matches.length })}>
                {matches.slice(0, SHOWN).map(({ member, groupName }) => (
                  <li key={member.id}>
                    <button type="button" class="cs-match" onClick={() => props.onChange(familyRefOf(member))}>
                      <strong>{member.name}</strong>
                      <span class="muted">
                        {groupName} · NIK {member.nik}
                        {member.active ? '' : ` · ${t('complaints.family.inactive')}`}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            ))}
          {matches.length > SHOWN && (
            <p class="muted">{t('complaints.family.more', { count: matches.length - SHOWN })}</p>
          )}
          <Button onClick={() => setTyping(true)}>{t('complaints.family.typeInstead')}</Button>
        </div>
      )}
    </fieldset>
  );
}
