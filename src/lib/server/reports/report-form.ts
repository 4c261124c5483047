import { z } from 'zod';
import { chapterKeys, type ReportTexts } from '$lib/reports/types';
import { checkbox } from '../forms/form-fields';

// Every field is sent by the form, even empty; a post without them is not from the form and must
// not wipe the texts.
const longText = (max: number) =>
	z
		.string({ error: 'Texten kom inte med. Ladda om sidan och försök igen.' })
		.max(max, `Skriv högst ${max} tecken.`)
		.transform((value) => value.replace(/\r\n/g, '\n').trim());

/** The texts NNS writes: a foreword and a comment per chapter, plain text. */
export const textsSchema = z
	.object({
		foreword: longText(6000),
		...Object.fromEntries(chapterKeys.map((key) => [`comment_${key}`, longText(3000)]))
	})
	.transform((form): ReportTexts => {
		const fields = form as Record<string, string>;
		return {
			foreword: fields.foreword ?? '',
			comments: Object.fromEntries(chapterKeys.map((key) => [key, fields[`comment_${key}`] ?? '']))
		};
	});

export const publishSchema = z.object({
	note: z
		.string()
		.max(2000, 'Skriv högst 2000 tecken.')
		.optional()
		.transform((value) => value?.trim() || null),
	confirm: checkbox().refine((checked) => checked, {
		message: 'Kryssa i att du vill publicera. En publicerad utgåva kan inte ändras.'
	})
});
