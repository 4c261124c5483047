import { z } from 'zod';
import { lanNames } from '$lib/labels';
import { omraden } from '../db/schema';
import { checkbox, choice, requiredText, year } from '../forms/form-fields';

/** Name, län and område of a förbund, as NNS enters them. */
const registerFields = {
	name: requiredText('Skriv förbundets namn.', 120),
	lan: choice(lanNames, 'Välj län.'),
	omrade: choice(omraden, 'Välj område.')
};

export const registerSchema = z.object(registerFields);

/** A förbund's register entry as NNS saves it: also whether it is active, and its years. */
export const saveRegisterSchema = z.object({
	...registerFields,
	active: checkbox(),
	years: z.array(year('Välj år ur listan.')).max(100)
});
