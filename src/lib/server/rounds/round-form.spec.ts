import { describe, expect, it } from 'vitest';
import { shippedInstrument } from '$test/builders';
import { formErrors } from '$test/forms';
import { roundListFields, roundSchema } from './round-form';

const questionnaire = shippedInstrument.questionnaires.find((q) => q.key === 'deltagare-pagaende')!;
const year = new Date().getFullYear();

/** A valid new round of this year, with `fields` changed. */
function roundFields(fields: Record<string, string | string[]> = {}) {
	return {
		questionnaire: 'deltagare-pagaende',
		year: `${year}`,
		insatsId: '1',
		opensOn: `${year}-01-01`,
		closesOn: `${year}-12-31`,
		expectedRespondents: '10',
		languages: ['en'],
		...fields
	};
}

describe('a new round', () => {
	it('takes a valid round', async () => {
		expect(await formErrors(roundSchema(questionnaire), roundFields(), roundListFields)).toEqual(
			{}
		);
	});

	// The browser tests keep one case of this form (the closing date before the opening date) and
	// the insats of another förbund, which needs the database.
	it.each<[Record<string, string | string[]>, string, string]>([
		[{ closesOn: '2019-12-31' }, 'closesOn', 'Slutdatumet kan inte vara före startdatumet.'],
		[{ insatsId: '' }, 'insatsId', 'Välj den insats som enkäten gäller.'],
		[{ expectedRespondents: '0' }, 'expectedRespondents', 'Antalet måste vara större än 0.'],
		[
			{ expectedRespondents: '3,5' },
			'expectedRespondents',
			'Skriv antalet som ett heltal utan decimaler, t.ex. 40.'
		],
		[{ opensOn: '2026-02-30' }, 'opensOn', 'Skriv startdatum i formen ÅÅÅÅ-MM-DD'],
		[{ languages: ['xx'] }, 'languages', 'Välj bara språk som enkäten finns på.'],
		[{ year: '26' }, 'year', 'Året måste vara 2017 eller senare.'],
		[
			{ opensOn: `${year + 4}-01-01`, closesOn: `${year + 5}-01-01` },
			'opensOn',
			`Omgången hör till ${year}: den måste öppna under ${year}.`
		]
	])('%j: %s says so', async (fields, field, message) => {
		const errors = await formErrors(
			roundSchema(questionnaire),
			roundFields(fields),
			roundListFields
		);
		expect(errors[field]).toMatch(new RegExp(`^${message}`));
	});
});
