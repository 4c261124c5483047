import { describe } from 'vitest';
import { itGivesFieldMessages } from '$test/forms';
import { profileSchema } from './profile-form';

// The browser tests keep one case of this form: a contact address that is not one.
describe('a förbund’s profile form', () => {
	itGivesFieldMessages(profileSchema, [
		[
			'a contact address that is not one',
			{ contactEmail: 'kontakt', website: '' },
			'contactEmail',
			'Skriv e-postadressen i formen namn@exempel.se.'
		],
		[
			'a website that is not on the web',
			{ website: 'ftp://x' },
			'website',
			'Skriv webbadressen i formen https://www.exempel.se.'
		]
	]);
});
