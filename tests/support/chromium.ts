import { existsSync } from 'node:fs';

/**
 * Debian's headless shell: the same Blink as the Chromium a participant uses, without the
 * browser around it. The browser tests took about a third less time in it than in the full
 * Chromium on this 2-core machine. `CHROMIUM_PATH` picks another build (e.g. /usr/bin/chromium).
 */
export const chromiumPath =
	process.env.CHROMIUM_PATH || '/usr/lib/chromium/chromium-headless-shell';

/** Browser tests never skip silently: without Chromium the run fails and says how to fix it. */
export function assertChromiumInstalled(): void {
	if (!existsSync(chromiumPath)) {
		throw new Error(
			`Chromium saknas (${chromiumPath}). Installera det med: apt-get update && apt-get install -y chromium-headless-shell\n` +
				'(eller sätt CHROMIUM_PATH till en annan Chromium-binär, t.ex. /usr/bin/chromium).'
		);
	}
}
