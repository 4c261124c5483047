import { describe, expect, it } from 'vitest';
import { engines, useTestDatabase } from '$test/database';
import { loadServerSecret } from './secrets';

describe.each(engines)('server secrets on %s', (engine) => {
	const database = useTestDatabase(engine);

	it('draws a secret once and gives every later reader the same one', async () => {
		const [first, second] = await Promise.all([
			loadServerSecret(database.db, 'submission-ticket'),
			loadServerSecret(database.db, 'submission-ticket')
		]);
		expect(first).toHaveLength(32);
		expect(second.equals(first)).toBe(true);
		expect((await loadServerSecret(database.db, 'submission-ticket')).equals(first)).toBe(true);
		expect((await loadServerSecret(database.db, 'other')).equals(first)).toBe(false);
	});
});
