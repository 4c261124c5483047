import { describe } from 'vitest';
import { itGivesFieldMessages } from '$test/forms';
import { registerSchema, saveRegisterSchema } from './register-form';

// The browser tests keep one case of each form (an empty name; an unknown område) and the name
// another förbund has, which needs the database.
describe('a new förbund in the register', () => {
	itGivesFieldMessages(registerSchema, [
		['no name', { name: '', lan: 'Skåne', omrade: 'syd' }, 'name', 'Skriv förbundets namn.'],
		['an unknown län', { name: 'Nytt', lan: 'Atlantis', omrade: 'syd' }, 'lan', 'Välj län.']
	]);
});

describe('a saved förbund in the register', () => {
	itGivesFieldMessages(
		saveRegisterSchema,
		[
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
		],
		['years']
	);
});
