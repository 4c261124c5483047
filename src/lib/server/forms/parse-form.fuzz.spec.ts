import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shippedInstrument } from '$test/builders';
import { parseForm } from './parse-form';
import { insatsSchema } from '../insats/insats-form';
import { inviteAnySchema, inviteToForbundSchema } from '../users/invite-form';
import { roundSchema } from '../rounds/round-form';

const schemas = {
	invite: inviteToForbundSchema,
	inviteAny: inviteAnySchema,
	insats: insatsSchema,
	round: roundSchema(shippedInstrument.questionnaires[0]!)
};
const names = [
	'email',
	'name',
	'role',
	'forbundId',
	'typ',
	'parter',
	'startYear',
	'endYear',
	'year',
	'insatsId',
	'opensOn',
	'closesOn',
	'expectedRespondents',
	'languages',
	'password',
	'__proto__'
];
const hostile = fc.oneof(
	fc.string(),
	fc.constantFrom(
		'\u0000',
		'2.026e3',
		'2147483648',
		'99999999999',
		'-1',
		'3,5',
		'<b>x</b>',
		"' or 1=1 --",
		'x'.repeat(5000),
		'2026',
		'admin',
		'a@b.se'
	)
);

describe('admin forms under hostile input', () => {
	it('never throw, never echo a password or a NUL, and let through only valid ids and years', async () => {
		let refused = 0;
		await fc.assert(
			fc.asyncProperty(
				fc.constantFrom(...(Object.keys(schemas) as (keyof typeof schemas)[])),
				fc.array(fc.tuple(fc.constantFrom(...names), hostile), { maxLength: 16 }),
				async (schema, fields) => {
					const body = new URLSearchParams();
					for (const [name, value] of fields) body.append(name, value);
					const request = new Request('http://localhost/', { method: 'POST', body });
					const result = await parseForm(request, schemas[schema], ['parter', 'languages']);
					expect(Object.keys(result.values)).not.toContain('password');
					expect(JSON.stringify(result.values)).not.toContain('\\u0000');
					if (!result.ok) {
						refused += 1;
						return;
					}
					for (const [key, value] of Object.entries(result.data as Record<string, unknown>)) {
						if (typeof value === 'number' && /Id$/.test(key)) {
							expect(value >= 1 && value <= 2147483647).toBe(true);
						}
						if (typeof value === 'number' && /year$/i.test(key)) {
							expect(value >= 2017 && value <= 2100).toBe(true);
						}
					}
				}
			),
			{ numRuns: 400 }
		);
		expect(refused).toBeGreaterThan(0);
	});
});
