import { describe } from 'vitest';
import { itGivesFieldMessages } from '$test/forms';
import { loginSchema } from './login-form';

// The browser tests keep one case of this form: an address that is not one (accounts.e2e.ts).
describe('the sign-in form', () => {
	itGivesFieldMessages(loginSchema, [
		[
			'an address that is not one',
			{ email: 'inte-en-adress', password: 'x' },
			'email',
			'Skriv e-postadressen i formen namn@exempel.se.'
		],
		['no password', { email: 'anna.lind@example.se' }, 'password', 'Skriv ditt lösenord.']
	]);
});
