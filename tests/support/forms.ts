import { expect, it } from 'vitest';
import type { z } from 'zod';
import { parseForm, type FieldErrors } from '../../src/lib/server/forms/parse-form';

/**
 * The field errors a form's schema gives a post of these fields, read the way the action reads
 * them (`parseForm` on a real form body): the unit-test face of a form's validation. Each
 * message shown beside a field is checked here; one case per form in the browser tests checks
 * that the page shows it beside the field, links it from the summary, and changes nothing.
 */
export async function formErrors(
	schema: z.ZodType,
	fields: Record<string, string | string[]>,
	listFields: string[] = []
): Promise<FieldErrors> {
	const body = new FormData();
	for (const [key, value] of Object.entries(fields)) {
		for (const v of [value].flat()) body.append(key, v);
	}
	const request = new Request('http://localhost/', { method: 'POST', body });
	const result = await parseForm(request, schema, listFields);
	return result.ok ? {} : result.errors;
}

/** A case of a form's validation: its name, the fields posted, the field that errs, its message. */
export type FieldMessageCase = [string, Record<string, string | string[]>, string, string];

/** One test per case: posting `fields` puts exactly `message` beside `field`. */
export function itGivesFieldMessages(
	schema: z.ZodType,
	cases: FieldMessageCase[],
	listFields: string[] = []
): void {
	it.each(cases)('%s: the message beside the field', async (_, fields, field, message) => {
		expect((await formErrors(schema, fields, listFields))[field]).toBe(message);
	});
}
