import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Browser tests never skip silently: without Chromium the run fails and says how to fix it. */
export function assertChromiumInstalled(): void {
	if (!existsSync(chromiumPath)) {
		throw new Error(
			`Chromium saknas (${chromiumPath}). Installera det med: apt-get update && apt-get install -y chromium\n` +
				'(eller sätt CHROMIUM_PATH till en annan Chromium-binär).'
		);
	}
}
