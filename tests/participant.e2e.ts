import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoHorizontalScroll, newPage, useBrowser, screenshot } from '$test/browser';
import { createRoundFixture, type RoundFixture } from '$test/builders';
import { engines } from '$test/database';
import {
	answerVisible,
	answerWithJavaScript,
	chosenValue,
	pagaende,
	postForm,
	requiredStatements,
	submissionId,
	ticketFor,
	validBody
} from '$test/participant';
import { startServer, type RunningServer } from '$test/server';
import type { Database } from '../src/lib/server/db/connect';

const browser = useBrowser();

interface Rounds {
	open: RoundFixture;
	closed: RoundFixture;
	future: RoundFixture;
}

async function responseCount(database: Database, roundId: number): Promise<number> {
	const [row] = await database.rows<{ n: number }>(
		`select count(*)::int as n from response where round_id = ${roundId}`
	);
	return row?.n ?? 0;
}

async function storedSubmissions(database: Database, roundId: number): Promise<string[]> {
	const rows = await database.rows<{ id: string }>(
		`select submission_id::text as id from response where round_id = ${roundId}`
	);
	return rows.map((r) => r.id).sort();
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The id a response is stored under: a submission ticket's UUID (`<uuid>.<issued>.<mac>`). */
const storedId = (ticket: string) => ticket.split('.')[0]!;

/** How many responses were stored under these submissions (ids that are not UUIDs never are). */
async function storedCount(database: Database, tickets: string[]): Promise<number> {
	const list = tickets.map(storedId).filter((id) => uuid.test(id));
	if (list.length === 0) return 0;
	const [row] = await database.rows<{ n: number }>(
		`select count(*)::int as n from response where submission_id in (${list.map((id) => `'${id}'`).join(', ')})`
	);
	return row?.n ?? 0;
}

// On both engines, unlike the screens elsewhere: `npm start` stores answers in the embedded
// PGlite by default, and this file proves on it, through the app, what the participant's answers
// depend on: each stored exactly once, drafts kept and a lost send retried without a duplicate.
describe.each(engines)('the participant path on %s', (engine) => {
	let server: RunningServer;
	let rounds: Rounds;
	let url: string;
	/** The submissions the tests sent that the open round must hold, once each. */
	const expectedSubmissions = new Set<string>();
	/** Checks on the server's database not run yet (see `checkStored`). */
	const pendingChecks: ((database: Database) => Promise<void>)[] = [];
	/**
	 * Checks what the server stored, on its own database. On PostgreSQL the check runs now, over
	 * a second connection beside the app's. PGlite is opened by one process at a time, so there
	 * the checks wait for this file's last test, which stops the app once and runs them all.
	 */
	const checkStored = async (check: (database: Database) => Promise<void>) => {
		if (server.engine === 'postgres') await server.inspect(check);
		else pendingChecks.push(check);
	};
	/** The submission is in the open round exactly once. */
	const expectStoredOnce = (ticket: string) => {
		const id = storedId(ticket);
		expectedSubmissions.add(id);
		return checkStored(async (database) => {
			expect(await storedCount(database, [id]), `submission ${id}`).toBe(1);
		});
	};
	beforeAll(async () => {
		server = await startServer(engine, {
			demo: false,
			// As behind a proxy the operator trusts: the tests play clients by this header.
			env: { CLIENT_ADDRESS_HEADER: 'x-real-ip' },
			prepare: async (database) => {
				rounds = {
					open: await createRoundFixture(database.db),
					closed: await createRoundFixture(database.db, {
						opensOn: '2020-01-01',
						closesOn: '2020-12-31'
					}),
					future: await createRoundFixture(database.db, {
						opensOn: '2099-01-01',
						closesOn: '2099-12-31'
					})
				};
			}
		});
		url = server.url;
	});
	afterAll(async () => {
		await server?.stop();
	});

	it('takes a participant through landing, language choice and the paged questionnaire with JavaScript', async () => {
		const { context, page } = await newPage(browser(), 'phone');
		let sent = '';
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		try {
			await page.goto(`${url}/e/${rounds.open.token}`);
			await expect(page.locator('h1').textContent()).resolves.toBe(
				'Deltagarenkät – under insatsen'
			);
			await expect(page.locator('.asked-by').textContent()).resolves.toContain('Testförbundet');
			await page.locator('a[hreflang="sv"]').first().click();
			await page.waitForURL(`**/e/${rounds.open.token}/sv`);
			await expect(page.locator('.progress').textContent()).resolves.toMatch(/Sida 1 av \d/);
			sent = await answerWithJavaScript(page);
			await page.waitForURL(new RegExp(`/e/${rounds.open.token}/sv/tack\\?kvitto=`));
			await expect(page.locator('h1').textContent()).resolves.toBe('Tack för dina svar!');
			expect(await context.cookies()).toEqual([]);
			expect(requests.every((r) => r.startsWith(url))).toBe(true);
		} finally {
			await context.close();
		}
		const id = storedId(sent);
		expectedSubmissions.add(id);
		await checkStored(async (database) => {
			const responses = await database.rows<Record<string, unknown>>(
				`select language, source, submitted_on::text as submitted_on, background from response where submission_id = '${id}'`
			);
			const answers = await database.rows<{
				statement_key: string;
				value: number | null;
				dont_know: boolean;
			}>(
				`select a.statement_key, a.value, a.dont_know from answer a join response r on r.id = a.response_id where r.submission_id = '${id}'`
			);
			expectFirstResponse({ responses, answers });
		});
	});

	/** The JavaScript walk's response, as stored: its background and every statement's answer. */
	function expectFirstResponse(stored: {
		responses: Record<string, unknown>[];
		answers: { statement_key: string; value: number | null; dont_know: boolean }[];
	}) {
		expect(stored.responses).toHaveLength(1);
		expect(stored.responses[0]).toMatchObject({
			language: 'sv',
			source: 'web',
			submitted_on: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)
		});
		expect(Object.keys(stored.responses[0]!.background as object).sort()).toEqual(
			pagaende.background.map((b) => b.key).sort()
		);
		expect(stored.answers).toHaveLength(pagaende.statements.length);
		const third = stored.answers.find((a) => a.statement_key === pagaende.statements[2]!.key);
		expect(third).toEqual({
			statement_key: pagaende.statements[2]!.key,
			value: null,
			dont_know: true
		});
		const first = stored.answers.find((a) => a.statement_key === pagaende.statements[0]!.key);
		expect(first?.value).toBe(Number(chosenValue(0)));
	}

	it('works completely without JavaScript, in lättläst svenska', async () => {
		const { context, page } = await newPage(browser(), 'phone', { javaScriptEnabled: false });
		let sent = '';
		try {
			await page.goto(`${url}/e/${rounds.open.token}/lattlast`);
			// One page with every statement and a single submit button.
			expect(await page.locator('fieldset.answer-question:visible').count()).toBe(
				pagaende.statements.length + pagaende.background.length
			);
			await answerVisible(page);
			sent = await submissionId(page);
			await page.locator('button[type="submit"]').click();
			await page.waitForURL(new RegExp(`/e/${rounds.open.token}/lattlast/tack\\?kvitto=`));
		} finally {
			await context.close();
		}
		await expectStoredOnce(sent);
	});

	it('reaches the round through the short code, typed in lower case with spaces', async () => {
		const { context, page } = await newPage(browser(), 'phone');
		try {
			await page.goto(`${url}/kod`);
			const typed = `${rounds.open.code.slice(0, 3)} ${rounds.open.code.slice(3)}`.toLowerCase();
			await page.fill('#kod', typed);
			await page.click('button[type="submit"]');
			await page.waitForURL(`**/e/${rounds.open.token}`);
			await expect(page.locator('h1').textContent()).resolves.toBe(
				'Deltagarenkät – under insatsen'
			);
		} finally {
			await context.close();
		}
	});

	it('stores a double submit once and answers both with the thank-you page', async () => {
		const body = validBody(await ticketFor(url, rounds.open.token));
		const action = `/e/${rounds.open.token}/sv?/skicka`;
		const [first, second] = await Promise.all([
			postForm(url, action, new URLSearchParams(body)),
			postForm(url, action, new URLSearchParams(body))
		]);
		const third = await postForm(url, action, new URLSearchParams(body));
		for (const response of [first, second, third]) {
			expect(response.status).toBe(303);
			expect(response.headers.get('location')).toMatch(
				new RegExp(`^/e/${rounds.open.token}/sv/tack\\?kvitto=[A-Za-z0-9_-]+$`)
			);
		}
		await expectStoredOnce(body.get('submission')!);
	});

	it('retries a send whose connection failed, and a send whose answer was lost, storing once', async () => {
		const { context, page } = await newPage(browser(), 'phone');
		let sent = '';
		let posts = 0;
		await page.route('**/e/*/en?/skicka', async (route) => {
			posts++;
			if (posts === 1) return route.abort('internetdisconnected');
			if (posts === 2) {
				// The server stores the answers, but the reply never reaches the phone.
				await route.fetch();
				return route.abort('connectionreset');
			}
			return route.continue();
		});
		try {
			await page.goto(`${url}/e/${rounds.open.token}/en`);
			sent = await answerWithJavaScript(page);
			await page.waitForURL(new RegExp(`/e/${rounds.open.token}/en/tack\\?kvitto=`), {
				timeout: 20_000
			});
		} finally {
			await context.close();
		}
		expect(posts).toBe(3);
		await expectStoredOnce(sent);
	});

	it('lets the next person on a shared phone start over, with nothing of the last one', async () => {
		const { context, page } = await newPage(browser(), 'phone');
		try {
			await page.goto(`${url}/e/${rounds.open.token}/sv`);
			await page.waitForSelector('.progress');
			// Without JavaScript too, Back must not restore answers: the browser is told not to.
			expect(await page.locator('form[data-questionnaire]').getAttribute('autocomplete')).toBe(
				'off'
			);
			await answerVisible(page);
			const firstId = await page.locator('input[name="submission"]').inputValue();
			await page.locator('button:has-text("Börja om")').click();
			expect(await page.locator('form[data-questionnaire] input:checked').count()).toBe(0);
			expect(await page.locator('input[name="submission"]').inputValue()).not.toBe(firstId);
			await page.reload();
			await page.waitForSelector('.progress');
			expect(await page.locator('form[data-questionnaire] input:checked').count()).toBe(0);
		} finally {
			await context.close();
		}
	});

	it('keeps the answers and the page through a reload', async () => {
		const { context, page } = await newPage(browser(), 'phone');
		try {
			await page.goto(`${url}/e/${rounds.open.token}/sv`);
			await page.waitForSelector('.progress');
			await answerVisible(page);
			await page.locator('.actions button[type="button"]').last().click();
			await page.waitForSelector('text=/Sida 2 av/');
			await answerVisible(page);
			const onPage = await page.locator('fieldset.answer-question:visible input:checked').count();
			await page.reload();
			await page.waitForSelector('.progress');
			await expect(page.locator('.progress').textContent()).resolves.toMatch(/Sida 2 av/);
			expect(await page.locator('fieldset.answer-question:visible input:checked').count()).toBe(
				onPage
			);
			// "Tillbaka" looks unlike "Nästa" (it was a filled button once), and both are 48 px.
			const looks = await page.locator('.actions button').evaluateAll((buttons) =>
				buttons.map((b) => {
					const style = getComputedStyle(b);
					return { background: style.backgroundColor, height: b.getBoundingClientRect().height };
				})
			);
			expect(looks).toHaveLength(2);
			expect(looks[0]!.background).not.toBe(looks[1]!.background);
			expect(Math.min(...looks.map((l) => l.height))).toBeGreaterThanOrEqual(48);
			await page.locator('.actions button.button-secondary').click();
			expect(await page.locator('fieldset.answer-question:visible input:checked').count()).toBe(
				pagaende.background.length
			);
		} finally {
			await context.close();
		}
	});

	it('keeps answers tapped before the JavaScript arrived on a slow connection', async () => {
		const { context, page } = await newPage(browser(), 'phone');
		let release: () => void = () => {};
		const held = new Promise<void>((r) => (release = r));
		await page.route('**/_app/immutable/**/*.js', async (route) => {
			await held;
			await route.continue();
		});
		try {
			await page.goto(`${url}/e/${rounds.open.token}/sv`, { waitUntil: 'domcontentloaded' });
			const first = `s.${pagaende.statements[0]!.key}`;
			await page.locator(`input[name="${first}"][value="6"]`).check();
			await page.locator('input[name="bg.kon"]').first().check();
			release();
			await page.waitForSelector('.progress');
			expect(await page.locator('input[name="bg.kon"]').first().isChecked()).toBe(true);
			await page.locator('.actions button[type="button"]').last().click();
			await page.waitForSelector(`input[name="${first}"]:visible`);
			expect(await page.locator(`input[name="${first}"][value="6"]`).isChecked()).toBe(true);
		} finally {
			await context.close();
		}
	});

	it('renders Arabic right to left, from the whole document down', async () => {
		const { context, page } = await newPage(browser(), 'phone');
		try {
			await page.goto(`${url}/e/${rounds.open.token}/ar`);
			expect(await page.getAttribute('html', 'dir')).toBe('rtl');
			expect(await page.getAttribute('html', 'lang')).toBe('ar');
			// Five minutes takes the Arabic plural of three to ten, not the singular.
			expect(await page.locator('main').textContent()).toContain('5 دقائق');
			const direction = await page
				.locator('fieldset.answer-question')
				.first()
				.evaluate((el) => getComputedStyle(el).direction);
			expect(direction).toBe('rtl');
			// The radio sits at the right edge of its option in a right-to-left layout.
			const option = await page.locator('label.answer-option').first().boundingBox();
			const radio = await page.locator('label.answer-option input').first().boundingBox();
			expect(radio!.x).toBeGreaterThan(option!.x + option!.width / 2);
			await expectNoHorizontalScroll(page);
			await screenshot(page, `participant-${engine}-ar-phone`);
		} finally {
			await context.close();
		}
	});

	describe('bad input stores nothing', () => {
		const action = () => `/e/${rounds.open.token}/ar?/skicka`;
		/** The submission ids of every refused post below; the file's last test also finds no other. */
		const refused: string[] = [];
		const refuse = (body: URLSearchParams) => {
			refused.push(body.get('submission') ?? '');
			return body;
		};
		afterAll(async () => {
			await checkStored(async (database) => {
				expect(await storedCount(database, refused)).toBe(0);
			});
		});

		it('missing required answers: 400, the message in Arabic, the given answers kept', async () => {
			const body = validBody(await ticketFor(url, rounds.open.token, 'ar'));
			body.delete(`s.${requiredStatements[1]!.key}`);
			const response = await postForm(url, action(), refuse(body));
			expect(response.status).toBe(400);
			const html = await response.text();
			expect(html).toContain('dir="rtl"');
			expect(html).toContain('اختر إجابة.');
			expect(html).toMatch(
				new RegExp(
					`name="s\\.${requiredStatements[0]!.key}" value="4"[^>]*checked|checked[^>]*name="s\\.${requiredStatements[0]!.key}" value="4"`
				)
			);
		});

		it.each([
			[
				'a value off the scale',
				(b: URLSearchParams) => b.set(`s.${requiredStatements[0]!.key}`, '9'),
				400
			],
			[
				'a value of the wrong type',
				(b: URLSearchParams) => b.set(`s.${requiredStatements[0]!.key}`, 'mycket'),
				400
			],
			['an unknown key', (b: URLSearchParams) => b.set('s.hittepa', '3'), 400],
			[
				'a duplicated field',
				(b: URLSearchParams) => b.append(`s.${requiredStatements[0]!.key}`, '2'),
				400
			],
			['a submission id that is not one', (b: URLSearchParams) => b.set('submission', 'x'), 400]
		])('%s: %i', async (_, spoil, status) => {
			const body = validBody(await ticketFor(url, rounds.open.token, 'ar'));
			spoil(body);
			const response = await postForm(url, action(), refuse(body));
			expect(response.status).toBe(status);
		});

		it('a body over the size limit: 413', async () => {
			const body = validBody(await ticketFor(url, rounds.open.token, 'ar'));
			body.set('padding', 'x'.repeat(40_000));
			const response = await postForm(url, action(), refuse(body));
			expect(response.status).toBe(413);
		});

		it('a body that is not a form: 415', async () => {
			const response = await postForm(url, action(), '{"a":1}', 'application/json');
			expect(response.status).toBe(415);
		});

		it('a closed round says so kindly, offers no form, and refuses a post with 410', async () => {
			const page = await fetch(`${url}/e/${rounds.closed.token}/sv`);
			const html = await page.text();
			expect(html).toContain('Enkäten är stängd');
			expect(html).not.toContain('<form');
			const response = await postForm(
				url,
				`/e/${rounds.closed.token}/sv?/skicka`,
				refuse(validBody())
			);
			expect(response.status).toBe(410);
		});

		it('a round that has not opened yet refuses a post with 403', async () => {
			const response = await postForm(
				url,
				`/e/${rounds.future.token}/sv?/skicka`,
				refuse(validBody())
			);
			expect(response.status).toBe(403);
			expect(await response.text()).toContain('Enkäten har inte öppnat ännu');
		});

		it('an unknown link: 404 with a way forward', async () => {
			const unknown = 'A'.repeat(24);
			const page = await fetch(`${url}/e/${unknown}`);
			expect(page.status).toBe(404);
			expect(await page.text()).toContain('Länken fungerar inte');
			const response = await postForm(url, `/e/${unknown}/sv?/skicka`, refuse(validBody()));
			expect(response.status).toBe(404);
		});

		it('a language the round does not offer: 404', async () => {
			expect((await fetch(`${url}/e/${rounds.open.token}/de`)).status).toBe(404);
		});
	});

	it('sets no cookie and no identifying header on the participant path', async () => {
		for (const path of [`/e/${rounds.open.token}`, `/e/${rounds.open.token}/sv`, '/kod']) {
			const response = await fetch(`${url}${path}`);
			expect(response.headers.get('set-cookie')).toBeNull();
			expect(response.headers.get('cache-control')).toBe('no-store');
		}
		const body = validBody(await ticketFor(url, rounds.open.token));
		const response = await postForm(url, `/e/${rounds.open.token}/sv?/skicka`, body);
		expect(response.headers.get('set-cookie')).toBeNull();
		await expectStoredOnce(body.get('submission')!);
	});

	/** Types a code at /kod from a client at `address`, as a browser without JavaScript. */
	const typeCode = (kod: string, address: string) =>
		fetch(`${url}/kod`, {
			method: 'POST',
			body: new URLSearchParams({ kod }),
			redirect: 'manual',
			headers: { origin: url, accept: 'text/html', 'x-real-ip': address }
		});

	it('one phone’s wrong codes do not stop the others on its network: a class of twenty gets in', async () => {
		const school = '192.0.2.20';
		for (let i = 0; i < 7; i++) expect((await typeCode('XXXXXX', school)).status).toBe(404);
		// Twenty pupils at once, on the same address: a typo each, then the code.
		const typos = await Promise.all(Array.from({ length: 20 }, () => typeCode('YYYYYY', school)));
		expect(typos.map((r) => r.status)).toEqual(Array(20).fill(404));
		const codes = await Promise.all(
			Array.from({ length: 20 }, () => typeCode(rounds.open.code.toLowerCase(), school))
		);
		expect(codes.map((r) => r.status)).toEqual(Array(20).fill(303));
		// An empty or malformed code costs nothing.
		expect((await typeCode('', school)).status).toBe(400);
		expect((await typeCode('ÅÅÅÅÅÅ', school)).status).toBe(400);
	});

	it('slows down a script guessing codes from one address, with a clear message; others go on', async () => {
		const script = '198.51.100.66';
		const statuses: number[] = [];
		for (let i = 0; i < 41; i++) {
			const response = await typeCode('XXXXXX', script);
			statuses.push(response.status);
			if (response.status === 429) {
				const html = await response.text();
				expect(html).toContain('Vänta 2 sekunder');
				// The code typed stays in the field while the person waits.
				expect(html).toMatch(/id="kod"[^>]*value="XXXXXX"|value="XXXXXX"[^>]*id="kod"/);
			}
		}
		expect(statuses.slice(0, 40)).toEqual(Array(40).fill(404));
		expect(statuses[40]).toBe(429);
		expect((await typeCode(rounds.open.code, '198.51.100.67')).status).toBe(303);
	});

	// Last, so that it sees every test's submissions; on PGlite the app's one stop of the file.
	it('stored every accepted submission once and nothing else, in any round', async () => {
		await server.inspect(async (database) => {
			for (const check of pendingChecks.splice(0)) await check(database);
			expect(await storedSubmissions(database, rounds.open.roundId)).toEqual(
				[...expectedSubmissions].sort()
			);
			expect(await responseCount(database, rounds.closed.roundId)).toBe(0);
			expect(await responseCount(database, rounds.future.roundId)).toBe(0);
		});
	});
});
