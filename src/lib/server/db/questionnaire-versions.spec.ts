import { describe, expect, it } from 'vitest';
import { addResponse, createRoundFixture } from '$test/builders';
import { engines, useTestDatabase } from '$test/database';
import type { Instrument } from '../../instrument/types';
import { loadInstrument } from '../instrument/load-instrument';
import { InstrumentLockedError, listVersions, syncInstrument } from './questionnaire-versions';

const shipped = loadInstrument('surveys');
const fresh = (): Instrument => structuredClone(shipped);

/** The instrument with one statement of `deltagare-avslut` reworded. */
function reworded(instrument = fresh()): Instrument {
	const questionnaire = instrument.questionnaires.find((q) => q.key === 'deltagare-avslut')!;
	questionnaire.statements[0]!.text.sv = 'Personalen var vänlig mot mig.';
	return instrument;
}

describe.each(engines)('questionnaire versions on %s', (engine) => {
	const database = useTestDatabase(engine);

	async function answer(questionnaireKey: string) {
		await addResponse(database.db, await createRoundFixture(database.db, { questionnaireKey }));
	}

	it('records each questionnaire once, and nothing on a second start', async () => {
		const first = await syncInstrument(database.db, fresh());
		expect(first.added).toHaveLength(6);
		const second = await syncInstrument(database.db, fresh());
		expect(second).toEqual({ added: [], updated: [], unchanged: first.added });
	});

	it('lets a version without answers be corrected', async () => {
		await syncInstrument(database.db, fresh());
		const report = await syncInstrument(database.db, reworded());
		expect(report.updated).toEqual(['deltagare-avslut 2026.1']);
		const [stored] = await listVersions(database.db, 'deltagare-avslut');
		expect(stored?.definition.questionnaire.statements[0]?.text.sv).toBe(
			'Personalen var vänlig mot mig.'
		);
	});

	it('refuses to change the wording of a version that has answers', async () => {
		await syncInstrument(database.db, fresh());
		await answer('deltagare-avslut');
		const attempt = syncInstrument(database.db, reworded());
		await expect(attempt).rejects.toBeInstanceOf(InstrumentLockedError);
		await expect(syncInstrument(database.db, reworded())).rejects.toThrow(
			/surveys\/deltagare-avslut\.yaml: version 2026\.1 har redan svar.*ny version \(till exempel 2026\.2\)/
		);
		const [stored] = await listVersions(database.db, 'deltagare-avslut');
		expect(stored?.definition.questionnaire.statements[0]?.text.sv).toBe(
			'Personalen bemötte mig med respekt.'
		);
	});

	it('refuses a changed scale or a changed key too', async () => {
		await syncInstrument(database.db, fresh());
		await answer('styrelse');
		const scaleChanged = fresh();
		scaleChanged.scales[0]!.labels.max.sv = 'Håller helt med';
		await expect(syncInstrument(database.db, scaleChanged)).rejects.toThrow(/styrelse\.yaml/);
		const keyChanged = fresh();
		keyChanged.questionnaires.find((q) => q.key === 'styrelse')!.statements[0]!.key = 'i11-ny';
		await expect(syncInstrument(database.db, keyChanged)).rejects.toThrow(/styrelse\.yaml/);
	});

	it('lets a translation move from draft to reviewed without a new version', async () => {
		await syncInstrument(database.db, fresh());
		await answer('deltagare-avslut');
		const instrument = fresh();
		instrument.questionnaires.find((q) => q.key === 'deltagare-avslut')!.languages.ar = 'reviewed';
		const report = await syncInstrument(database.db, instrument);
		expect(report.unchanged).toContain('deltagare-avslut 2026.1');
	});

	it('adds a new version beside one with answers and keeps the old one readable', async () => {
		await syncInstrument(database.db, fresh());
		await answer('deltagare-avslut');
		const next = reworded();
		next.questionnaires.find((q) => q.key === 'deltagare-avslut')!.version = '2026.2';
		const report = await syncInstrument(database.db, next);
		expect(report.added).toEqual(['deltagare-avslut 2026.2']);
		const versions = await listVersions(database.db, 'deltagare-avslut');
		expect(versions.map((v) => v.version)).toEqual(['2026.1', '2026.2']);
		expect(versions[0]?.definition.questionnaire.statements[0]?.text.sv).toBe(
			'Personalen bemötte mig med respekt.'
		);
		// The key is kept across versions, so trends join the two.
		expect(versions[1]?.definition.questionnaire.statements[0]?.key).toBe(
			versions[0]?.definition.questionnaire.statements[0]?.key
		);
	});
});
