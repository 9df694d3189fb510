/** Saves a group's roster as a CSV file through the browser's download (works offline). */
import type { Group, Member } from '../../../../shared/model/types';
import { rosterToCsv } from '../../../../shared/roster/roster-to-csv';

export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled; revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from the group name, safe on every file system: "Kelompok Melati" → "daftar-kelompok-melati.csv". */
export function rosterFileName(group: Pick<Group, 'name'>): string {
  const slug = group.name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `daftar-${slug || 'kelompok'}.csv`;
}

export function downloadRosterCsv(group: Group, members: readonly Member[]): void {
  downloadText(rosterFileName(group), rosterToCsv(members));
}
