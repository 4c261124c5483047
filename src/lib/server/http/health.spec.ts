import { describe, expect, it } from 'vitest';
import { createTestDatabase, engines, useTestDatabase } from '$test/database';
import { checkHealth } from './health';

describe.each(engines)('checkHealth on %s', (engine) => {
	const database = useTestDatabase(engine, { migrate: false });

	it('reports ok while the database answers', async () => {
		expect(await checkHealth(database.db)).toEqual({ status: 'ok' });
	});

	// A database of its own, since this one is destroyed.

	it('reports unavailable once the database is gone', async () => {
		const database = await createTestDatabase(engine, { migrate: false });
		await database.destroy();
		expect(await checkHealth(database.db)).toEqual({ status: 'unavailable' });
	});
});
