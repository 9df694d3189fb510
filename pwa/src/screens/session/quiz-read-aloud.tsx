/**
 * "Bacakan": reads the question (and its options) aloud, in an Indonesian voice when the device
 * has one. When it has none, or cannot speak at all, a visible note says so, so the facilitator
 * knows to read it out themselves.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../../../shared/i18n/translate';
import { useT } from '../../app-context';
import { isSpeechSupported, loadVoices, pickVoice, speak, stopSpeaking } from '../../platform/speech';
import { Button } from '../../ui/kit';
import { Icon } from './record-kit';

const VOICE_TAG: Readonly<Record<Lang, string>> = { id: 'id-ID', en: 'en-GB' };

export function ReadAloud(props: { text: string; lang: Lang }) {
  const t = useT();
  const supported = isSpeechSupported();
  const [voices, setVoices] = useState<readonly SpeechSynthesisVoice[] | null>(null);
  const [speaking, setSpeaking] = useState(false);

  useEffect(() => {
    if (!supported) return;
    let live = true;
    void loadVoices().then((loaded) => live && setVoices(loaded));
    return () => {
      live = false;
    };
  }, [supported]);
  // Leaving the question (or the tab) stops the reading.
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-run (and so clean up) when the question changes
  useEffect(
    () => () => {
      stopSpeaking();
      setSpeaking(false);
    },
    [props.text],
  );

  const tag = VOICE_TAG[props.lang];
  const voice = voices === null ? null : pickVoice(voices, tag);

  async function read() {
    setSpeaking(true);
    await speak(props.text, { lang: tag, voice });
    setSpeaking(false);
  }

  if (!supported) {
    return (
      <p class="quiz-voice-note" data-testid="voice-note">
        {t('run.quiz.noSpeech')}
      </p>
    );
  }
  return (
    <div class="quiz-read">
      {speaking ? (
        <Button
          onClick={() => {
            stopSpeaking();
            setSpeaking(false);
          }}
        >
          <Icon name="stop" /> {t('run.quiz.stopReading')}
        </Button>
      ) : (
        <Button onClick={() => void read()}>
          <Icon name="speaker" /> {t('run.quiz.readAloud')}
        </Button>
      )}
      {voices !== null && voice === null && (
        <p class="quiz-voice-note" data-testid="voice-note">
          {t(props.lang === 'id' ? 'run.quiz.noIndonesianVoice' : 'run.quiz.noVoice')}
        </p>
      )}
    </div>
  );
}
