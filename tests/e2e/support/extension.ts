/**
 * Driving the built extension in Chromium. Granting a site: Chrome shows its permission prompt as
 * native UI that no test driver can click, so the test gives the consent the way a user can in
 * chrome://extensions ("site access"), through that page's own developerPrivate API, and then the
 * extension's real `chrome.permissions.request` call (from the side panel's button) resolves.
 */
import type { BrowserContext, Page, Worker } from 'playwright-core';

export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const existing = context.serviceWorkers().find((worker) => worker.url().startsWith('chrome-extension://'));
  return (
    existing ?? context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith('chrome-extension://') })
  );
}

export async function extensionId(context: BrowserContext): Promise<string> {
  return new URL((await extensionWorker(context)).url()).host;
}

export async function openPanel(context: BrowserContext): Promise<Page> {
  const id = await extensionId(context);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/src/sidepanel/index.html`);
  return page;
}

/** The user's consent for one origin, as chrome://extensions gives it. */
export async function consentToOrigin(context: BrowserContext, origin: string): Promise<void> {
  const id = await extensionId(context);
  const page = await context.newPage();
  await page.goto(`chrome://extensions/?id=${id}`);
  await page.evaluate(
    async ([extension, pattern]) => {
      const dev = (
        globalThis as unknown as {
          chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } };
        }
      ).chrome.developerPrivate;
      await dev.addHostPermission(extension ?? '', pattern ?? '');
    },
    [id, `${new URL(origin).protocol}//${new URL(origin).hostname}/*`],
  );
  await page.close();
}

/** Grants an origin through the side panel, as a user does. */
export async function grantOrigin(context: BrowserContext, origin: string): Promise<void> {
  await consentToOrigin(context, origin);
  const panel = await openPanel(context);
  await panel.getByLabel('Alamat situs portal').fill(origin);
  await panel.getByRole('button', { name: 'Izinkan situs ini' }).click();
  await panel.getByTestId('granted').getByText(new URL(origin).hostname).waitFor();
  await panel.close();
}
