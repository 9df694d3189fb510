/**
 * The app lock for shared devices (policy: data/app-lock.ts). When a PIN is set the app starts
 * locked and locks itself after the chosen idle minutes. While locked NOTHING else is rendered:
 * the screens are unmounted, not hidden, so no name or NIK sits in the page behind the keypad.
 * Until the lock setting has been read nothing is rendered either, so data never flashes by.
 */
import { type ComponentChildren, createContext } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useApp, useT } from '../app-context';
import { MAX_FREE_TRIES, readAppLock, verifyPin } from '../data/app-lock';
import { watchIdle } from '../platform/idle';
import { useLiveQuery } from '../use-live-query';
import '../screens/data/notices.css';

interface LockControls {
  readonly enabled: boolean;
  lockNow(): void;
}

const LockContext = createContext<LockControls>({ enabled: false, lockNow: () => undefined });

export function useAppLock(): LockControls {
  return useContext(LockContext);
}

export function AppLockGate(props: { children: ComponentChildren }) {
  const app = useApp();
  const config = useLiveQuery(() => readAppLock(app.db), [app.db]);
  const [locked, setLocked] = useState<boolean | null>(null);
  const enabled = config !== undefined && config !== null;
  const idleMinutes = config?.idleMinutes ?? null;

  useEffect(() => {
    if (config === undefined) return;
    // The first answer decides how the app starts; a PIN set later does not lock at once.
    if (config === null) setLocked(false);
    else setLocked((current) => current ?? true);
  }, [config]);

  useEffect(() => {
    if (idleMinutes === null || locked !== false) return;
    return watchIdle(idleMinutes * 60_000, () => setLocked(true));
  }, [idleMinutes, locked]);

  const lockNow = useCallback(() => setLocked(true), []);
  const controls = useMemo(() => ({ enabled, lockNow }), [enabled, lockNow]);

  if (config === undefined || locked === null) return null;
  if (locked && enabled) return <LockScreen onUnlock={() => setLocked(false)} />;
  return <LockContext.Provider value={controls}>{props.children}</LockContext.Provider>;
}

const MAX_DIGITS = 8;
const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'back', '0', 'ok'] as const;

/** Seconds left until `retryAt`, ticking once a second while there are some. */
function useSecondsLeft(retryAt: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (retryAt === null) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [retryAt]);
  return retryAt === null ? 0 : Math.max(0, Math.ceil((retryAt - now) / 1000));
}

function LockScreen(props: { onUnlock: () => void }) {
  const app = useApp();
  const t = useT();
  const [pin, setPinState] = useState('');
  // Keys can arrive faster than the screen re-renders (a physical keyboard): the digits typed so
  // far live in a ref, so "Enter" right after the last digit checks all of them.
  const typed = useRef('');
  const setPin = useCallback((next: string) => {
    typed.current = next;
    setPinState(next);
  }, []);
  const [message, setMessage] = useState<string | null>(null);
  const [retryAt, setRetryAt] = useState<number | null>(null);
  const [checking, setChecking] = useState(false);
  const [forgot, setForgot] = useState(false);
  const wait = useSecondsLeft(retryAt);
  const blocked = checking || wait > 0;

  useEffect(() => {
    void readAppLock(app.db).then((lock) => {
      if (lock?.retryAt) setRetryAt(Date.parse(lock.retryAt));
    });
  }, [app.db]);

  const checkingNow = useRef(false);
  const submit = useCallback(
    async (entered: string) => {
      if (checkingNow.current) return;
      if (entered.length < 4) {
        setMessage(t('data.lock.pinFormat'));
        return;
      }
      checkingNow.current = true;
      setChecking(true);
      try {
        const check = await verifyPin(app.db, entered, new Date());
        if (check.ok) {
          props.onUnlock();
          return;
        }
        setPin('');
        if (check.reason === 'wait') setMessage(null);
        else {
          const left = MAX_FREE_TRIES - check.failures;
          setMessage(
            left > 0 ? `${t('data.lock.wrong')} ${t('data.lock.triesLeft', { count: left })}` : t('data.lock.wrong'),
          );
        }
        setRetryAt(check.retryAt === null ? null : Date.parse(check.retryAt));
      } catch (error) {
        console.error(error);
        setMessage(t('data.lock.checkFailed'));
      } finally {
        checkingNow.current = false;
        setChecking(false);
      }
    },
    [app.db, props.onUnlock, t, setPin],
  );

  const press = useCallback(
    (key: (typeof KEYS)[number]) => {
      if (blocked) return;
      const current = typed.current;
      if (key === 'ok') void submit(current);
      else if (key === 'back') setPin(current.slice(0, -1));
      else if (current.length < MAX_DIGITS) setPin(current + key);
    },
    [blocked, submit, setPin],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (/^\d$/.test(event.key)) press(event.key as (typeof KEYS)[number]);
      else if (event.key === 'Backspace') press('back');
      else if (event.key === 'Enter') press('ok');
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [press]);

  return (
    <main class="lock-screen" lang={app.lang} aria-labelledby="lock-title">
      <h1 id="lock-title">{t('data.lock.lockedTitle')}</h1>
      <p>{t('data.lock.enterPin')}</p>
      <p class="lock-dots" aria-live="polite" data-testid="lock-dots">
        <span aria-hidden="true">
          {Array.from({ length: Math.max(pin.length, 4) }, (_, i) => (i < pin.length ? '●' : '○')).join(' ')}
        </span>
        <span class="visually-hidden">{t('data.lock.digits', { count: pin.length })}</span>
      </p>
      <p class="lock-message" role="alert" data-testid="lock-message">
        {wait > 0 ? t('data.lock.wait', { seconds: wait }) : checking ? t('data.lock.checking') : (message ?? '')}
      </p>
      <div class="lock-pad">
        {KEYS.map((key) => (
          <button
            key={key}
            type="button"
            class={`lock-key lock-key-${key === 'ok' ? 'ok' : key === 'back' ? 'back' : 'digit'}`}
            disabled={blocked || (key === 'ok' && pin.length === 0)}
            aria-label={key === 'back' ? t('data.lock.erase') : key === 'ok' ? t('data.lock.unlock') : key}
            onClick={() => press(key)}
          >
            {key === 'back' ? '⌫' : key === 'ok' ? t('data.lock.ok') : key}
          </button>
        ))}
      </div>
      <button type="button" class="btn btn-plain lock-forgot" aria-expanded={forgot} onClick={() => setForgot(!forgot)}>
        {t('data.lock.forgot')}
      </button>
      {forgot && (
        <div class="banner banner-info lock-forgot-text" data-testid="lock-forgot">
          <p>{t('data.lock.forgotExplain')}</p>
          <p>{t('data.lock.forgotRestore')}</p>
        </div>
      )}
    </main>
  );
}
