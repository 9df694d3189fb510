import { useState } from 'preact/hooks';
import { describeError, type Lang } from '../../../shared/i18n/translate';
import { useApp, useT } from '../app-context';
import { requestPersistence } from '../platform/storage';
import { Button, Field } from '../ui/kit';
import { LanguageSwitch } from '../ui/language-switch';

/** First run: who the user is, their language, and whether to start with sample data. */
export function Setup() {
  const app = useApp();
  const t = useT();
  const [name, setName] = useState('');
  const [region, setRegion] = useState('');
  const [role, setRole] = useState<'facilitator' | 'supervisor'>('facilitator');
  const [demo, setDemo] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    if (name.trim() === '') {
      setError(t('pwa.setup.nameRequired'));
      return;
    }
    setBusy(true);
    try {
      // Asked here, on a user gesture, where Chrome is most willing to grant it.
      await requestPersistence().catch(() => false);
      if (demo) {
        const { createDemoGroup } = await import('../data/demo');
        await createDemoGroup(app.write, name.trim());
      }
      await app.setProfile({ name: name.trim(), region: region.trim(), role });
    } catch (failure) {
      app.notify(describeError(app.lang as Lang, failure), 'error');
      setBusy(false);
    }
  }

  return (
    <section class="screen setup">
      <header class="screen-head">
        <h1 id="screen-title">{t('pwa.setup.title')}</h1>
        <LanguageSwitch />
      </header>
      <form class="screen-body form" onSubmit={submit}>
        <p>{t('pwa.setup.intro')}</p>
        <Field label={t('pwa.setup.name')} error={error}>
          <input
            name="name"
            autocomplete="name"
            value={name}
            maxLength={100}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </Field>
        <Field label={t('pwa.setup.region')}>
          <input name="region" value={region} maxLength={200} onInput={(e) => setRegion(e.currentTarget.value)} />
        </Field>
        <fieldset class="choices">
          <legend>{t('pwa.setup.role')}</legend>
          {(['facilitator', 'supervisor'] as const).map((value) => (
            <label key={value} class="choice">
              <input type="radio" name="role" checked={role === value} onChange={() => setRole(value)} />
              <span>{t(`pwa.setup.role.${value}`)}</span>
            </label>
          ))}
        </fieldset>
        <label class="choice">
          <input type="checkbox" name="demo" checked={demo} onChange={(e) => setDemo(e.currentTarget.checked)} />
          <span>{t('pwa.setup.demo')}</span>
        </label>
        <Button tone="primary" type="submit" disabled={busy}>
          {t('pwa.setup.start')}
        </Button>
      </form>
    </section>
  );
}
