/**
 * Files shared to the installed app: the manifest's share_target and the service worker's handler
 * agree, the handler keeps the file for one pickup and sends the app to the data screen, and a
 * share without a usable file is reported rather than lost silently.
 */
import { describe, expect, it } from 'vitest';
import { pwaManifest } from '../../pwa/manifest';
import {
  BUNDLE_ACCEPT,
  isShareTargetRequest,
  receiveSharedFile,
  SHARE_FIELD,
  SHARE_TARGET_PATH,
} from '../../pwa/src/platform/share';

/** The Cache API as the service worker sees it, in memory. */
function memoryCaches(): CacheStorage & { store: Map<string, Response> } {
  const store = new Map<string, Response>();
  const cache = {
    put: async (key: RequestInfo | URL, response: Response) => {
      store.set(String(key), response);
    },
  } as unknown as Cache;
  return { store, open: async () => cache } as unknown as CacheStorage & { store: Map<string, Response> };
}

function post(form: FormData): Request {
  return new Request(`https://lentera.example${SHARE_TARGET_PATH}`, { method: 'POST', body: form });
}

describe('share target', () => {
  it('is declared in the manifest as the service worker handles it', () => {
    expect(pwaManifest.share_target).toEqual({
      action: SHARE_TARGET_PATH,
      method: 'POST',
      enctype: 'multipart/form-data',
      params: { files: [{ name: SHARE_FIELD, accept: [...BUNDLE_ACCEPT] }] },
    });
  });

  it('answers only POSTs to its path', () => {
    expect(isShareTargetRequest(post(new FormData()))).toBe(true);
    expect(isShareTargetRequest(new Request(`https://lentera.example${SHARE_TARGET_PATH}`))).toBe(false);
    expect(isShareTargetRequest(new Request('https://lentera.example/other', { method: 'POST' }))).toBe(false);
  });

  it('keeps the shared file with its name and redirects to the data screen', async () => {
    const caches = memoryCaches();
    const form = new FormData();
    form.append(SHARE_FIELD, new File([new Uint8Array([1, 2, 3])], 'cadangan rina.lentera', { type: '' }));
    const response = await receiveSharedFile(post(form), caches);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('https://lentera.example/#/data?shared=1');
    const [kept] = [...caches.store.values()];
    expect(new Uint8Array(await (kept as Response).arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    expect(decodeURIComponent(kept?.headers.get('x-lentera-file-name') ?? '')).toBe('cadangan rina.lentera');
  });

  it('reports a share that brought no file', async () => {
    const caches = memoryCaches();
    const form = new FormData();
    form.append('title', 'only text');
    const response = await receiveSharedFile(post(form), caches);
    expect(response.headers.get('location')).toBe('https://lentera.example/#/data?shared=0');
    expect(caches.store.size).toBe(0);
  });
});
