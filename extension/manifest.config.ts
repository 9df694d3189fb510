/**
 * The extension manifest. Least privilege: no host permissions at install; every portal origin
 * and the PWA origin are optional host permissions the user grants at run time, and content
 * scripts are registered for exactly those origins (see src/background/registrations.ts).
 */
import { defineManifest } from '@crxjs/vite-plugin';

export default defineManifest({
  manifest_version: 3,
  name: 'Lentera Pengisi Formulir',
  short_name: 'Lentera',
  description: 'Mengisi laporan P2K2 dari Lentera ke formulir portal, tanpa mengetik ulang.',
  version: '0.1.0',
  minimum_chrome_version: '120',
  icons: { '48': 'icons/icon-48.png', '128': 'icons/icon-128.png' },
  action: { default_title: 'Lentera' },
  side_panel: { default_path: 'src/sidepanel/index.html' },
  background: { service_worker: 'src/background/index.ts', type: 'module' },
  permissions: ['storage', 'sidePanel', 'scripting', 'activeTab'],
  optional_host_permissions: ['http://*/*', 'https://*/*'],
});
