import { LANGUAGES } from '../../../shared/i18n/translate';
import { useApp, useT } from '../app-context';

export function LanguageSwitch() {
  const app = useApp();
  const t = useT();
  return (
    <fieldset class="lang-switch" aria-label={t('pwa.language')}>
      {LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          class={`chip${app.lang === lang ? ' chip-on' : ''}`}
          aria-pressed={app.lang === lang}
          lang={lang}
          onClick={() => void app.guard(app.setLang(lang))}
        >
          {t(`pwa.language.${lang}`)}
        </button>
      ))}
    </fieldset>
  );
}
