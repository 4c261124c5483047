import { z } from 'zod';
import { wholeNumber } from '../forms/form-fields';

function threshold(message: string) {
	return wholeNumber(message, 3).pipe(
		z.number().min(1, 'Gränsen måste vara minst 1.').max(50, 'Gränsen får vara högst 50.')
	);
}

/** The disclosure thresholds NNS sets at /admin/installningar. */
export const settingsSchema = z
	.object({
		disclosureOutside: threshold('Skriv ett heltal, t.ex. 5.'),
		disclosureInside: threshold('Skriv ett heltal, t.ex. 3.')
	})
	.refine((s) => s.disclosureOutside >= s.disclosureInside, {
		path: ['disclosureOutside'],
		message: 'Gränsen utanför förbundet får inte vara lägre än gränsen inom förbundet.'
	});
