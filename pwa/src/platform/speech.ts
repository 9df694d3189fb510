/**
 * Reading a question aloud with the browser's own speech (Web Speech `speechSynthesis`): nothing to
 * download, works offline with the device's installed voices. Android lists Indonesian as `id-ID`
 * or, on older versions, the legacy `in-ID`. Voices load late in Chrome (`voiceschanged`), so
 * `loadVoices` waits a moment for them.
 */

/** The parts of a voice that choosing one needs (a plain object in tests). */
export type VoiceLike = Pick<SpeechSynthesisVoice, 'lang' | 'name' | 'localService' | 'default'>;

export function isSpeechSupported(): boolean {
  return typeof speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance !== 'undefined';
}

/** `id-ID`, `id_ID`, `in-ID` → `id`; `en-GB` → `en`. */
function languageOf(tag: string): string {
  const base = tag.toLowerCase().split(/[-_]/)[0] ?? '';
  return base === 'in' ? 'id' : base;
}

/**
 * The best voice for a language tag such as `id-ID`: the exact region first, then the language;
 * among equals a voice on the device (works offline) before a network one. Null when none speaks it.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], tag: string): V | null {
  const wanted = languageOf(tag);
  const region = tag.toLowerCase().replace('_', '-').split('-')[1] ?? '';
  const rank = (voice: V): number => {
    const voiceRegion = voice.lang.toLowerCase().replace('_', '-').split('-')[1] ?? '';
    return (voiceRegion === region ? 0 : 2) + (voice.localService ? 0 : 1);
  };
  const candidates = voices.filter((voice) => languageOf(voice.lang) === wanted);
  return [...candidates].sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

/** The device's voices; waits up to `timeoutMs` for Chrome to announce them. */
export function loadVoices(timeoutMs = 1500): Promise<readonly SpeechSynthesisVoice[]> {
  if (!isSpeechSupported()) return Promise.resolve([]);
  const now = speechSynthesis.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      speechSynthesis.removeEventListener('voiceschanged', done);
      resolve(speechSynthesis.getVoices());
    };
    const timer = setTimeout(done, timeoutMs);
    speechSynthesis.addEventListener('voiceschanged', done);
  });
}

/**
 * Speaks `text`; resolves when it ends, is stopped, or fails (a failed read-aloud must never block
 * recording). Anything still speaking is cancelled first, so a second tap restarts the question.
 */
export function speak(text: string, options: { lang: string; voice: SpeechSynthesisVoice | null }): Promise<void> {
  if (!isSpeechSupported()) return Promise.resolve();
  speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = options.voice?.lang ?? options.lang;
  if (options.voice !== null) utterance.voice = options.voice;
  utterance.rate = 0.9;
  return new Promise((resolve) => {
    utterance.onend = () => resolve();
    utterance.onerror = () => resolve();
    speechSynthesis.speak(utterance);
  });
}

export function stopSpeaking(): void {
  if (isSpeechSupported()) speechSynthesis.cancel();
}
