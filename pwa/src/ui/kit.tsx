/**
 * The few building blocks every screen uses. Touch targets are at least 48 px (CSS), labels are
 * real <label>s, and nothing here holds text of its own: callers pass catalogue strings.
 */
import type { ButtonHTMLAttributes, ComponentChildren } from 'preact';

export function Screen(props: {
  title: string;
  back?: string;
  actions?: ComponentChildren;
  children: ComponentChildren;
}) {
  return (
    <section class="screen" aria-labelledby="screen-title">
      <header class="screen-head">
        {props.back !== undefined && (
          <a class="back" href={props.back} aria-label="←">
            ←
          </a>
        )}
        <h1 id="screen-title">{props.title}</h1>
        {props.actions !== undefined && <div class="screen-actions">{props.actions}</div>}
      </header>
      <div class="screen-body">{props.children}</div>
    </section>
  );
}

type ButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'> & {
  tone?: 'primary' | 'plain' | 'danger';
  type?: 'button' | 'submit';
};

export function Button({ tone = 'plain', type = 'button', class: cls, ...rest }: ButtonProps) {
  return <button type={type} class={`btn btn-${tone} ${cls ?? ''}`} {...rest} />;
}

export function LinkButton(props: { href: string; tone?: 'primary' | 'plain'; children: ComponentChildren }) {
  return (
    <a class={`btn btn-${props.tone ?? 'plain'}`} href={props.href}>
      {props.children}
    </a>
  );
}

export function Field(props: {
  label: string;
  hint?: string;
  error?: string | undefined;
  children: ComponentChildren;
}) {
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control is passed in as a child
    <label class={`field${props.error ? ' field-invalid' : ''}`}>
      <span class="field-label">{props.label}</span>
      {props.children}
      {props.hint !== undefined && <span class="field-hint">{props.hint}</span>}
      {props.error !== undefined && (
        <span class="field-error" role="alert">
          {props.error}
        </span>
      )}
    </label>
  );
}

export function Banner(props: { tone: 'warn' | 'info' | 'ok' | 'error'; children: ComponentChildren }) {
  return (
    <div class={`banner banner-${props.tone}`} role={props.tone === 'error' ? 'alert' : 'status'}>
      {props.children}
    </div>
  );
}

export function Empty(props: { children: ComponentChildren }) {
  return <p class="empty">{props.children}</p>;
}

export function Loading() {
  return <p class="loading" aria-busy="true" />;
}
