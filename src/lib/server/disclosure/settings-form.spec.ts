import { describe, expect, it } from 'vitest';
import { formErrors, itGivesFieldMessages } from '$test/forms';
import { settingsSchema } from './settings-form';

// The browser tests keep one case of this form: the outside threshold below the inside one.
describe('the disclosure settings form', () => {
	itGivesFieldMessages(settingsSchema, [
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
	]);

	it('takes thresholds in order', async () => {
		expect(
			await formErrors(settingsSchema, { disclosureOutside: '5', disclosureInside: '3' })
		).toEqual({});
	});
});
