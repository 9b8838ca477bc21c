// Which Chromium runs what, found on the machine rather than downloaded: the path in PLAYWRIGHT_CHROMIUM_PATH
// always wins; otherwise the system's builds (Debian's `chromium` and `chromium-headless-shell` packages). Where
// neither is installed, the lookups return undefined and Playwright uses a browser it installed itself.
import { existsSync } from 'node:fs';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
// Debian's binary itself first: its /usr/bin wrapper stays behind as a shell that a killed run would orphan (the
// wrapper's path is kept for systems where /usr/bin holds the binary).
const HEADLESS_SHELL = ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium-headless-shell'];

const firstInstalled = (paths: readonly string[]) => paths.find((path) => existsSync(path));

/**
 * The browser for the browser tests: Chromium's headless shell where installed, as Playwright itself picks for
 * headless runs. It is the same engine without the desktop browser's user interface, and Debian's full Chromium
 * also adds flags of its own (GPU rasterization among them) through its launcher. The gate's browser tests took
 * 119 s with it and 150 s with the full browser, both cores busy throughout, with the same results.
 */
export const testChromium = (): string | undefined =>
	process.env.PLAYWRIGHT_CHROMIUM_PATH || firstInstalled(HEADLESS_SHELL) || firstInstalled(CHROMIUM);

/** The browser that measures (Lighthouse, the zoom timing): the full Chromium a reader runs, in its new headless mode. */
export const fullChromium = (): string | undefined => process.env.PLAYWRIGHT_CHROMIUM_PATH || firstInstalled(CHROMIUM);
