/**
 * Making the export file: the bundle (read back and checked by the core before it is returned) as
 * a named File ready to share or download. Writes nothing to the database.
 */
import { type BundleScope, exportBundle, type Progress } from '../../../../shared/bundle';
import type { LenteraDB } from '../../../../shared/db/database';
import type { Profile } from '../../../../shared/db/settings';
import { exportFileName } from '../../data/backup';
import { BUNDLE_MIME } from '../../platform/share';

export interface ExportRequest {
  readonly scope: BundleScope;
  readonly passphrase?: string;
  readonly onProgress?: Progress;
}

export async function makeExportFile(
  db: LenteraDB,
  profile: Profile,
  now: Date,
  request: ExportRequest,
): Promise<File> {
  const bytes = await exportBundle(db, {
    scope: request.scope,
    facilitator: { name: profile.name, region: profile.region, role: profile.role },
    clock: { now: () => now },
    ...(request.passphrase === undefined ? {} : { passphrase: request.passphrase }),
    ...(request.onProgress === undefined ? {} : { onProgress: request.onProgress }),
  });
  return new File([bytes], exportFileName(profile.name, now), { type: BUNDLE_MIME });
}
