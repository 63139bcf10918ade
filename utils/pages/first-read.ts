/**
 * The side panel's first read, started before its modules load: a classic script in the panel's
 * head (entrypoints/sidepanel-first-read.ts) asks the tab for its figures while the browser is
 * still fetching the panel's view, and the view takes the answer when it starts.
 */
import { targetPage } from './tabs';

type Target = Awaited<ReturnType<typeof targetPage>>;

/** Where the head script leaves the read for the panel's module (one window, one read). */
const FIRST_READ = '__tallySidePanelFirstRead';

/** Starts the read (the head script calls this). */
export function startFirstRead(): void {
  (window as unknown as Record<string, Promise<Target>>)[FIRST_READ] = targetPage();
}

/** The read the head script started, once; undefined when it did not run. */
export function takeFirstRead(): Promise<Target> | undefined {
  const slot = window as unknown as Record<string, Promise<Target> | undefined>;
  const started = slot[FIRST_READ];
  delete slot[FIRST_READ];
  return started;
}
