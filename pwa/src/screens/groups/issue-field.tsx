/**
 * A form field that can carry several messages at once: every reason a NIK is refused is listed,
 * not just the first, and warnings (saved anyway) look different from errors (not saved). The
 * messages are tied to the control with aria-describedby, so a screen reader reads them with it.
 */
import type { ComponentChildren, VNode } from 'preact';
import { cloneElement } from 'preact';
import { useId } from 'preact/hooks';

export function IssueField(props: {
  label: string;
  hint?: string;
  errors?: readonly string[];
  warnings?: readonly string[];
  /** One input, select or textarea; it gets the id and aria attributes. */
  children: VNode<Record<string, unknown>>;
  after?: ComponentChildren;
}) {
  const id = useId();
  const errors = props.errors ?? [];
  const warnings = props.warnings ?? [];
  const described = [
    props.hint !== undefined ? `${id}-hint` : '',
    errors.length > 0 ? `${id}-errors` : '',
    warnings.length > 0 ? `${id}-warnings` : '',
  ]
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
        <ul class="grp-issues grp-issues-error" id={`${id}-errors`} role="alert">
          {errors.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
      {warnings.length > 0 && (
        <ul class="grp-issues grp-issues-warn" id={`${id}-warnings`}>
          {warnings.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
