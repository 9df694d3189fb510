/**
 * Content scripts run only on origins the user granted. The manifest declares none; this keeps
 * one dynamic registration whose `matches` is exactly the granted origins, updated whenever a
 * permission is added or removed.
 */
import fillScriptFile from '../content/fill.ts?script&iife';
import { api, grantedOrigins } from '../platform/browser';

const FILL_SCRIPT_ID = 'lentera-fill';

export async function syncContentScripts(): Promise<void> {
  const origins = await grantedOrigins();
  const existing = await api.scripting.getRegisteredContentScripts({ ids: [FILL_SCRIPT_ID] });
  if (existing.length > 0) await api.scripting.unregisterContentScripts({ ids: [FILL_SCRIPT_ID] });
  if (origins.length === 0) return;
  await api.scripting.registerContentScripts([
    {
      id: FILL_SCRIPT_ID,
      js: [fillScriptFile],
      matches: origins,
      allFrames: true,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}
