/**
 * A labelled form control with every message that applies to it listed underneath (not just the
 * first), tied to the control with aria-describedby so a screen reader reads them with it.
 * Used by the complaint and story forms.
 */
import type { ComponentChildren, VNode } from 'preact';
import { cloneElement } from 'preact';
import { useId } from 'preact/hooks';

export function CheckedField(props: {
  label: string;
  hint?: string;
  errors?: readonly string[];
  /** One input, select or textarea; it gets the id and aria attributes. */
  children: VNode<Record<string, unknown>>;
  after?: ComponentChildren;
}) {
  const id = useId();
  const errors = props.errors ?? [];
  const described = [props.hint !== undefined ? `${id}-hint` : '', errors.length > 0 ? `${id}-errors` : '']
    .filter(Boolean)
    .join(' ');
  const control = cloneElement(props.children, {
    id,
    'aria-invalid': errors.length > 0 ? 'true' : undefined,
    'aria-describedby': described === '' ? undefined : described,
  });
  return (
    <div class={`field${errors.length > 0 ? ' field-invalid' : ''}`}>
      <label class="field-label" for={id}>
        {props.label}
      </label>
      {control}
      {props.after}
      {props.hint !== undefined && (
        <span class="field-hint" id={`${id}-hint`}>
          {props.hint}
        </span>
      )}
      {errors.length > 0 && (
        <ul class="cs-issues" id={`${id}-errors`}>
          {errors.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
