/** One picked field in the recorder: what was found, the step kind, and the value to enter. */
import type { RecordKind } from '../../../shared/fill/fill-record';
import { type RecordedStepKind, STEP_KINDS } from '../content/recorder-protocol';
import { usePanel } from './panel-context';
import { type DraftStep, type DraftValue, takesValue } from './recorded-map';
import type { ValueChoice } from './value-choices';

function encode(value: DraftValue): string {
  if (value.mode === 'template') return `t:${value.template}`;
  return value.mode;
}

export function StepEditor(props: {
  index: number;
  step: DraftStep;
  choices: readonly ValueChoice[];
  recordKind: RecordKind;
  onChange(step: DraftStep): void;
  onRemove(): void;
}) {
  const { t } = usePanel();
  const { step, choices } = props;
  const { field } = step;
  const n = props.index + 1;
  const kinds = STEP_KINDS.filter((kind) => kind !== 'upload' || props.recordKind === 'sessionReport');
  const listId = `options-${step.uid}`;

  const setValue = (code: string) => {
    const value: DraftValue =
      code === 'fixed'
        ? { mode: 'fixed', text: step.value.mode === 'fixed' ? step.value.text : '' }
        : code === 'none'
          ? { mode: 'none' }
          : { mode: 'template', template: code.slice(2) };
    props.onChange({ ...step, value });
  };

  return (
    <li class="step" data-testid="recorded-step">
      <p class="step-found">
        <strong>{field.label || field.name || field.id || `#${n}`}</strong>
        <span class="muted">
          {' '}
          {t('panel.recorder.found', { tag: field.tag, name: field.name || '—', id: field.id || '—' })}
        </span>
      </p>
      <label class="field">
        <span class="field-label">{t('panel.recorder.stepKind', { n })}</span>
        <select
          value={step.kind}
          onChange={(event) => {
            const kind = event.currentTarget.value as RecordedStepKind;
            props.onChange({ ...step, kind, value: takesValue(kind) ? step.value : { mode: 'none' } });
          }}
        >
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`panel.step.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      {takesValue(step.kind) && (
        <label class="field">
          <span class="field-label">{t('panel.recorder.value', { n })}</span>
          <select value={encode(step.value)} onChange={(event) => setValue(event.currentTarget.value)}>
            {step.kind === 'check' && <option value="none">{t('panel.recorder.valueNone')}</option>}
            <option value="fixed">{t('panel.recorder.valueFixed')}</option>
            {choices.map((choice) => (
              <option key={choice.template} value={`t:${choice.template}`}>
                {choice.key === null ? choice.path : t(choice.key)}
              </option>
            ))}
          </select>
        </label>
      )}
      {step.value.mode === 'fixed' && (
        <label class="field">
          <span class="field-label">{t('panel.recorder.fixedText', { n })}</span>
          <input
            value={step.value.text}
            list={field.options.length > 0 ? listId : undefined}
            onInput={(event) => props.onChange({ ...step, value: { mode: 'fixed', text: event.currentTarget.value } })}
          />
          {field.options.length > 0 && (
            <datalist id={listId}>
              {field.options.map((option) => (
                <option key={option.value} value={option.text} />
              ))}
            </datalist>
          )}
        </label>
      )}
      <button type="button" class="btn btn-plain" onClick={props.onRemove}>
        {t('panel.recorder.remove', { n })}
      </button>
    </li>
  );
}
