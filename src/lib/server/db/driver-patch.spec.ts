import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { engines, testDatabaseUrl } from '$test/database';

const run = promisify(execFile);
// The package's CommonJS entry is cjs/src/index.js; its root is two levels up.
const driverRoot = join(dirname(createRequire(import.meta.url).resolve('postgres')), '..', '..');

describe('the patched PostgreSQL driver (patches/postgres+3.4.9.patch, applied on install)', () => {
	it('guards the deferred write in every build of the driver the app may load', () => {
		for (const build of ['src', 'cjs/src', 'cf/src']) {
			const connection = readFileSync(join(driverRoot, build, 'connection.js'), 'utf8');
			const pool = readFileSync(join(driverRoot, build, 'index.js'), 'utf8');
			expect(connection, build).toMatch(/function nextWrite\(fn\) \{[^}]*if \(!socket\) \{/);
			expect(pool, build).toContain('c.queue === closed || onopen(c)');
		}
	});
});

// Needs a server whose backends can be terminated: PostgreSQL only.
describe.each(engines.filter((engine) => engine === 'postgres'))('on %s', () => {
	it('survives transactions whose connection closes under them, then reconnects', async () => {
		const { stdout } = await run(
			process.execPath,
			[join(process.cwd(), 'tests/support/driver-close-race.js'), testDatabaseUrl()],
			{ timeout: 30_000 }
		);
		const outcome = JSON.parse(stdout.trim().split('\n').at(-1)!) as {
			failures: string[];
			answers: number[];
		};
		// Every transaction lost its connection and was told so catchably: the driver's
		// CONNECTION_CLOSED, or the server's own 57P01 when its notice arrived first.
		expect(outcome.failures).toHaveLength(10);
		for (const code of outcome.failures) expect(['CONNECTION_CLOSED', '57P01']).toContain(code);
		expect(outcome.answers).toEqual([0, 1, 2, 3, 4]);
	});
});
