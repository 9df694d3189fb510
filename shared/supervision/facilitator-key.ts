/**
 * Who a group belongs to, as the supervisor's view sees it. A supervisor's device holds the groups
 * of every facilitator whose bundle was imported; a group names its facilitator (`facilitator`)
 * and carries the device that last changed it (`deviceId`). Names alone would mix two "Rina"s from
 * two tablets, so a facilitator is the pair (device, name): `<deviceId>~<name folded>`. Names are
 * folded (trimmed, spaces collapsed, lower case) so "Rina " and "rina" on one tablet stay one.
 *
 * Known limits, both rare: a facilitator who moves to a new tablet shows twice until the old
 * groups are edited on the new one; a group a supervisor edits on their own device moves to that
 * device's key (it is then the supervisor's own only if it names the supervisor).
 */
import type { Group } from '../model/types';

/** Device ids never contain `~` (bundle row schemas allow `[A-Za-z0-9_-]`). */
const SEPARATOR = '~';

export interface OwnIdentity {
  /** This device's id. */
  readonly deviceId: string;
  /** The profile name of the person using this device. */
  readonly name: string;
}

export function foldName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('id');
}

export function facilitatorKeyOf(group: Pick<Group, 'facilitator' | 'deviceId'>): string {
  return `${group.deviceId}${SEPARATOR}${foldName(group.facilitator)}`;
}

/** The device part of a key (for showing which tablet two same-named facilitators use). */
export function deviceOfKey(key: string): string {
  const at = key.indexOf(SEPARATOR);
  return at < 0 ? key : key.slice(0, at);
}

/** The folded name part of a key. */
export function foldedNameOfKey(key: string): string {
  const at = key.indexOf(SEPARATOR);
  return at < 0 ? '' : key.slice(at + 1);
}

/** The supervisor's own group: made or last changed on this device, naming this device's user. */
export function isOwnGroup(group: Pick<Group, 'facilitator' | 'deviceId'>, own: OwnIdentity): boolean {
  return group.deviceId === own.deviceId && foldName(group.facilitator) === foldName(own.name);
}
