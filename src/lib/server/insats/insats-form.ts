import { z } from 'zod';
import { insatsTyper, parter } from '../db/schema';
import { choice, insatsYear, requiredText } from '../forms/form-fields';

/** An insats as a förbund admin enters it. */
export const insatsSchema = z
	.object({
		name: requiredText('Skriv insatsens namn.', 120),
		typ: choice(insatsTyper, 'Välj om insatsen är individ- eller strukturinriktad.'),
		parter: z
			.array(choice(parter, 'Välj parter ur listan.'))
			.min(1, 'Välj minst en part som deltar.'),
		startYear: insatsYear('Skriv startåret med fyra siffror, t.ex. 2024.'),
		endYear: z
			.union([z.literal('').transform(() => null), insatsYear('Skriv slutåret med fyra siffror.')])
			.optional()
			.transform((v) => v ?? null)
	})
	.refine((v) => v.endYear === null || v.endYear >= v.startYear, {
		path: ['endYear'],
		message: 'Slutåret kan inte vara före startåret.'
	});

export const insatsListFields = ['parter'];
