import { describe } from 'vitest';
import { itGivesFieldMessages } from '$test/forms';
import { insatsListFields, insatsSchema } from './insats-form';

// The browser tests keep one case of each form that uses this schema (no parter when creating,
// an unknown type when saving).
describe('the insats form', () => {
	itGivesFieldMessages(
		insatsSchema,
		[
			[
				'no parter',
				{ name: 'Ny insats', typ: 'individ', startYear: '2024' },
				'parter',
				'Välj minst en part som deltar.'
			],
			[
				'an end before the start',
				{ name: 'Ny insats', typ: 'individ', parter: 'kommun', startYear: '2024', endYear: '2020' },
				'endYear',
				'Slutåret kan inte vara före startåret.'
			],
			[
				'an unknown type',
				{ name: 'X', typ: 'okänd', parter: 'kommun', startYear: '2024' },
				'typ',
				'Välj om insatsen är individ- eller strukturinriktad.'
			]
		],
		insatsListFields
	);
});
