import { z } from 'zod';

/**
 * The shape of the files in surveys/. Structure only: the cross-checks (languages complete,
 * indicators measured, keys unique) live in validate-instrument.ts, so that each error can name
 * the exact path.
 */
const key = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and -');
const localized = z.record(z.string(), z.string().trim().min(1, 'empty'));
const version = z.string().regex(/^\d{4}\.\d+$/, "must look like '2026.1'");

export const instrumentFile = z.strictObject({
	version,
	languages: z
		.array(
			z.strictObject({
				code: z.string().regex(/^[a-z]{2,12}$/, 'must be lowercase letters'),
				lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a BCP 47 tag'),
				dir: z.enum(['ltr', 'rtl']),
				name: z.string().trim().min(1, 'empty')
			})
		)
		.min(1),
	scales: z
		.array(
			z.strictObject({
				key,
				min: z.number().int(),
				max: z.number().int(),
				positiveFrom: z.number().int(),
				labels: z.strictObject({ min: localized, max: localized }),
				dontKnow: localized
			})
		)
		.min(1),
	indicators: z
		.array(
			z.strictObject({
				code: z.string().regex(/^I\d{2}$/, "must look like 'I01'"),
				name: localized,
				description: localized,
				measuredIn: z.array(z.string())
			})
		)
		.min(1),
	phrases: z.record(z.string(), z.record(z.string(), z.string().trim().min(1, 'empty')))
});
export type InstrumentFile = z.infer<typeof instrumentFile>;

export const questionnaireFile = z.strictObject({
	key,
	version,
	scale: key,
	minutes: z.number().int().min(1).max(30),
	languages: z.record(z.string(), z.enum(['reviewed', 'draft'])),
	title: localized,
	introduction: z.strictObject({ purpose: localized, anonymity: localized }),
	background: z.array(
		z.strictObject({
			key,
			label: localized,
			options: z.array(z.strictObject({ key, label: localized })).min(2)
		})
	),
	statements: z
		.array(
			z.strictObject({
				key,
				indicator: z.string(),
				required: z.boolean().default(true),
				scale: key.optional(),
				text: localized
			})
		)
		.min(1)
});
export type QuestionnaireFile = z.infer<typeof questionnaireFile>;
