/**
 * A labelled control that can carry several messages at once (every reason a NIK is refused, not
 * only the first), tied to the control with aria-describedby so a screen reader reads them with it.
 */
import type { VNode } from 'preact';
import { cloneElement } from 'preact';
import { useId } from 'preact/hooks';
import type { CaseIssue } from '../../../../shared/supervision/check-case';
import { useT } from '../../app-context';

export function CareField(props: {
  label: string;
  hint?: string;
  errors?: readonly string[];
  children: VNode<Record<string, unknown>>;
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
      {props.hint !== undefined && (
        <span class="field-hint" id={`${id}-hint`}>
          {props.hint}
        </span>
      )}
      {errors.length > 0 && (
        <ul class="care-issues" id={`${id}-errors`} role="alert">
          {errors.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The translated messages of the issues about one field. */
export function useIssueText(issues: readonly CaseIssue[]): (field: string) => string[] {
  const t = useT();
  return (field) => issues.filter((issue) => issue.field === field).map((issue) => t(issue.key, issue.values ?? {}));
}
