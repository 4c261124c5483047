import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formFailure, parseForm } from './parse-form';

const post = (fields: Record<string, string>) =>
	new Request('http://localhost/', { method: 'POST', body: new URLSearchParams(fields) });

describe('parseForm', () => {
	it('refuses a NUL character beside its field, and never echoes it back', async () => {
		const result = await parseForm(
			post({ name: 'Anna\u0000', email: 'a@example.se' }),
			z.object({ name: z.string(), email: z.string() })
		);
		expect(result.ok).toBe(false);
		expect(result.ok ? null : result.errors).toEqual({
			name: 'Texten innehåller ett otillåtet tecken.'
		});
		expect(result.values).toEqual({ email: 'a@example.se' });
	});

	it('never echoes a password', async () => {
		const result = await parseForm(
			post({ email: 'x', password: 'hemligt' }),
			z.object({ email: z.email() })
		);
		expect(result.values).toEqual({ email: 'x' });
	});

	it('sends a refusal back in one shape: texts and lists apart, never a password', () => {
		expect(
			formFailure(
				{ name: 'Skriv ett namn.' },
				{ name: '', languages: ['sv', 'en'], password: 'hemligt', newPassword: ['a', 'b'] }
			)
		).toEqual({
			errors: { name: 'Skriv ett namn.' },
			values: { name: '' },
			lists: { languages: ['sv', 'en'] }
		});
		expect(formFailure({ form: 'Fel.' })).toEqual({
			errors: { form: 'Fel.' },
			values: {},
			lists: {}
		});
	});
});
