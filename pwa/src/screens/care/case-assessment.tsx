/**
 * The bio-psycho-social assessment: three areas in the worker's own words, and the family's needs
 * ticked from a fixed list (they are what the monthly report counts).
 */
import { CASE_NEEDS, type CaseNeed } from '../../../../shared/model/supervision';
import type { Assessment } from '../../../../shared/supervision/check-case';
import { useT } from '../../app-context';
import { Field } from '../../ui/kit';
import { needKey } from './care-labels';

const AREAS = ['bio', 'psycho', 'social'] as const;

export const EMPTY_ASSESSMENT: Assessment = { bio: '', psycho: '', social: '', needs: [] };

export function AssessmentFields(props: { value: Assessment; onChange: (value: Assessment) => void }) {
  const t = useT();
  const { value } = props;
  const toggle = (need: CaseNeed, on: boolean) =>
    props.onChange({ ...value, needs: on ? [...value.needs, need] : value.needs.filter((n) => n !== need) });
  return (
    <div class="care-assessment">
      {AREAS.map((area) => (
        <Field key={area} label={t(`care.assess.${area}`)} hint={t(`care.assess.${area}.hint`)}>
          <textarea
            name={`assess-${area}`}
            value={value[area]}
            maxLength={4000}
            onInput={(e) => props.onChange({ ...value, [area]: e.currentTarget.value })}
          />
        </Field>
      ))}
      <fieldset class="choices care-needs">
        <legend>{t('care.assess.needs')}</legend>
        {CASE_NEEDS.map((need) => (
          <label key={need} class="choice">
            <input
              type="checkbox"
              name="needs"
              value={need}
              checked={value.needs.includes(need)}
              onChange={(e) => toggle(need, e.currentTarget.checked)}
            />
            <span>{t(needKey(need))}</span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}

export function AssessmentView(props: { value: Assessment }) {
  const t = useT();
  const { value } = props;
  return (
    <div class="care-assessment-view">
      {AREAS.map((area) => (
        <div key={area}>
          <h3>{t(`care.assess.${area}`)}</h3>
          <p class="care-pre">{value[area] === '' ? t('care.assess.empty') : value[area]}</p>
        </div>
      ))}
      <h3>{t('care.assess.needs')}</h3>
      {value.needs.length === 0 ? (
        <p class="muted">{t('care.assess.noNeeds')}</p>
      ) : (
        <ul class="care-tags" data-testid="case-needs">
          {value.needs.map((need) => (
            <li key={need} class="care-badge care-badge-muted">
              {t(needKey(need))}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
