/**
 * Which tab the panel works on. As a side panel, that is the active tab of the window; opened as
 * a tab (tests, or Firefox for Android where there is no side panel), the active tab is the panel
 * itself, so the default is the portal tab used last. The user can pick another in a list, and
 * that choice sticks until the tab closes.
 *
 * Without the `tabs` permission a tab's address is only visible on granted sites (or the tab the
 * toolbar button was clicked on), which is exactly the set of tabs the panel may work on.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { api } from '../platform/browser';

export interface TargetTab {
  readonly id: number;
  readonly url: string;
  readonly title: string;
}

function isWebTab(tab: chrome.tabs.Tab): tab is chrome.tabs.Tab & { id: number; url: string } {
  return tab.id !== undefined && tab.url !== undefined && /^https?:/.test(tab.url);
}

function toTarget(tab: chrome.tabs.Tab & { id: number; url: string }): TargetTab {
  return { id: tab.id, url: tab.url, title: tab.title ?? tab.url };
}

/** Web tabs, except the Lentera app's own (it is a source of records, not a portal). */
export async function webTabs(excludeOrigins: readonly string[]): Promise<TargetTab[]> {
  const tabs = await api.tabs.query({});
  return tabs
    .filter(isWebTab)
    .filter((tab) => !excludeOrigins.includes(new URL(tab.url).origin))
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))
    .map(toTarget);
}

export function useTargetTab(excludeOrigins: readonly string[]): {
  readonly tabs: readonly TargetTab[];
  readonly target: TargetTab | null;
  choose(id: number): void;
  refresh(): Promise<void>;
} {
  const [tabs, setTabs] = useState<readonly TargetTab[]>([]);
  const [chosen, setChosen] = useState<number | null>(null);
  const [active, setActive] = useState<number | null>(null);
  const exclude = excludeOrigins.join(' ');

  // biome-ignore lint/correctness/useExhaustiveDependencies: `exclude` stands for the origins list
  const refresh = useCallback(async () => {
    const [list, [current]] = await Promise.all([
      webTabs(excludeOrigins),
      api.tabs.query({ active: true, lastFocusedWindow: true }),
    ]);
    setTabs(list);
    setActive(current !== undefined && isWebTab(current) ? current.id : null);
  }, [exclude]);

  useEffect(() => {
    refresh().catch((error: unknown) => console.error(error));
    const update = () => {
      refresh().catch((error: unknown) => console.error(error));
    };
    const onUpdated = (_id: number, change: { url?: string; status?: string; title?: string }) => {
      if (change.url !== undefined || change.status === 'complete' || change.title !== undefined) update();
    };
    api.tabs.onActivated.addListener(update);
    api.tabs.onUpdated.addListener(onUpdated);
    api.tabs.onRemoved.addListener(update);
    return () => {
      api.tabs.onActivated.removeListener(update);
      api.tabs.onUpdated.removeListener(onUpdated);
      api.tabs.onRemoved.removeListener(update);
    };
  }, [refresh]);

  const target = tabs.find((tab) => tab.id === chosen) ?? tabs.find((tab) => tab.id === active) ?? tabs[0] ?? null;
  return { tabs, target, choose: setChosen, refresh };
}
