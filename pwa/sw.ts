/// <reference lib="webworker" />
/**
 * The service worker: precaches the whole app so it runs offline for weeks, answers every
 * navigation with the cached shell, and only activates a new version when the page asks
 * (`SKIP_WAITING`), which the page does when no session is running or the user accepts.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { isShareTargetRequest, receiveSharedFile } from './src/platform/share';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

// A bundle shared to the installed app arrives as a POST (manifest `share_target`); no server
// exists to take it, so the worker keeps the file and sends the app to its data screen.
// Registered before Workbox's routes, which only answer GET.
self.addEventListener('fetch', (event: FetchEvent) => {
  if (isShareTargetRequest(event.request)) event.respondWith(receiveSharedFile(event.request, self.caches));
});

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

clientsClaim();
