/** How often and how long {@link waitUntil} asks. */
export interface WaitOptions {
  /** How many times to ask before giving up (default 240). */
  attempts?: number;
  /** The pause between two attempts in milliseconds (default 250). */
  intervalMs?: number;
}

/**
 * Asks `ready` until it answers true, for what a backend does in the background (the catalog
 * ingesting its locations, demo data being seeded); throws naming `what` when it never does.
 */
export async function waitUntil(
  what: string,
  ready: () => Promise<boolean>,
  options: WaitOptions = {},
): Promise<void> {
  const { attempts = 240, intervalMs = 250 } = options;
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (await ready()) return;
    await new Promise(resolve => setTimeout(resolve, intervalMs));
  }
  throw new Error(
    `gave up after ${attempts * intervalMs} ms waiting until ${what}`,
  );
}
