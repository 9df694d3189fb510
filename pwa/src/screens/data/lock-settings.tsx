/**
 * Setting up the app lock: a PIN of 4–8 digits typed twice; changing or removing it asks for the
 * current PIN first; the idle minutes after which the app locks itself; "lock now".
 */
import { useState } from 'preact/hooks';
import { useApp, useT } from '../../app-context';
import {
  IDLE_CHOICES,
  isPinFormat,
  type PinCheck,
  readAppLock,
  removePin,
  setIdleMinutes,
  setPin,
} from '../../data/app-lock';
import { useAppLock } from '../../ui/app-lock-gate';
import { Banner, Button, Field } from '../../ui/kit';
import { useLiveQuery } from '../../use-live-query';

type Mode = 'view' | 'set' | 'change' | 'remove';

function PinInput(props: { label: string; name: string; value: string; onInput: (value: string) => void }) {
  return (
    <Field label={props.label}>
      <input
        type="password"
        name={props.name}
        inputMode="numeric"
        pattern="[0-9]*"
        autocomplete="off"
        maxLength={8}
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value.replace(/\D/g, ''))}
      />
    </Field>
  );
}

export function LockSettings() {
  const app = useApp();
  const t = useT();
  const gate = useAppLock();
  const lock = useLiveQuery(() => readAppLock(app.db), []);
  const [mode, setMode] = useState<Mode>('view');
  const [current, setCurrent] = useState('');
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function open(next: Mode) {
    setMode(next);
    setCurrent('');
    setFirst('');
    setSecond('');
    setProblem(null);
  }

  function checkText(check: Exclude<PinCheck, { ok: true }>): string {
    const wait = check.retryAt === null ? 0 : Math.ceil((Date.parse(check.retryAt) - Date.now()) / 1000);
    return wait > 0 ? t('data.lock.wait', { seconds: wait }) : t('data.lock.wrongCurrent');
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (mode !== 'remove') {
      if (!isPinFormat(first)) return setProblem(t('data.lock.pinFormat'));
      if (first !== second) return setProblem(t('data.lock.pinMismatch'));
    }
    setBusy(true);
    const now = new Date();
    const check = await app.guard(
      mode === 'remove' ? removePin(app.db, current, now) : setPin(app.db, first, lock ? current : null, now),
    );
    setBusy(false);
    if (check === undefined) return;
    if (!check.ok) {
      setCurrent('');
      setProblem(checkText(check));
      return;
    }
    app.notify(t(mode === 'remove' ? 'data.lock.removed' : mode === 'change' ? 'data.lock.changed' : 'data.lock.set'));
    open('view');
  }

  if (lock === undefined) return null;
  return (
    <section class="card data-section" aria-labelledby="lock-settings-title" data-testid="lock-settings">
      <h2 id="lock-settings-title">{t('data.lock.title')}</h2>
      <p>{t('data.lock.explain')}</p>
      <p data-testid="lock-state">
        <strong>{lock === null ? t('data.lock.off') : t('data.lock.on', { minutes: lock.idleMinutes })}</strong>
      </p>
      {mode === 'view' && lock === null && (
        <Button tone="primary" onClick={() => open('set')}>
          {t('data.lock.setPin')}
        </Button>
      )}
      {mode === 'view' && lock !== null && (
        <>
          <Field label={t('data.lock.idle')}>
            <select
              value={String(lock.idleMinutes)}
              onChange={(e) => void app.guard(setIdleMinutes(app.db, Number(e.currentTarget.value), new Date()))}
            >
              {IDLE_CHOICES.map((minutes) => (
                <option key={minutes} value={String(minutes)}>
                  {t('data.lock.minutes', { count: minutes })}
                </option>
              ))}
            </select>
          </Field>
          <div class="data-actions">
            {gate.enabled && <Button onClick={gate.lockNow}>{t('data.lock.lockNow')}</Button>}
            <Button onClick={() => open('change')}>{t('data.lock.changePin')}</Button>
            <Button tone="danger" onClick={() => open('remove')}>
              {t('data.lock.removePin')}
            </Button>
          </div>
        </>
      )}
      {mode !== 'view' && (
        <form class="form" onSubmit={(e) => void submit(e)} data-testid="pin-form">
          {lock !== null && (
            <PinInput label={t('data.lock.currentPin')} name="current-pin" value={current} onInput={setCurrent} />
          )}
          {mode !== 'remove' && (
            <>
              <PinInput label={t('data.lock.newPin')} name="new-pin" value={first} onInput={setFirst} />
              <PinInput label={t('data.lock.newPinAgain')} name="new-pin-again" value={second} onInput={setSecond} />
              <p class="field-hint">{t('data.lock.pinHint')}</p>
            </>
          )}
          {problem !== null && <Banner tone="error">{problem}</Banner>}
          <div class="data-actions">
            <Button tone={mode === 'remove' ? 'danger' : 'primary'} type="submit" disabled={busy}>
              {t(mode === 'remove' ? 'data.lock.removePin' : 'data.lock.savePin')}
            </Button>
            <Button onClick={() => open('view')} disabled={busy}>
              {t('pwa.cancel')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
