/**
 * The passphrase of an encrypted export, typed twice, with a strength hint. It lives only in the
 * component's state and in the export call: never stored, never logged. Without it the file cannot
 * be opened by anyone, so the hint says that plainly.
 */
import { MIN_PASSPHRASE_LENGTH } from '../../../../shared/bundle';
import { useT } from '../../app-context';
import { Field } from '../../ui/kit';

export type Strength = 'tooShort' | 'weak' | 'fair' | 'strong';

/**
 * A rough guess of how hard the passphrase is to guess: length × the size of the alphabet it draws
 * from, in bits. Rough on purpose: its job is to nudge "12345678" towards a sentence.
 */
export function passphraseStrength(text: string): Strength {
  const value = text.normalize('NFC');
  if (value.length < MIN_PASSPHRASE_LENGTH) return 'tooShort';
  let pool = 0;
  if (/[a-z]/.test(value)) pool += 26;
  if (/[A-Z]/.test(value)) pool += 26;
  if (/\d/.test(value)) pool += 10;
  if (/[^a-zA-Z\d]/.test(value)) pool += 33;
  const distinct = new Set(value).size;
  const bits = Math.min(value.length, distinct * 2) * Math.log2(Math.max(pool, 2));
  if (bits < 40) return 'weak';
  if (bits < 64) return 'fair';
  return 'strong';
}

export interface PassphraseValue {
  readonly first: string;
  readonly second: string;
}

/** Null when the pair can be used; else the message key of the problem. */
export function passphraseProblem(value: PassphraseValue): 'data.pass.tooShort' | 'data.pass.mismatch' | null {
  if (passphraseStrength(value.first) === 'tooShort') return 'data.pass.tooShort';
  if (value.first !== value.second) return 'data.pass.mismatch';
  return null;
}

export function PassphraseFields(props: {
  value: PassphraseValue;
  onChange: (value: PassphraseValue) => void;
  /** Show problems (after the first attempt to go on). */
  showErrors: boolean;
}) {
  const t = useT();
  const { value } = props;
  const strength = passphraseStrength(value.first);
  const mismatch = props.showErrors && value.first !== value.second;
  return (
    <div class="pass-fields">
      <Field
        label={t('data.pass.label')}
        error={
          props.showErrors && strength === 'tooShort'
            ? t('data.pass.tooShort', { min: MIN_PASSPHRASE_LENGTH })
            : undefined
        }
      >
        <input
          type="password"
          name="passphrase"
          autocomplete="new-password"
          value={value.first}
          onInput={(e) => props.onChange({ ...value, first: e.currentTarget.value })}
        />
      </Field>
      {value.first !== '' && (
        <p class={`pass-strength pass-${strength}`} data-testid="pass-strength" aria-live="polite">
          <span class="pass-meter" aria-hidden="true">
            <span />
          </span>
          {t(`data.pass.strength.${strength}`, { min: MIN_PASSPHRASE_LENGTH })}
        </p>
      )}
      <Field label={t('data.pass.again')} error={mismatch ? t('data.pass.mismatch') : undefined}>
        <input
          type="password"
          name="passphrase-again"
          autocomplete="new-password"
          value={value.second}
          onInput={(e) => props.onChange({ ...value, second: e.currentTarget.value })}
        />
      </Field>
      <p class="field-hint">{t('bundle.passphrase.remember')}</p>
    </div>
  );
}
