import { describe, expect, it } from 'vitest';
import { formErrors } from '$test/forms';
import { settingsSchema } from './settings-form';

// The browser tests keep one case of this form: the outside threshold below the inside one.
describe('the disclosure settings form', () => {
	it.each<[string, Record<string, string>, string, string]>([
		[
			'outside below inside',
			{ disclosureOutside: '2', disclosureInside: '3' },
			'disclosureOutside',
			'Gränsen utanför förbundet får inte vara lägre än gränsen inom förbundet.'
		],
		[
			'not a number',
			{ disclosureOutside: '5', disclosureInside: 'tre' },
			'disclosureInside',
			'Skriv ett heltal, t.ex. 3.'
		]
	])('%s: the message beside the field', async (_, fields, field, message) => {
		expect((await formErrors(settingsSchema, fields))[field]).toBe(message);
	});

	it('takes thresholds in order', async () => {
		expect(
			await formErrors(settingsSchema, { disclosureOutside: '5', disclosureInside: '3' })
		).toEqual({});
	});
});
