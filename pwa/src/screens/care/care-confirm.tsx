/**
 * An inline confirmation for the care screens: the question, what to know, two big buttons.
 * Inline rather than `window.confirm`, so it reads in the app's language and size; focus lands on it.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { Button } from '../../ui/kit';

export function CareConfirm(props: {
  question: string;
  yes: string;
  no: string;
  tone?: 'primary' | 'danger';
  busy?: boolean;
  onYes: () => void;
  onNo: () => void;
  children?: ComponentChildren;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const id = useId();
  useEffect(() => {
    ref.current?.focus();
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  return (
    <div class="care-confirm" role="alertdialog" aria-labelledby={id} tabIndex={-1} ref={ref}>
      <p id={id} class="care-confirm-question">
        {props.question}
      </p>
      {props.children}
      <div class="row">
        <Button tone={props.tone ?? 'primary'} onClick={props.onYes} disabled={props.busy === true}>
          {props.yes}
        </Button>
        <Button onClick={props.onNo}>{props.no}</Button>
      </div>
    </div>
  );
}
