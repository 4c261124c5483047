import { fail } from '@sveltejs/kit';
import type { z } from 'zod';
import type { FieldErrors, FormFailure } from '../../form-failure';

export type { FieldErrors, FormFailure };

/** A form's fields as posted: a field that occurs more than once is a list. */
export type SubmittedValues = Record<string, string | string[]>;

/** Fields that are never echoed back to the browser. */
const secretField = /password|losenord/i;

export type FormResult<T> =
	| { ok: true; data: T; values: SubmittedValues }
	| { ok: false; errors: FieldErrors; values: SubmittedValues };

/** Form data as plain values: a field that occurs more than once becomes a list. */
function formValues(data: FormData): SubmittedValues {
	const values: SubmittedValues = {};
	for (const key of new Set(data.keys())) {
		// No form of ours has these; as keys of a plain object they could reach its prototype.
		if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
		const all = data.getAll(key).filter((v): v is string => typeof v === 'string');
		values[key] = all.length > 1 ? all : (all[0] ?? '');
	}
	return values;
}

/** The values that may go back to the browser after a failed post: everything but passwords. */
function safeValues(values: SubmittedValues): SubmittedValues {
	return Object.fromEntries(Object.entries(values).filter(([key]) => !secretField.test(key)));
}

/** Validates a posted form against a zod schema; errors keyed by field, first message each. */
export async function parseForm<S extends z.ZodType>(
	request: Request,
	schema: S,
	listFields: string[] = []
): Promise<FormResult<z.output<S>>> {
	const values = formValues(await request.formData());
	for (const field of listFields) {
		const value = values[field];
		values[field] =
			value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value];
	}
	const withNul = Object.keys(values).filter((key) =>
		[values[key]!].flat().some((v) => v.includes('\u0000'))
	);
	if (withNul.length > 0) {
		// PostgreSQL cannot store a NUL character, and no person types one: refuse every field
		// that has one, and echo none of them back.
		return {
			ok: false,
			errors: Object.fromEntries(
				withNul.map((key) => [key, 'Texten innehåller ett otillåtet tecken.'])
			),
			values: safeValues(
				Object.fromEntries(Object.entries(values).filter(([k]) => !withNul.includes(k)))
			)
		};
	}
	const parsed = schema.safeParse(values);
	if (parsed.success) return { ok: true, data: parsed.data, values: safeValues(values) };
	const errors: FieldErrors = {};
	for (const issue of parsed.error.issues) {
		const key = String(issue.path[0] ?? 'form');
		errors[key] ??= issue.message;
	}
	return { ok: false, errors, values: safeValues(values) };
}

/**
 * A refused post's payload in the one shape every admin page reads (`FormFailure`): texts and
 * lists apart, and never a password.
 */
export function formFailure(errors: FieldErrors, values: SubmittedValues = {}): FormFailure {
	const safe = Object.entries(safeValues(values));
	return {
		errors,
		values: Object.fromEntries(
			safe.filter((entry): entry is [string, string] => typeof entry[1] === 'string')
		),
		lists: Object.fromEntries(
			safe.filter((entry): entry is [string, string[]] => Array.isArray(entry[1]))
		)
	};
}

/** A rejected form: errors beside the fields, the safe values back, nothing changed. */
export function invalid(
	errors: FieldErrors,
	values: SubmittedValues = {},
	status: 400 | 404 | 409 | 410 | 429 = 400
) {
	return fail(status, formFailure(errors, values));
}
