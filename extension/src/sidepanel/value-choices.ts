/**
 * The values a recorded field can take, in words a facilitator knows ("Tanggal sesi (dd/MM/yyyy)")
 * rather than template paths. Friendly choices come first, then every other path of the record
 * kind by its path, so nothing a template could read is out of reach. Only paths the record kind
 * has are offered (checked against `templatePaths` of a sample record, as `parseFormMap` does).
 */
import { type RecordKind, sampleRecord, templateScope } from '../../../shared/fill/fill-record';
import { templatePaths } from '../../../shared/fill/render-template';
import type { MessageKey } from '../../../shared/i18n/translate';

export interface ValueChoice {
  readonly template: string;
  /** Catalogue key of its friendly name; null: show the path itself. */
  readonly key: MessageKey | null;
  readonly path: string;
}

const FRIENDLY: readonly (readonly [path: string, template: string, key: MessageKey])[] = [
  ['session.actualDate', '{{session.actualDate | dd/MM/yyyy}}', 'panel.value.dateSlash'],
  ['session.actualDate', '{{session.actualDate | yyyy-MM-dd}}', 'panel.value.dateIso'],
  ['session.actualDate', '{{session.actualDate | d MMMM yyyy}}', 'panel.value.dateLong'],
  ['session.startTime', '{{session.startTime | time}}', 'panel.value.start'],
  ['session.endTime', '{{session.endTime | time}}', 'panel.value.end'],
  ['session.number', '{{session.number}}', 'panel.value.sessionNumber'],
  ['session.title', '{{session.title}}', 'panel.value.sessionTitle'],
  ['session.title', 'Sesi {{session.number}} {{session.title}}', 'panel.value.sessionName'],
  ['session.place', '{{session.place}}', 'panel.value.place'],
  ['session.notes', '{{session.notes}}', 'panel.value.notes'],
  ['module.title', '{{module.title}}', 'panel.value.moduleTitle'],
  ['module.number', '{{module.number}}', 'panel.value.moduleNumber'],
  ['group.name', '{{group.name}}', 'panel.value.groupName'],
  ['group.leader', '{{group.leader}}', 'panel.value.leader'],
  ['group.region.provinceName', '{{group.region.provinceName}}', 'panel.value.province'],
  ['group.region.regencyName', '{{group.region.regencyName}}', 'panel.value.regency'],
  ['group.region.districtName', '{{group.region.districtName}}', 'panel.value.district'],
  ['group.region.villageName', '{{group.region.villageName}}', 'panel.value.village'],
  ['facilitator.name', '{{facilitator.name}}', 'panel.value.facilitator'],
  ['counts.hadir', '{{counts.hadir}}', 'panel.value.present'],
  ['counts.total', '{{counts.total}}', 'panel.value.total'],
  ['member.nik', '{{member.nik}}', 'panel.value.nik'],
  ['member.name', '{{member.name}}', 'panel.value.memberName'],
  ['member.status', '{{member.status}}', 'panel.value.status'],
];

export function valueChoices(kind: RecordKind): ValueChoice[] {
  const record = sampleRecord(kind);
  // Top-level steps: `member` exists only in a one-family record (rows need the JSON editor).
  const paths = templatePaths(templateScope(record));
  const scalar = [...paths];
  const friendly = FRIENDLY.filter(([path]) => paths.has(path)).map(([path, template, key]) => ({
    path,
    template,
    key,
  }));
  const covered = new Set(friendly.map((choice) => choice.path));
  const rest = scalar
    .filter((path) => !covered.has(path) && path !== 'kind' && path !== 'recordKey')
    .sort()
    .map((path) => ({ path, template: `{{${path}}}`, key: null }));
  return [...friendly, ...rest];
}
