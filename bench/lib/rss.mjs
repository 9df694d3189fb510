// @ts-check
/**
 * Resident memory of the Chromium processes this Node process started (read from /proc, Linux
 * only), sampled in the background so a phase reports its peak, not a lucky moment. Processes are
 * grouped by their role (`--type=` and `--utility-sub-type=` on the command line): the browser
 * process, renderers, and utilities such as the storage service that runs IndexedDB.
 */
import { readdirSync, readFileSync } from 'node:fs';

const PAGE = 4096;

/** @param {string} pid */
function roleOf(pid) {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/);
    const type = args.find((a) => a.startsWith('--type='))?.slice('--type='.length);
    if (type === undefined) return 'browser';
    const sub = args.find((a) => a.startsWith('--utility-sub-type='))?.slice('--utility-sub-type='.length);
    return sub ? `${type}:${sub.replace(/\.mojom\./, '.').replace(/Service$/, '')}` : type;
  } catch {
    return 'gone';
  }
}

function chromiumProcesses() {
  /** @type {Map<number, { ppid: number, comm: string, rss: number }>} */
  const all = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const comm = stat.slice(stat.indexOf('(') + 1, close);
      const fields = stat.slice(close + 2).split(' ');
      all.set(Number(name), { ppid: Number(fields[1]), comm, rss: Number(fields[21]) * PAGE });
    } catch {
      // the process ended while we looked
    }
  }
  const mine = [];
  for (const [pid, info] of all) {
    let parent = info.ppid;
    let depth = 0;
    while (parent > 1 && parent !== process.pid && depth++ < 20) parent = all.get(parent)?.ppid ?? 0;
    if (parent === process.pid && /chrom/i.test(info.comm)) mine.push({ pid, role: roleOf(String(pid)), ...info });
  }
  return mine;
}

/** Total RSS of our Chromium and per role (summed over processes of that role), in bytes. */
export function chromiumRss() {
  const processes = chromiumProcesses();
  /** @type {Record<string, number>} */
  const byRole = {};
  for (const p of processes) byRole[p.role] = (byRole[p.role] ?? 0) + p.rss;
  return {
    total: processes.reduce((sum, p) => sum + p.rss, 0),
    largest: processes.reduce((max, p) => Math.max(max, p.rss), 0),
    byRole,
  };
}

/** Samples every `everyMs` until `stop()`, which returns the peaks (each role's own peak). */
export function sampleRss(everyMs = 200) {
  let peakTotal = 0;
  let peakLargest = 0;
  /** @type {Record<string, number>} */
  const peakByRole = {};
  const tick = () => {
    const now = chromiumRss();
    peakTotal = Math.max(peakTotal, now.total);
    peakLargest = Math.max(peakLargest, now.largest);
    for (const [role, rss] of Object.entries(now.byRole)) peakByRole[role] = Math.max(peakByRole[role] ?? 0, rss);
  };
  tick();
  const timer = setInterval(tick, everyMs);
  return {
    stop() {
      clearInterval(timer);
      tick();
      return { peakTotal, peakLargest, peakByRole };
    },
  };
}
