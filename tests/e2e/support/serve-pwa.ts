/** Serves the production PWA build (dist/pwa) on 127.0.0.1 with Vite's preview server. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'vite';
import { DIST, ROOT } from './browser';

export interface Served {
  readonly url: string;
  close(): Promise<void>;
}

export async function servePwa(port = 0): Promise<Served> {
  if (!existsSync(join(DIST, 'pwa', 'index.html'))) throw new Error('Build the PWA first (npm run build:pwa)');
  const server = await preview({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port, strictPort: port !== 0 },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('preview server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => server.close(),
  };
}
