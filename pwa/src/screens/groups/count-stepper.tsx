/** A count (toddlers, school children, …) set with big − and + buttons or typed directly. */
import { useId } from 'preact/hooks';
import { MAX_COMPONENT_COUNT } from '../../../../shared/roster/roster-fields';
import { useT } from '../../app-context';

export function CountStepper(props: { label: string; name: string; value: number; onChange(next: number): void }) {
  const t = useT();
  const id = useId();
  const set = (next: number) => props.onChange(Math.max(0, Math.min(MAX_COMPONENT_COUNT, next)));
  return (
    <div class="grp-stepper">
      <label for={id}>{props.label}</label>
      <div class="grp-stepper-controls">
        <button
          type="button"
          class="btn btn-plain grp-stepper-btn"
          aria-label={t('groups.member.less', { what: props.label })}
          disabled={props.value <= 0}
          onClick={() => set(props.value - 1)}
        >
          −
        </button>
        <input
          id={id}
          name={props.name}
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_COMPONENT_COUNT}
          value={props.value}
          onInput={(event) => {
            const next = Number(event.currentTarget.value);
            if (Number.isInteger(next)) set(next);
          }}
        />
        <button
          type="button"
          class="btn btn-plain grp-stepper-btn"
          aria-label={t('groups.member.more', { what: props.label })}
          disabled={props.value >= MAX_COMPONENT_COUNT}
          onClick={() => set(props.value + 1)}
        >
          +
        </button>
      </div>
    </div>
  );
}
