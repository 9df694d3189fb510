/** The web app manifest, typed here so the build and the tests agree on it. */
export const pwaManifest = {
  id: '/',
  name: 'Lentera — Pendamping P2K2',
  short_name: 'Lentera',
  description: 'Catat dan jalankan sesi P2K2 tanpa sinyal.',
  lang: 'id',
  start_url: '/',
  scope: '/',
  display: 'standalone' as const,
  orientation: 'any' as const,
  background_color: '#fffaf0',
  theme_color: '#9a3412',
  // Files shared to the installed app (Android share sheet). Values match pwa/src/platform/share.ts
  // (checked by tests/unit/data-share.test.ts); the service worker answers the POST.
  share_target: {
    action: '/share-target',
    method: 'POST' as const,
    enctype: 'multipart/form-data' as const,
    params: {
      files: [
        {
          name: 'bundle',
          accept: ['application/vnd.lentera.bundle', '.lentera', 'application/octet-stream', 'application/zip'],
        },
      ],
    },
  },
  icons: [
    { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};
