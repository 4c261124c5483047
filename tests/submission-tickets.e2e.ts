import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/lib/server/db/connect';
import { createRoundFixture, type RoundFixture } from '$test/builders';
import { browserEngine } from '$test/database';
import { postForm, ticketFor, validBody } from '$test/participant';
import { startServer, type RunningServer } from '$test/server';

async function responseCount(database: Database, roundId: number): Promise<number> {
	const [row] = await database.rows<{ n: number }>(
		`select count(*)::int as n from response where round_id = ${roundId}`
	);
	return row?.n ?? 0;
}

// Ballot stuffing (issue 13.11) is about what the server accepts over HTTP, not about storage,
// which the participant suite checks on both engines: one engine here, PostgreSQL when there.
describe(`submission tickets and the submit limit on ${browserEngine}`, () => {
	let server: RunningServer;
	let url: string;
	let first: RoundFixture;
	let second: RoundFixture;
	beforeAll(async () => {
		server = await startServer(browserEngine, {
			demo: false,
			env: { CLIENT_ADDRESS_HEADER: 'x-real-ip' },
			prepare: async (database) => {
				first = await createRoundFixture(database.db);
				second = await createRoundFixture(database.db, { forbundName: 'Andra förbundet' });
			}
		});
		url = server.url;
	});
	afterAll(async () => {
		await server?.stop();
	});

	const post = (round: RoundFixture, body: URLSearchParams, address: string) =>
		postForm(url, `/e/${round.token}/sv?/skicka`, body, undefined, { 'x-real-ip': address });

	it('stores nothing under an id the client made up or a ticket of another round', async () => {
		const madeUp = await post(first, validBody(randomUUID()), '10.1.0.1');
		expect(madeUp.status).toBe(400);
		expect(await madeUp.text()).toContain('Formuläret gick inte att skicka');
		const otherRound = await post(first, validBody(await ticketFor(url, second.token)), '10.1.0.1');
		expect(otherRound.status).toBe(400);
		const own = await post(first, validBody(await ticketFor(url, first.token)), '10.1.0.1');
		expect(own.status).toBe(303);
	});

	it('slows one address after 40 stored answers, answers kept, while others go on', async () => {
		for (let i = 0; i < 39; i++) {
			const response = await post(
				second,
				validBody(await ticketFor(url, second.token)),
				'10.2.0.1'
			);
			expect(response.status).toBe(303);
		}
		// The 40th from this address is stored, the 41st must wait.
		expect(
			(await post(second, validBody(await ticketFor(url, second.token)), '10.2.0.1')).status
		).toBe(303);
		const slowed = await post(second, validBody(await ticketFor(url, second.token)), '10.2.0.1');
		expect(slowed.status).toBe(429);
		const html = await slowed.text();
		expect(html).toContain('Svaren kunde inte tas emot just nu. Dina svar finns kvar.');
		expect(html).toMatch(
			/name="s\.[^"]+" value="4"[^>]*checked|checked[^>]*name="s\.[^"]+" value="4"/
		);
		// Someone else on another address is not slowed.
		expect(
			(await post(second, validBody(await ticketFor(url, second.token)), '10.2.0.2')).status
		).toBe(303);

		expect(await server.inspect((d) => responseCount(d, second.roundId))).toBe(41);
		expect(await server.inspect((d) => responseCount(d, first.roundId))).toBe(1);
	});
});
