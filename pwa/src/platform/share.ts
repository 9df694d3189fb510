/**
 * Bundles shared TO the installed app (Android share sheet → "Lentera").
 *
 * The manifest's `share_target` makes the browser POST the file (multipart/form-data, field
 * `bundle`) to SHARE_TARGET_PATH. No server exists to receive it, so the service worker answers
 * that POST itself (`receiveSharedFile`): it keeps the file in the Cache API and redirects to the
 * data screen, which takes the file out (`takeSharedFile`) and runs the ordinary import on it.
 * The file is kept for one pickup only: it holds family records and must not linger.
 *
 * Used by both the service worker and the page, so nothing here touches globals at load time.
 */
export const SHARE_TARGET_PATH = '/share-target';
export const SHARE_FIELD = 'bundle';
/** Our own type for bundle files, plain or encrypted (an encrypted one is not a zip, hence no `+zip`). */
export const BUNDLE_MIME = 'application/vnd.lentera.bundle';
export const BUNDLE_EXTENSION = '.lentera';
/**
 * What the share target and the file picker accept. Android labels files by extension and knows
 * none for `.lentera`, so a bundle received through a chat app arrives as octet-stream.
 */
export const BUNDLE_ACCEPT = [BUNDLE_MIME, BUNDLE_EXTENSION, 'application/octet-stream', 'application/zip'] as const;

const SHARED_CACHE = 'lentera-shared';
const SHARED_KEY = '/__lentera/shared-bundle';
const NAME_HEADER = 'x-lentera-file-name';

export function isShareTargetRequest(request: Request): boolean {
  return request.method === 'POST' && new URL(request.url).pathname === SHARE_TARGET_PATH;
}

/** Service worker: keeps the shared file and sends the app to the data screen (`shared=0` if nothing usable came). */
export async function receiveSharedFile(request: Request, cacheStorage: CacheStorage): Promise<Response> {
  let received = false;
  try {
    const form = await request.formData();
    const file = form.getAll(SHARE_FIELD).find((value): value is File => value instanceof File && value.size > 0);
    if (file !== undefined) {
      const cache = await cacheStorage.open(SHARED_CACHE);
      await cache.put(
        SHARED_KEY,
        new Response(file, {
          headers: {
            'content-type': file.type || 'application/octet-stream',
            [NAME_HEADER]: encodeURIComponent(file.name),
          },
        }),
      );
      received = true;
    }
  } catch (error) {
    // A form that cannot be read or a full disk: the data screen says the file did not arrive.
    console.error('shared file not kept', error);
  }
  return Response.redirect(new URL(`/#/data?shared=${received ? '1' : '0'}`, request.url).href, 303);
}

/** Page: the file the service worker kept, removed from the cache as it is taken; null when none. */
export async function takeSharedFile(): Promise<File | null> {
  if (typeof caches === 'undefined') return null;
  const cache = await caches.open(SHARED_CACHE);
  const response = await cache.match(SHARED_KEY);
  if (response === undefined) return null;
  const blob = await response.blob();
  const name = decodeURIComponent(response.headers.get(NAME_HEADER) ?? `lentera${BUNDLE_EXTENSION}`);
  await cache.delete(SHARED_KEY);
  return new File([blob], name, { type: blob.type });
}
