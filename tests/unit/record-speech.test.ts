import { describe, expect, it } from 'vitest';
import { pickVoice, type VoiceLike } from '../../pwa/src/platform/speech';

const voice = (lang: string, name: string, localService = true): VoiceLike => ({
  lang,
  name,
  localService,
  default: false,
});

describe('pickVoice', () => {
  it('prefers an Indonesian voice on the device, exact region first', () => {
    const voices = [voice('en-US', 'English'), voice('id-ID', 'Online', false), voice('id-ID', 'Lokal')];
    expect(pickVoice(voices, 'id-ID')?.name).toBe('Lokal');
  });

  it('accepts the legacy Android code in-ID and underscores', () => {
    expect(pickVoice([voice('en-GB', 'English'), voice('in_ID', 'Android lama')], 'id-ID')?.name).toBe('Android lama');
  });

  it('returns null when no voice speaks the language', () => {
    expect(pickVoice([voice('en-US', 'English'), voice('ms-MY', 'Melayu')], 'id-ID')).toBeNull();
    expect(pickVoice([], 'id-ID')).toBeNull();
  });
});
