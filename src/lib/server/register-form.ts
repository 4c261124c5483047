import { z } from 'zod';
import { lanNames } from '$lib/labels';
import { omraden } from './db/schema';
import { choice, requiredText } from './form-fields';

/** Name, län and område of an association, as NNS enters them. */
export const registerFields = {
	name: requiredText('Skriv förbundets namn.', 120),
	lan: choice(lanNames, 'Välj län.'),
	omrade: choice(omraden, 'Välj område.')
};

export const registerSchema = z.object(registerFields);
