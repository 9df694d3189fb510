/**
 * Who the case is about: pick a family from the groups on this device (search by name or NIK),
 * or type the identifiers by hand. Either way the case keeps a snapshot (name, NIK, PKH member id,
 * address), because the family's own row may change or be missing on another device later.
 */
import { useState } from 'preact/hooks';
import type { FamilyRef } from '../../../../shared/model/supervision';
import type { CaseIssue } from '../../../../shared/supervision/check-case';
import { useApp, useT } from '../../app-context';
import { searchFamilies } from '../../data/cases';
import { Button } from '../../ui/kit';
import { useLiveQuery } from '../../use-live-query';
import { CareField, useIssueText } from './care-field';

export const EMPTY_FAMILY: FamilyRef = { memberId: null, name: '', nik: '', pkhId: '', address: '' };

export function FamilyFields(props: {
  value: FamilyRef;
  issues: readonly CaseIssue[];
  /** Show the issues of fields not touched yet (after a save was tried). */
  submitted: boolean;
  linkedGroup?: string | undefined;
  onChange: (family: FamilyRef, linkedGroup?: string) => void;
}) {
  const app = useApp();
  const t = useT();
  const [query, setQuery] = useState('');
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const hits = useLiveQuery(() => searchFamilies(app.db, query), [query]);
  const text = useIssueText(props.issues);
  const errors = (field: string) => (props.submitted || touched.has(field) ? text(field) : []);
  const touch = (field: string) => setTouched(new Set([...touched, field]));
  const { value } = props;
  const set = (changes: Partial<FamilyRef>) => props.onChange({ ...value, ...changes }, props.linkedGroup);

  return (
    <div class="care-family">
      <div class="card care-family-search">
        <label class="field">
          <span class="field-label">{t('care.family.search')}</span>
          <input type="search" name="familySearch" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
          <span class="field-hint">{t('care.family.searchHint')}</span>
        </label>
        {query.trim() !== '' &&
          hits !== undefined &&
          (hits.length === 0 ? (
            <p class="muted">{t('care.family.noHits')}</p>
          ) : (
            <ul class="care-hits" data-testid="family-hits">
              {hits.map(({ member, groupName }) => (
                <li key={member.id}>
                  <button
                    type="button"
                    class="care-hit"
                    onClick={() => {
                      props.onChange(
                        {
                          memberId: member.id,
                          name: member.name,
                          nik: member.nik,
                          pkhId: member.pkhId,
                          address: member.address,
                        },
                        groupName,
                      );
                      setQuery('');
                    }}
                  >
                    <strong>{member.name}</strong>
                    <span class="muted">
                      {[groupName, member.nik, member.active ? '' : t('care.family.inactive')]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          ))}
      </div>
      {value.memberId !== null && (
        <div class="care-linked" data-testid="family-linked">
          <span>
            {props.linkedGroup === undefined
              ? t('care.family.linkedHere')
              : t('care.family.linked', { group: props.linkedGroup })}
          </span>
          <Button onClick={() => props.onChange({ ...value, memberId: null })}>{t('care.family.unlink')}</Button>
        </div>
      )}
      <div class="care-grid-2">
        <CareField label={t('care.family.name')} errors={errors('name')}>
          <input
            name="familyName"
            value={value.name}
            maxLength={200}
            onInput={(e) => set({ name: e.currentTarget.value })}
            onBlur={() => touch('name')}
          />
        </CareField>
        <CareField label={t('care.family.nik')} hint={t('care.family.nikHint')} errors={errors('nik')}>
          <input
            name="familyNik"
            inputMode="numeric"
            autoComplete="off"
            value={value.nik}
            maxLength={40}
            onInput={(e) => set({ nik: e.currentTarget.value })}
            onBlur={() => touch('nik')}
          />
        </CareField>
        <CareField label={t('care.family.pkhId')} errors={errors('pkhId')}>
          <input
            name="familyPkhId"
            value={value.pkhId}
            maxLength={200}
            onInput={(e) => set({ pkhId: e.currentTarget.value })}
          />
        </CareField>
        <CareField label={t('care.family.address')} errors={errors('address')}>
          <input
            name="familyAddress"
            value={value.address}
            maxLength={200}
            onInput={(e) => set({ address: e.currentTarget.value })}
          />
        </CareField>
      </div>
    </div>
  );
}

/** The family as a short card: name and identifiers. */
export function FamilyCard(props: { family: FamilyRef }) {
  const t = useT();
  const { family } = props;
  const rows: [string, string][] = [
    [t('care.family.nik'), family.nik || '—'],
    [t('care.family.pkhId'), family.pkhId || '—'],
    [t('care.family.address'), family.address || '—'],
  ];
  return (
    <div class="care-family-card">
      <p class="care-family-name" data-testid="family-name">
        {family.name}
      </p>
      <dl class="care-pairs">
        {rows.map(([label, text]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
