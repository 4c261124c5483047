import { z } from 'zod';
import { emailAddress } from '../forms/form-fields';
import { passwordMaxLength } from './password';

/** The sign-in form at /logga-in. */
export const loginSchema = z.object({
	email: emailAddress('Skriv din e-postadress.'),
	password: z
		.string({ error: 'Skriv ditt lösenord.' })
		.min(1, 'Skriv ditt lösenord.')
		.max(passwordMaxLength * 4, 'Lösenordet är för långt.')
});
