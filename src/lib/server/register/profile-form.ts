import { z } from 'zod';
import { optionalText } from '../forms/form-fields';

/** What a förbund's admin tells about it on its profile page. */
export const profileSchema = z.object({
	contactEmail: optionalText(254).refine(
		(v) => v === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
		'Skriv e-postadressen i formen namn@exempel.se.'
	),
	website: optionalText(300).refine(
		(v) => v === null || /^https?:\/\/[^\s]+\.[^\s]+$/.test(v),
		'Skriv webbadressen i formen https://www.exempel.se.'
	),
	description: optionalText(2000)
});
