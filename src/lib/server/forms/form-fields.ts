import { z } from 'zod';

// Any message a field below does not set itself still comes out in Swedish.
z.config(z.locales.sv());

/** A required line of text. */
export function requiredText(missing: string, max = 200) {
	return z.string({ error: missing }).trim().min(1, missing).max(max, `Skriv högst ${max} tecken.`);
}

/** An optional line of text; empty becomes null. */
export function optionalText(max = 500) {
	return z
		.string()
		.trim()
		.max(max, `Skriv högst ${max} tecken.`)
		.optional()
		.transform((value) => (value ? value : null));
}

export function emailAddress(missing = 'Skriv en e-postadress.') {
	return z
		.string({ error: missing })
		.trim()
		.toLowerCase()
		.min(1, missing)
		.max(254, 'E-postadressen är för lång.')
		.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'Skriv e-postadressen i formen namn@exempel.se.');
}

/** The largest PostgreSQL `integer`. */
const maxInteger = 2147483647;

/**
 * A whole number written as digits only: no exponent (`2.026e3`), sign, decimals or spaces
 * inside, so that what passes is what the person typed.
 */
export function wholeNumber(message: string, maxLength = 9) {
	return z
		.union([z.string(), z.number()], { error: message })
		.transform((value) => String(value).trim())
		.refine((value) => new RegExp(`^[0-9]{1,${maxLength}}$`).test(value), message)
		.transform(Number);
}

/** A database id from a form or URL, within PostgreSQL's integer. */
export function recordId(message = 'Välj en post.') {
	return wholeNumber(message, 10).pipe(
		z.number().int(message).positive(message).max(maxInteger, message)
	);
}

export const firstYear = 2017;
export const lastYear = 2100;

export function year(message: string) {
	return wholeNumber(message, 4).pipe(
		z
			.number()
			.int(message)
			.min(firstYear, `Året måste vara ${firstYear} eller senare.`)
			.max(lastYear, `Året måste vara ${lastYear} eller tidigare.`)
	);
}

/**
 * The first year of an insats: samordningsförbund exist since 2004 (FINSAM), and an insats
 * that began before the indicators (2017) is still registered with its true start.
 */
const firstInsatsYear = 2004;

export function insatsYear(message: string) {
	return wholeNumber(message, 4).pipe(
		z
			.number()
			.int(message)
			.min(
				firstInsatsYear,
				`Året måste vara ${firstInsatsYear} eller senare: samordningsförbund finns sedan ${firstInsatsYear}.`
			)
			.max(lastYear, `Året måste vara ${lastYear} eller tidigare.`)
	);
}

export function choice<const T extends readonly [string, ...string[]]>(values: T, message: string) {
	return z.enum(values, { error: message });
}

export function checkbox() {
	return z
		.string()
		.optional()
		.transform((value) => value === 'on' || value === 'true');
}
