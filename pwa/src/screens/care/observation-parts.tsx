/**
 * Pieces of the observation form: one checklist item scored 1–4 (or "not observed") with a note,
 * in big tap targets, and the agreed follow-up actions with due dates and done ticks.
 */
import { newId } from '../../../../shared/model/ids';
import type { FollowUp, ObservationScore } from '../../../../shared/model/supervision';
import { SCORES } from '../../../../shared/supervision/observation-summary';
import { useT } from '../../app-context';
import { Button } from '../../ui/kit';

export function ScoreRow(props: {
  index: number;
  item: ObservationScore;
  hint: string | null;
  error?: string | undefined;
  onChange: (item: ObservationScore) => void;
}) {
  const t = useT();
  const { item } = props;
  const name = `score-${props.index}`;
  const options = [...SCORES, null] as const;
  return (
    <li class="card care-score-item" data-testid="score-item" data-item={item.itemId}>
      <fieldset class="care-score-set">
        <legend class="care-score-legend">
          <span class="care-score-number">{props.index + 1}.</span> {item.label}
        </legend>
        {props.hint !== null && <p class="muted care-score-hint">{props.hint}</p>}
        <div class="care-score-options">
          {options.map((score) => (
            <label
              key={String(score)}
              class={`care-score-option care-score-${score ?? 'none'}${item.score === score ? ' care-score-on' : ''}`}
            >
              <input
                type="radio"
                name={name}
                checked={item.score === score}
                onChange={() => props.onChange({ ...item, score })}
              />
              {score === null ? (
                <span class="care-score-word">{t('care.score.none')}</span>
              ) : (
                <>
                  <span class="care-score-digit">{score}</span>{' '}
                  <span class="care-score-word">{t(`care.score.${score}`)}</span>
                </>
              )}
            </label>
          ))}
        </div>
        <label class="care-note">
          <span class="field-label">{t('care.obs.note')}</span>
          <input
            value={item.note}
            maxLength={1000}
            aria-label={t('care.obs.noteFor', { item: item.label })}
            onInput={(e) => props.onChange({ ...item, note: e.currentTarget.value })}
          />
        </label>
        {props.error !== undefined && (
          <p class="field-error" role="alert">
            {props.error}
          </p>
        )}
      </fieldset>
    </li>
  );
}

export function FollowUpRows(props: {
  rows: readonly FollowUp[];
  errors: ReadonlyMap<number, string>;
  readOnly: boolean;
  onChange: (rows: FollowUp[]) => void;
}) {
  const t = useT();
  const { rows } = props;
  const set = (index: number, row: FollowUp) => props.onChange(rows.map((r, i) => (i === index ? row : r)));
  return (
    <>
      {rows.length === 0 && <p class="muted">{t('care.obs.followUpsNone')}</p>}
      <ol class="care-followups" data-testid="follow-ups">
        {rows.map((row, index) => (
          <li key={row.id} class="card care-followup">
            <label class="field">
              <span class="field-label">{t('care.obs.followUpText', { number: index + 1 })}</span>
              <input
                value={row.text}
                maxLength={1000}
                onInput={(e) => set(index, { ...row, text: e.currentTarget.value })}
              />
            </label>
            <div class="row">
              <label class="field care-date-field care-grow">
                <span class="field-label">{t('care.obs.followUpDue')}</span>
                <input
                  type="date"
                  value={row.dueDate ?? ''}
                  onInput={(e) =>
                    set(index, { ...row, dueDate: e.currentTarget.value === '' ? null : e.currentTarget.value })
                  }
                />
              </label>
              <label class="choice care-done care-grow">
                <input
                  type="checkbox"
                  checked={row.done}
                  onChange={(e) => set(index, { ...row, done: e.currentTarget.checked })}
                />
                <span>{t('care.obs.followUpDone')}</span>
              </label>
              {!props.readOnly && (
                <Button
                  tone="danger"
                  aria-label={t('care.obs.followUpRemove', { number: index + 1 })}
                  onClick={() => props.onChange(rows.filter((_, i) => i !== index))}
                >
                  {t('care.remove')}
                </Button>
              )}
            </div>
            {props.errors.has(index) && (
              <p class="field-error" role="alert">
                {props.errors.get(index)}
              </p>
            )}
          </li>
        ))}
      </ol>
      {!props.readOnly && (
        <Button onClick={() => props.onChange([...rows, { id: newId(), text: '', dueDate: null, done: false }])}>
          {t('care.obs.followUpAdd')}
        </Button>
      )}
    </>
  );
}
