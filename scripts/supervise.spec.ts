import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configurationExitCode, supervise } from './supervise.js';

const folder = mkdtempSync(join(tmpdir(), 'supervise-'));

/** A child that writes its start to a file and then behaves as `body` says. */
function childScript(name: string, body: string): string {
	const file = join(folder, `${name}.js`);
	writeFileSync(file, body);
	return file;
}

async function until(check: () => boolean, timeoutMs = 10_000) {
	const started = Date.now();
	while (!check()) {
		if (Date.now() - started > timeoutMs) throw new Error('timed out');
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}

describe('supervise', () => {
	it('starts the app again after it is killed, and again after it crashes', async () => {
		const entry = childScript('long-running', 'setInterval(() => {}, 1000);');
		const messages: string[] = [];
		const app = supervise({ entry, firstDelayMs: 10, log: (m) => messages.push(m) });
		await until(() => app.pid !== null);
		const first = app.pid!;
		process.kill(first, 'SIGKILL');
		await until(() => app.pid !== null && app.pid !== first);
		const second = app.pid!;
		process.kill(second, 'SIGKILL');
		await until(() => app.pid !== null && app.pid !== second);
		expect(app.restarts).toBe(2);
		expect(messages[0]).toBe(
			'NNS indikatorer: servern avslutades oväntat (SIGKILL); startar om om 0,01 s.'
		);
		expect(await app.stop()).toBe(0);
	});

	it('waits longer each time an app keeps dying at once', async () => {
		const entry = childScript('crashing', 'process.exit(1);');
		const messages: string[] = [];
		const app = supervise({
			entry,
			firstDelayMs: 10,
			maxDelayMs: 40,
			log: (m) => messages.push(m)
		});
		await until(() => messages.length >= 4);
		await app.stop();
		expect(messages.slice(0, 4).map((m) => m.match(/om (\S+) s/)?.[1])).toEqual([
			'0,01',
			'0,02',
			'0,04',
			'0,04'
		]);
		expect(messages[0]).toContain('kod 1');
	});

	it('does not restart an app that cannot start as configured', async () => {
		const entry = childScript('misconfigured', `process.exit(${configurationExitCode});`);
		const messages: string[] = [];
		const app = supervise({ entry, firstDelayMs: 10, log: (m) => messages.push(m) });
		expect(await app.finished).toBe(configurationExitCode);
		expect(app.restarts).toBe(0);
		expect(messages).toEqual([]);
	});

	it('passes a stop signal on and ends with the app', async () => {
		const entry = childScript(
			'graceful',
			"process.on('SIGTERM', () => setTimeout(() => process.exit(0), 50)); setInterval(() => {}, 1000);"
		);
		const app = supervise({ entry, firstDelayMs: 10, log: () => {} });
		await until(() => app.pid !== null);
		// Give the child time to install its handler.
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect(await app.stop('SIGTERM')).toBe(0);
		expect(app.restarts).toBe(0);
	});
});
