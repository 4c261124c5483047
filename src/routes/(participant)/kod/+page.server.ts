import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { db } from '$lib/server/db';
import { stockholmToday } from '$lib/dates';
import { formatWait } from '$lib/format';
import { findReachableRoundToken } from '$lib/server/db/rounds';
import { getInstrument } from '$lib/server/instrument';
import { codeHints } from '$lib/server/participant/code-hints';
import { codeThrottle } from '$lib/server/participant/code-throttle';
import { noStore } from '$lib/server/participant/load-round';
import { readFormWithLimit } from '$lib/server/participant/read-form';
import { trustedClientKey } from '$lib/server/throttle/client-key';
import {
	codeAlphabet,
	codeLength,
	isWellFormedShortCode,
	normalizeShortCode
} from '$lib/server/rounds/round-credentials';
import type { Actions, PageServerLoad } from './$types';

const wrongLength = 'Koden ska vara sex tecken, till exempel K7M3PX.';
const wrongCharacters = `Koden innehåller tecken som enkätkoder aldrig har. Koderna består av bokstäverna ${[
	...codeAlphabet
]
	.filter((c) => /[A-Z]/.test(c))
	.join(' ')} och siffrorna ${[...codeAlphabet].filter((c) => /\d/.test(c)).join(' ')}.`;

const codeForm = z.object({
	kod: z
		.string({ error: 'Skriv enkätkoden.' })
		.max(40, wrongLength)
		.transform(normalizeShortCode)
		.refine((code) => code.length > 0, 'Skriv enkätkoden.')
		.refine((code) => code.length === codeLength, wrongLength)
		.refine(isWellFormedShortCode, wrongCharacters)
});

export const load = (({ setHeaders }) => {
	setHeaders(noStore);
	return { hints: codeHints(getInstrument()) };
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request }) => {
		// Null unless the operator named a trusted proxy header: see `trustedClientKey`.
		const client = trustedClientKey(request.headers);
		const body = await readFormWithLimit(request, 4096);
		if (!body.ok) return fail(body.status, { value: '', error: 'Skriv enkätkoden.' });
		const raw = body.form.get('kod');
		// What was typed stays in the field, also while the person has to wait.
		const value = typeof raw === 'string' ? raw.slice(0, 40) : '';
		const wait = codeThrottle.waitFor(client);
		if (wait.ms > 0) {
			const seconds = Math.ceil(wait.ms / 1000);
			return fail(429, {
				value,
				error:
					wait.cause === 'client'
						? `Du har skrivit fel kod flera gånger. Vänta ${formatWait(seconds)} och försök sedan igen.`
						: `Just nu kommer det in ovanligt många felaktiga koder. Vänta ${formatWait(seconds)} och försök igen, eller använd länken eller QR-koden på affischen.`
			});
		}
		const parsed = codeForm.safeParse({ kod: typeof raw === 'string' ? raw : undefined });
		if (!parsed.success) {
			// An empty or malformed code names no round: it guesses nothing and costs nothing.
			return fail(400, { value, error: parsed.error.issues[0]?.message ?? 'Skriv enkätkoden.' });
		}
		const token = await findReachableRoundToken(db, parsed.data.kod, stockholmToday());
		if (!token) {
			codeThrottle.recordFailure(client);
			return fail(404, {
				value,
				error: 'Vi hittar ingen enkät med den koden. Kontrollera koden och försök igen.'
			});
		}
		redirect(303, `/e/${token}`);
	}
} satisfies Actions;
