import { describe, expect, it } from 'vitest';
import { formErrors } from '$test/forms';
import { loginSchema } from './login-form';

// The browser tests keep one case of this form: an address that is not one (accounts.e2e.ts).
describe('the sign-in form', () => {
	it.each<[string, Record<string, string>, string, string]>([
		[
			'an address that is not one',
			{ email: 'inte-en-adress', password: 'x' },
			'email',
			'Skriv e-postadressen i formen namn@exempel.se.'
		],
		['no password', { email: 'anna.lind@example.se' }, 'password', 'Skriv ditt lösenord.']
	])('%s: the message beside the field', async (_, fields, field, message) => {
		expect((await formErrors(loginSchema, fields))[field]).toBe(message);
	});
});
