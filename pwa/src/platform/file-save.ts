/**
 * Getting a file off the device: the share sheet where the browser can share it, else a download.
 *
 * Why both: a backup on the same tablet is lost with the tablet, so the facilitator must move it
 * (WhatsApp to themselves, Drive, a cable). The share sheet is the shortest way, but browsers only
 * share some file types (Chrome keeps an allow-list of extensions that does not include ours), so
 * `canShare({ files })` decides and the download is the fallback; the file then sits in
 * Downloads, from where any app can send it on.
 *
 * Both need a fresh tap: `navigator.share` refuses without user activation, which a long export
 * has used up, so callers offer a "share/save" button once the file is ready.
 */
export type SaveOutcome = 'shared' | 'downloaded' | 'cancelled';

export function canShareFile(file: File): boolean {
  return typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] });
}

/** Opens the share sheet; 'cancelled' when the user closed it, 'downloaded' when sharing is not possible. */
export async function shareOrDownload(file: File, title: string): Promise<SaveOutcome> {
  if (canShareFile(file)) {
    try {
      await navigator.share({ files: [file], title });
      return 'shared';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
      // NotAllowedError (activation expired) or a share target failing: fall back to a download.
    }
  }
  downloadFile(file);
  return 'downloaded';
}

/** Saves through the browser's download: an `<a download>` on an object URL. Works offline. */
export function downloadFile(file: File): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked once the download has started; revoking at once can cancel it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
