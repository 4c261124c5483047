import { describe, expect, it } from 'vitest';
import { createTestDatabase, engines } from '$test/database';
import { checkHealth } from './health';

describe.each(engines)('checkHealth on %s', (engine) => {
	it('reports ok while the database answers', async () => {
		const database = await createTestDatabase(engine, { migrate: false });
		try {
			expect(await checkHealth(database.db)).toEqual({ status: 'ok' });
		} finally {
			await database.destroy();
		}
	});

	it('reports unavailable once the database is gone', async () => {
		const database = await createTestDatabase(engine, { migrate: false });
		await database.destroy();
		expect(await checkHealth(database.db)).toEqual({ status: 'unavailable' });
	});
});
