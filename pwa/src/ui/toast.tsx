import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export interface ToastMessage {
  readonly text: string;
  readonly tone: 'ok' | 'error';
  readonly id: number;
}

export function useToast(): { message: ToastMessage | null; show(text: string, tone?: 'ok' | 'error'): void } {
  const [message, setMessage] = useState<ToastMessage | null>(null);
  const counter = useRef(0);
  const show = useCallback((text: string, tone: 'ok' | 'error' = 'ok') => {
    counter.current += 1;
    setMessage({ text, tone, id: counter.current });
  }, []);
  useEffect(() => {
    if (message === null || message.tone === 'error') return;
    const timer = setTimeout(() => setMessage(null), 3500);
    return () => clearTimeout(timer);
  }, [message]);
  return { message, show };
}

/** Errors stay until the next message, so a user standing in front of a group can read them. */
export function Toast(props: { message: ToastMessage | null }) {
  const { message } = props;
  return (
    <div class="toast-region" aria-live="polite">
      {message !== null && (
        <p key={message.id} class={`toast toast-${message.tone}`} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
