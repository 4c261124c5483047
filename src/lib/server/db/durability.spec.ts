import { describe, expect, it } from 'vitest';
import { createTestDatabase, engines } from '$test/database';
import {
	assertDurableCommits,
	serverSettings,
	UnsafeDurabilityError,
	type ReadSetting
} from './durability';

function settings(values: { fsync: string; synchronous_commit: string }): ReadSetting {
	return async (name) => values[name];
}

describe('assertDurableCommits', () => {
	it('accepts a server that flushes every commit', async () => {
		await expect(
			assertDurableCommits(settings({ fsync: 'on', synchronous_commit: 'on' }))
		).resolves.toBeUndefined();
	});

	it('accepts synchronous_commit local and remote_write, which still flush locally', async () => {
		await expect(
			assertDurableCommits(settings({ fsync: 'on', synchronous_commit: 'local' }))
		).resolves.toBeUndefined();
		await expect(
			assertDurableCommits(settings({ fsync: 'on', synchronous_commit: 'remote_write' }))
		).resolves.toBeUndefined();
	});

	it('refuses fsync off with a message that says what to change', async () => {
		const check = assertDurableCommits(settings({ fsync: 'off', synchronous_commit: 'on' }));
		await expect(check).rejects.toBeInstanceOf(UnsafeDurabilityError);
		await expect(
			assertDurableCommits(settings({ fsync: 'off', synchronous_commit: 'on' }))
		).rejects.toThrow(/fsync = off.*postgresql\.conf.*startar inte/);
	});

	it('refuses synchronous_commit off', async () => {
		await expect(
			assertDurableCommits(settings({ fsync: 'on', synchronous_commit: 'off' }))
		).rejects.toThrow(/synchronous_commit = off/);
	});

	it('names both problems when both are off', async () => {
		await expect(
			assertDurableCommits(settings({ fsync: 'OFF', synchronous_commit: 'off' }))
		).rejects.toThrow(/fsync = off.*synchronous_commit = off/);
	});
});

describe.each(engines.filter((engine) => engine === 'postgres'))('the real %s server', (engine) => {
	it('passes the durability check', async () => {
		const database = await createTestDatabase(engine, { migrate: false });
		try {
			await expect(assertDurableCommits(serverSettings(database))).resolves.toBeUndefined();
		} finally {
			await database.destroy();
		}
	});
});
