/**
 * An inline confirmation: the question, what the user should know, and two big buttons. Inline
 * rather than `window.confirm`, so it reads in the app's language and size, and focus lands on it.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { Button } from '../../ui/kit';

export function ConfirmPanel(props: {
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
  useEffect(() => {
    ref.current?.focus();
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  return (
    <div class="confirm-panel" role="alertdialog" aria-labelledby="confirm-question" tabIndex={-1} ref={ref}>
      <p id="confirm-question" class="confirm-question">
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
