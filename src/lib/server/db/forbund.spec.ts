import { describe, expect, it } from 'vitest';
import { engines, useTestDatabase } from '$test/database';
import { parseRegister } from '../register/forbund-register';
import { importRegisterIfEmpty, listForbund } from './forbund';

describe.each(engines)('the förbund register on %s', (engine) => {
	// One database for the file; the tests build on each other, in order.
	const database = useTestDatabase(engine, { resetEachTest: false });

	it('imports all 78 förbund into an empty database', async () => {
		expect(await importRegisterIfEmpty(database.db, parseRegister())).toBe(78);
		const listed = await listForbund(database.db);
		expect(listed).toHaveLength(78);
		expect(listed.find((f) => f.name === 'Östra Södertörn')).toMatchObject({
			lan: 'Stockholm',
			omrade: 'öst',
			active: true
		});
	});

	it('changes nothing on a second start, keeping what NNS has corrected', async () => {
		await database.rows("update forbund set omrade = 'nord' where name = 'Östra Södertörn'");
		expect(await importRegisterIfEmpty(database.db, parseRegister())).toBe(0);
		const listed = await listForbund(database.db);
		expect(listed).toHaveLength(78);
		expect(listed.find((f) => f.name === 'Östra Södertörn')?.omrade).toBe('nord');
	});

	it('refuses a second förbund with the same name in other letter case', async () => {
		await expect(
			database.rows(
				"insert into forbund (name, lan, omrade) values ('östra södertörn', 'Stockholm', 'öst')"
			)
		).rejects.toThrow(/forbund_name_unique/);
	});
});
