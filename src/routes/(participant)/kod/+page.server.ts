import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { db } from '$lib/server/db';
import { findRoundTokenByCode } from '$lib/server/db/rounds';
import { codeThrottle } from '$lib/server/participant/code-throttle';
import { noStore } from '$lib/server/participant/load-round';
import { readFormWithLimit } from '$lib/server/participant/read-form';
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

/** "1 sekund", "2 sekunder". */
function seconds(n: number): string {
	return `${n} ${n === 1 ? 'sekund' : 'sekunder'}`;
}

export const load = (({ setHeaders }) => {
	setHeaders(noStore);
	return {};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, getClientAddress }) => {
		const client = getClientAddress();
		const body = await readFormWithLimit(request, 4096);
		if (!body.ok) return fail(body.status, { value: '', error: 'Skriv enkätkoden.' });
		const raw = body.form.get('kod');
		// What was typed stays in the field, also while the person has to wait.
		const value = typeof raw === 'string' ? raw.slice(0, 40) : '';
		const waitMs = codeThrottle.waitFor(client);
		if (waitMs > 0) {
			return fail(429, {
				value,
				error: `Du har skrivit fel kod flera gånger. Vänta ${seconds(Math.ceil(waitMs / 1000))} och försök sedan igen.`
			});
		}
		const parsed = codeForm.safeParse({ kod: typeof raw === 'string' ? raw : undefined });
		if (!parsed.success) {
			// An empty submit guesses nothing and costs nothing.
			if (value.trim() !== '') codeThrottle.recordFailure(client);
			return fail(400, { value, error: parsed.error.issues[0]?.message ?? 'Skriv enkätkoden.' });
		}
		const token = await findRoundTokenByCode(db, parsed.data.kod);
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
