import { describe, expect, it } from 'vitest';
import { addResponse, createRoundFixture } from '$test/builders';
import { engines, useTestDatabase } from '$test/database';
import { InstrumentLockedError } from './db/questionnaire-versions';
import { loadInstrument } from './instrument/load-instrument';
import { prepareDatabase } from './startup';

const instrument = loadInstrument('surveys');

describe.each(engines)('start-up on %s', (engine) => {
	// Unmigrated, and emptied of every schema before each test: start-up migrates it itself.
	const database = useTestDatabase(engine, { migrate: false });

	it('prepares an empty database once and changes nothing on the next start', async () => {
		const options = { instrument, demo: true, currentYear: 2026 };
		const first = await prepareDatabase(database, options);
		expect(first).toMatchObject({ registerImported: 78, demoSeeded: true });
		expect(first.instrument.added).toHaveLength(6);
		const second = await prepareDatabase(database, options);
		expect(second).toMatchObject({ registerImported: 0, demoSeeded: false });
		expect(second.instrument.unchanged).toHaveLength(6);
	});

	it('refuses to start when a questionnaire version with answers has been reworded', async () => {
		await prepareDatabase(database, { instrument, demo: false, currentYear: 2026 });
		await addResponse(
			database.db,
			await createRoundFixture(database.db, { questionnaireKey: 'chefer' }),
			{ 'i07-uppdrag': { value: 4 } }
		);
		const changed = structuredClone(instrument);
		changed.questionnaires.find((q) => q.key === 'chefer')!.title.sv = 'Ny titel';
		await expect(
			prepareDatabase(database, { instrument: changed, demo: false, currentYear: 2026 })
		).rejects.toBeInstanceOf(InstrumentLockedError);
	});
});
