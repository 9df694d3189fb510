/** Serves the production PWA build (dist/pwa) on 127.0.0.1 with Vite's preview server. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'vite';
import { DIST, ROOT } from './browser';

export interface Served {
  readonly url: string;
  close(): Promise<void>;
}

/** `LENTERA_PWA_DIST` lets a parallel build live beside the default `dist/pwa`. */
export const PWA_DIST = process.env.LENTERA_PWA_DIST ? join(ROOT, process.env.LENTERA_PWA_DIST) : join(DIST, 'pwa');

export async function servePwa(port = 0): Promise<Served> {
  if (!existsSync(join(PWA_DIST, 'index.html')))
    throw new Error(`Build the PWA first (npm run build:pwa): ${PWA_DIST}`);
  const server = await preview({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'silent',
    build: { outDir: PWA_DIST },
    preview: { host: '127.0.0.1', port, strictPort: port !== 0 },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('preview server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => server.close(),
  };
}
