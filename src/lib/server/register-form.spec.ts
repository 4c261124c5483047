import { describe, expect, it } from 'vitest';
import { formErrors } from '$test/forms';
import { registerSchema, saveRegisterSchema } from './register-form';

// The browser tests keep one case of each form (an empty name; an unknown område) and the name
// another association has, which needs the database.
describe('the association register forms', () => {
	it.each<[string, Record<string, string>, string, string]>([
		['no name', { name: '', lan: 'Skåne', omrade: 'syd' }, 'name', 'Skriv förbundets namn.'],
		['an unknown län', { name: 'Nytt', lan: 'Atlantis', omrade: 'syd' }, 'lan', 'Välj län.']
	])('a new one, %s: the message beside the field', async (_, fields, field, message) => {
		expect((await formErrors(registerSchema, fields))[field]).toBe(message);
	});

	it.each<[string, Record<string, string | string[]>, string, string]>([
		[
			'an unknown område',
			{ name: 'Östra Södertörn', lan: 'Stockholm', omrade: 'mitt' },
			'omrade',
			'Välj område.'
		],
		[
			'a year before the indicators',
			{ name: 'Östra Södertörn', lan: 'Stockholm', omrade: 'öst', years: ['2016'] },
			'years',
			'Året måste vara 2017 eller senare.'
		]
	])('a saved one, %s: the message beside the field', async (_, fields, field, message) => {
		expect((await formErrors(saveRegisterSchema, fields, ['years']))[field]).toBe(message);
	});
});
