import { describeError } from '../../../shared/i18n/translate';

/** Shown when the database cannot open; the message says why in both languages. */
export function BootFailure(props: { error: unknown }) {
  return (
    <section class="screen">
      <div class="banner banner-error" role="alert">
        <p>{describeError('id', props.error)}</p>
        <p lang="en">{describeError('en', props.error)}</p>
      </div>
    </section>
  );
}
