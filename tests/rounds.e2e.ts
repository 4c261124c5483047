import type { Page } from 'playwright-core';
import { stockholmToday } from '../src/lib/dates';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedServer } from '$test/server';
import { demo, demoIds, get, login, post, signInContext } from '$test/accounts';
import { expectAccessible, newPage, screenshot, useBrowser, viewports } from '$test/browser';
import { answerWithJavaScript, validBody, postForm, pagaende, ticketFor } from '$test/participant';

const browser = useBrowser();
/** This year in Sweden: rounds are made for the current year, so the tests hold in any year. */
const year = Number(stockholmToday().slice(0, 4));
const { engine, url } = sharedServer();

/** A link to a path of the site, as SvelteKit writes it (relative to the page, or from the root). */
function linkTo(path: string): RegExp {
	return new RegExp(`href="(\\.\\./)*/?${path}"`);
}

/** A round as the create form posts it; fields override the defaults. */
function roundFields(insatsId: string, fields: Record<string, string | string[]> = {}) {
	return {
		questionnaire: 'deltagare-pagaende',
		year: `${year}`,
		insatsId,
		opensOn: `${year}-01-01`,
		closesOn: `${year}-12-31`,
		expectedRespondents: '10',
		languages: ['en'],
		...fields
	};
}

async function createRound(
	url: string,
	cookie: string,
	forbundId: string,
	fields: Record<string, string | string[]>
): Promise<string> {
	const response = await post(url, `/admin/forbund/${forbundId}/omgangar?/create`, fields, cookie);
	expect(response.status).toBe(303);
	const id = /\/omgangar\/(\d+)$/.exec(response.headers.get('location') ?? '')?.[1];
	expect(id).toBeDefined();
	return id!;
}

async function roundCount(url: string, cookie: string, forbundId: string): Promise<number> {
	const html = await (await get(url, `/admin/forbund/${forbundId}/omgangar`, cookie)).text();
	return html.split('data-testid="round"').length - 1;
}

/** Enters one paper questionnaire by keyboard only: Enter past the selects, digits elsewhere. */
async function enterPaperByKeyboard(page: Page, digits: string[]) {
	await page.focus('#language');
	await page.keyboard.press('Enter');
	for (let i = 0; i < pagaende.background.length; i++) await page.keyboard.press('Enter');
	for (const digit of digits) {
		if (digit) await page.keyboard.type(digit);
		await page.keyboard.press('Enter');
	}
}

describe(`survey rounds on ${engine}`, () => {
	let ids: Awaited<ReturnType<typeof demoIds>>;
	let adminA: string;
	let readerA: string;
	let adminB: string;
	let nns: string;
	beforeAll(async () => {
		ids = await demoIds(url);
		adminA = await login(url, demo.adminA);
		readerA = await login(url, demo.readerA);
		adminB = await login(url, demo.adminB);
		nns = await login(url, demo.nns);
	});

	it('an admin creates a round; participants answer by link and by code; the admin closes it', async () => {
		const admin = await newPage(browser(), 'desktop');
		const participant = await newPage(browser(), 'phone');
		try {
			const { page } = admin;
			await signInContext(admin.context, url, demo.adminA);
			await page.goto(`${url}/admin/forbund/${ids.forbundA}/omgangar`, {
				waitUntil: 'networkidle'
			});
			await page.selectOption('#enkat', 'deltagare-pagaende');
			await Promise.all([
				page.waitForURL(/enkat=deltagare-pagaende/),
				page.click('text=Välj enkät')
			]);
			await page.waitForLoadState('networkidle');
			expect(await page.locator('label[for="languages"]').textContent()).toContain('(utkast)');
			await page.selectOption('#insatsId', { index: 1 });
			await page.fill('#opensOn', `${year}-01-01`);
			await page.fill('#closesOn', `${year}-12-31`);
			await page.fill('#expectedRespondents', '4');
			await page.check('#languages');
			await Promise.all([
				page.waitForURL(/\/omgangar\/\d+$/),
				page.click('button:has-text("Skapa omgången")')
			]);
			const link = (await page.locator('[data-testid="round-link"]').textContent())!;
			const code = (await page.locator('[data-testid="round-code"]').textContent())!;
			expect(link).toMatch(/\/e\/[A-Za-z0-9_-]{24}$/);
			expect(await page.locator('[data-testid="response-count"]').textContent()).toBe('0');
			// "0 svar av 4 väntade", with a space (it read "svarav" once).
			expect(await page.locator('main').textContent()).toMatch(/svar\sav 4 väntade/);
			expect(await page.locator('.qr svg').count()).toBe(1);

			const p = participant.page;
			await p.goto(`${link}/sv`, { waitUntil: 'networkidle' });
			await answerWithJavaScript(p);
			await p.waitForURL(/\/tack\?kvitto=/);

			await p.goto(`${url}/kod`);
			await p.fill('#kod', code.toLowerCase());
			await Promise.all([p.waitForURL(link), p.click('button[type="submit"]')]);
			const token = new URL(link).pathname.split('/')[2]!;
			expect(
				(await postForm(url, `/e/${token}/sv?/skicka`, validBody(await ticketFor(url, token))))
					.status
			).toBe(303);

			await page.reload();
			expect(await page.locator('[data-testid="response-count"]').textContent()).toBe('2');
			expect(await page.locator('main').textContent()).toContain('50');
			for (const viewport of ['phone', 'desktop'] as const) {
				await page.setViewportSize(viewports[viewport]);
				await expectAccessible(page);
				await screenshot(page, `${engine}-omgang-${viewport}`);
			}

			// Two answers of four expected: no warning. Three more (each from its own page load,
			// as only the server issues submission tickets): five of four, and the admin is told.
			expect(await page.locator('[data-testid="more-than-expected"]').count()).toBe(0);
			for (let i = 0; i < 3; i++) {
				const ticket = await ticketFor(url, token);
				expect((await postForm(url, `/e/${token}/sv?/skicka`, validBody(ticket))).status).toBe(303);
			}
			await page.reload();
			expect(await page.locator('[data-testid="response-count"]').textContent()).toBe('5');
			expect(await page.locator('[data-testid="more-than-expected"]').textContent()).toMatch(
				/Fler svar än väntat\.\s+Omgången har fått 5\s+svar, men ni räknade med 4\./
			);
			const list = await (await get(url, `/admin/forbund/${ids.forbundA}/omgangar`, adminA)).text();
			// As a reader sees it: words apart ("väntade·fler" once ran together).
			const listText = list
				.replace(/<[^>]*>/g, '')
				.replace(/&nbsp;|\u00a0/g, ' ')
				.replace(/\s+/g, ' ');
			expect(listText).toMatch(/väntade · fler än väntat/);

			// Closing asks for confirmation first, and works without JavaScript.
			await page.click('button:has-text("Stäng omgången nu")');
			await page.locator('#confirm-close-error').waitFor();
			expect(await page.locator('[data-testid="round-state"]').textContent()).toBe('Öppen');
			await page.check('#confirm-close');
			await page.click('button:has-text("Stäng omgången nu")');
			await page.locator('text=Omgången är ändrad.').waitFor();
			// The opening date stays; the answers of today stay inside the round's dates.
			expect(await page.locator('main').textContent()).toContain(`${year}-01-01–`);
			expect(await page.locator('[data-testid="round-state"]').textContent()).toBe('Stängd');

			await p.goto(link);
			expect(await p.locator('main').textContent()).toContain('Enkäten är stängd');
			expect((await postForm(url, `/e/${token}/sv?/skicka`, validBody())).status).toBe(410);
		} finally {
			await admin.context.close();
			await participant.context.close();
		}
	});

	it('enters three paper questionnaires by keyboard only, with a running tally', async () => {
		const roundId = await createRound(url, adminA, ids.forbundA, roundFields(ids.insatsA));
		const { context, page } = await newPage(browser(), 'desktop');
		try {
			await signInContext(context, url, demo.adminA);
			const entry = `${url}/admin/forbund/${ids.forbundA}/omgangar/${roundId}/papper`;
			await page.goto(entry, { waitUntil: 'networkidle' });
			expect(await page.locator('[data-testid="paper-tally"]').textContent()).toContain(
				'0 pappersenkäter inmatade'
			);
			for (const viewport of ['phone', 'desktop'] as const) {
				await page.setViewportSize(viewports[viewport]);
				await expectAccessible(page);
			}
			const statements = pagaende.statements.length;
			for (let n = 1; n <= 3; n++) {
				const digits = Array.from({ length: statements }, (_, i) =>
					i === 1 ? '0' : pagaende.statements[i]!.required ? String(((i + n) % 7) + 1) : ''
				);
				await enterPaperByKeyboard(page, digits);
				await page
					.locator('[data-testid="paper-tally"]', {
						hasText: n === 1 ? '1 pappersenkät inmatad' : `${n} pappersenkäter inmatade`
					})
					.waitFor();
				await page.waitForLoadState('networkidle');
				// The next form starts at its first field, and the save is announced.
				expect(await page.evaluate(() => document.activeElement?.id)).toBe('language');
				expect(await page.locator('[data-testid="paper-saved"]').textContent()).toContain(
					`Sparad (${n} i omgången).`
				);
			}
			// The entered forms are listed by content only, and the last one can be undone once.
			expect(await page.locator('[data-testid="paper-forms"] tbody tr').count()).toBe(3);
			expect(await page.locator('[data-testid="paper-forms"]').textContent()).not.toMatch(
				/\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}/
			);
			await page.click('button:has-text("Ångra den senast sparade pappersenkäten")');
			await page
				.locator('[data-testid="paper-tally"]', { hasText: '2 pappersenkäter inmatade' })
				.waitFor();
			expect(await page.locator('[data-testid="paper-saved"]').textContent()).toContain(
				'Ångrad (2 i omgången).'
			);
			expect(await page.locator('[data-testid="paper-forms"] tbody tr').count()).toBe(2);
			expect(await page.locator('text=Ångra den senast sparade pappersenkäten').count()).toBe(0);
			const again = await post(
				url,
				`/admin/forbund/${ids.forbundA}/omgangar/${roundId}/papper?/undo`,
				{},
				adminA
			);
			expect(again.status).toBe(400);
			const log = await (await get(url, `/admin/forbund/${ids.forbundA}/logg`, adminA)).text();
			expect(log).toMatch(
				/Matade in 3 pappersenkäter \(deltagare-pagaende \d{4}\) under dagen; ångrade 1\./
			);
			// A digit off the scale is refused beside its statement and nothing is stored.
			await enterPaperByKeyboard(
				page,
				pagaende.statements.map((statement, i) => (i === 0 ? '9' : statement.required ? '5' : ''))
			);
			await page.locator('#s\\.i01-respekt-error').waitFor();
			expect(await page.locator('#s\\.i01-respekt-error').textContent()).toBe(
				'Skriv en siffra 1–7, 0 för vet inte, eller lämna tomt om inget är ikryssat.'
			);
			// The error summary names the statement by its number on the paper.
			expect(await page.locator('.error-summary').textContent()).toContain(
				'Påstående 1: Skriv en siffra 1–7'
			);
			await expectAccessible(page);
			await screenshot(page, `${engine}-pappersinmatning-fel`);
			const round = await (
				await get(url, `/admin/forbund/${ids.forbundA}/omgangar/${roundId}`, adminA)
			).text();
			expect(round).toMatch(/data-testid="source-paper"[^>]*>2</);
		} finally {
			await context.close();
		}
	});

	it('refuses bad input in every form with a Swedish message beside the field', async () => {
		const before = await roundCount(url, adminA, ids.forbundA);
		// Each field's own messages are checked on the schema (rounds/round-form.spec.ts); here one
		// of them shows on the page, and an insats of another förbund, which needs the database.
		const cases: [Record<string, string | string[]>, string, string][] = [
			[{ closesOn: '2019-12-31' }, 'closesOn', 'Slutdatumet kan inte vara före startdatumet.'],
			[{ insatsId: ids.insatsB }, 'insatsId', 'Välj en av förbundets insatser som pågår det året.']
		];
		for (const [fields, field, message] of cases) {
			const response = await post(
				url,
				`/admin/forbund/${ids.forbundA}/omgangar?/create`,
				roundFields(ids.insatsA, fields),
				adminA
			);
			expect(response.status, field).toBe(400);
			const html = await response.text();
			expect(html).toMatch(new RegExp(`id="${field}-error">${message}`));
		}
		// A structural insats that began before the indicators is registered truthfully, but
		// the participants' questionnaire cannot be given to it.
		const name = `Samverkan ${engine} ${Math.random().toString(36).slice(2, 8)}`;
		const registered = await post(
			url,
			`/admin/forbund/${ids.forbundA}/insatser?/create`,
			{ name, typ: 'struktur', parter: 'kommun', startYear: '2010' },
			adminA
		);
		expect(registered.status).toBe(303);
		const insatsSelect = async (questionnaire: string) =>
			/<select id="insatsId"[\s\S]*?<\/select>/.exec(
				await (
					await get(url, `/admin/forbund/${ids.forbundA}/omgangar?enkat=${questionnaire}`, adminA)
				).text()
			)![0];
		expect(await insatsSelect('deltagare-avslut')).not.toContain(name);
		const structural = new RegExp(`<option value="(\\d+)"[^>]*>${name}<`).exec(
			await insatsSelect('insatspersonal')
		)![1]!;
		const toStructural = await post(
			url,
			`/admin/forbund/${ids.forbundA}/omgangar?/create`,
			roundFields(ids.insatsA, { questionnaire: 'deltagare-avslut', insatsId: structural }),
			adminA
		);
		expect(toStructural.status).toBe(400);
		expect(await toStructural.text()).toContain(
			'id="insatsId-error">Deltagarenkäten gäller individinriktade insatser'
		);
		expect(await roundCount(url, adminA, ids.forbundA)).toBe(before);

		const roundId = await createRound(url, adminA, ids.forbundA, roundFields(ids.insatsA));
		const path = `/admin/forbund/${ids.forbundA}/omgangar/${roundId}`;
		const extend = await post(url, `${path}?/extend`, { closesOn: `${year}-12-30` }, adminA);
		expect(extend.status).toBe(400);
		expect(await extend.text()).toContain(
			'id="closesOn-error">Det nya slutdatumet måste vara senare än det nuvarande.'
		);
		const tooFar = await post(url, `${path}?/extend`, { closesOn: '2099-12-31' }, adminA);
		expect(tooFar.status).toBe(400);
		expect(await tooFar.text()).toContain(
			`id="closesOn-error">Omgången hör till ${year}: sista dagen kan vara senast ${year + 1}-01-31.`
		);
		const badDate = await post(url, `${path}?/extend`, { closesOn: 'i morgon' }, adminA);
		expect(badDate.status).toBe(400);
		expect(await badDate.text()).toContain('id="closesOn-error">Skriv ett datum i formen');
		const reopen = await post(url, `${path}?/reopen`, { closesOn: `${year + 1}-01-31` }, adminA);
		expect(reopen.status).toBe(400);
		expect(await reopen.text()).toContain('Omgången är inte stängd.');
		expect(await (await get(url, path, adminA)).text()).toContain(`${year}-01-01–${year}-12-31`);

		const lock = await post(url, '/admin/omgangar?/lock', { year: '2017' }, nns);
		expect(lock.status).toBe(400);
		expect(await lock.text()).toContain('id="confirm-error">Kryssa i att du vill låsa året.');
	});

	it('a reader reads rounds but cannot create or change them; B’s admin cannot see A’s', async () => {
		const roundId = await createRound(url, adminA, ids.forbundA, roundFields(ids.insatsA));
		const path = `/admin/forbund/${ids.forbundA}/omgangar/${roundId}`;
		const page = await (await get(url, path, readerA)).text();
		expect(page).toContain('data-testid="round-code"');
		expect(page).not.toContain('Stäng omgången nu');
		expect(page).not.toContain('/papper"');
		const before = await roundCount(url, adminA, ids.forbundA);
		const create = await post(
			url,
			`/admin/forbund/${ids.forbundA}/omgangar?/create`,
			roundFields(ids.insatsA),
			readerA
		);
		expect(create.status).toBe(403);
		expect((await post(url, `${path}?/close`, { confirm: 'ja' }, readerA)).status).toBe(403);
		expect((await get(url, `${path}/papper`, readerA)).status).toBe(403);
		expect(await roundCount(url, adminA, ids.forbundA)).toBe(before);

		expect((await get(url, path, adminB)).status).toBe(403);
		expect((await post(url, `${path}?/close`, { confirm: 'ja' }, adminB)).status).toBe(403);
		expect((await get(url, `${path}/qr.png`, adminB)).status).toBe(403);
		const underB = `/admin/forbund/${ids.forbundB}/omgangar/${roundId}`;
		expect((await get(url, underB, adminB)).status).toBe(404);
		expect((await post(url, `${underB}?/close`, { confirm: 'ja' }, adminB)).status).toBe(404);
		expect(await (await get(url, path, adminA)).text()).toContain('Öppen');
	});

	it('corrects and deletes a mistaken round without answers, without JavaScript; one with answers stays', async () => {
		const roundId = await createRound(url, adminA, ids.forbundA, roundFields(ids.insatsA));
		const path = `/admin/forbund/${ids.forbundA}/omgangar/${roundId}`;
		const { context, page } = await newPage(browser(), 'phone', { javaScriptEnabled: false });
		try {
			await signInContext(context, url, demo.adminA);
			await page.goto(url + path);
			await page.click('text=Rätta eller ta bort omgången');
			await page.fill('#opensOn', `${year}-02-01`);
			await page.fill('#closesOn', `${year}-03-31`);
			await page.fill('#expectedRespondents', '25');
			await page.click('button:has-text("Spara rättelsen")');
			await page.locator('text=Omgången är ändrad.').waitFor();
			expect(await page.locator('main').textContent()).toContain(`${year}-02-01–${year}-03-31`);
			expect(await page.locator('main').textContent()).toMatch(/svar\sav 25 väntade/);

			const withScript = await newPage(browser(), 'phone');
			try {
				await signInContext(withScript.context, url, demo.adminA);
				await withScript.page.goto(`${url}${path}/ratta`, { waitUntil: 'networkidle' });
				await expectAccessible(withScript.page);
			} finally {
				await withScript.context.close();
			}
			await page.goto(`${url}${path}/ratta`);
			// Deleting asks for confirmation first.
			await page.click('button:has-text("Ta bort omgången")');
			expect(await page.locator('#confirmDelete-error').textContent()).toBe(
				'Bekräfta att omgången ska tas bort.'
			);
			await page.check('#confirmDelete');
			await page.click('button:has-text("Ta bort omgången")');
			await page.locator('text=Omgången är borttagen.').waitFor();
			expect((await get(url, path, adminA)).status).toBe(404);
			const log = await (await get(url, `/admin/forbund/${ids.forbundA}/logg`, adminA)).text();
			expect(log).toContain(`Rättade omgången (deltagare-pagaende ${year})`);
			expect(log).toContain(`Tog bort omgången (deltagare-pagaende ${year})`);
		} finally {
			await context.close();
		}

		// A round with answers: no link to the page, and the actions are refused beside the form.
		const answered = await createRound(url, adminA, ids.forbundA, roundFields(ids.insatsA));
		const answeredPath = `/admin/forbund/${ids.forbundA}/omgangar/${answered}`;
		const html = await (await get(url, answeredPath, adminA)).text();
		const token = /\/e\/([A-Za-z0-9_-]{24})/.exec(html)![1]!;
		expect(
			(await postForm(url, `/e/${token}/sv?/skicka`, validBody(await ticketFor(url, token)))).status
		).toBe(303);
		expect(await (await get(url, answeredPath, adminA)).text()).not.toContain('/ratta"');
		const refused = await post(
			url,
			`${answeredPath}/ratta?/delete`,
			{ confirmDelete: 'ja' },
			adminA
		);
		expect(refused.status).toBe(400);
		expect(await refused.text()).toContain('Omgången har svar och kan inte tas bort');
		const correct = await post(
			url,
			`${answeredPath}/ratta?/correct`,
			{ insatsId: ids.insatsA, opensOn: `${year}-02-01`, closesOn: `${year}-02-02` },
			adminA
		);
		expect(correct.status).toBe(400);
		expect((await get(url, answeredPath, adminA)).status).toBe(200);
		expect(await (await get(url, answeredPath, adminA)).text()).toContain(
			`${year}-01-01–${year}-12-31`
		);
		expect(
			(await post(url, `${answeredPath}/ratta?/delete`, { confirmDelete: 'ja' }, readerA)).status
		).toBe(403);
	});

	it('keeps the chosen insats through failed submits in a row, with JavaScript', async () => {
		const { context, page } = await newPage(browser(), 'desktop');
		/** Submits the form and waits until the failed answer is on the page. */
		const submitAndFail = async () => {
			await Promise.all([
				page.waitForResponse((r) => r.request().method() === 'POST'),
				page.click('button:has-text("Skapa omgången")')
			]);
			await page.locator('#opensOn-error').waitFor();
			await page.waitForLoadState('networkidle');
		};
		try {
			await signInContext(context, url, demo.adminA);
			await page.goto(`${url}/admin/forbund/${ids.forbundA}/omgangar?enkat=deltagare-pagaende`, {
				waitUntil: 'networkidle'
			});
			const chosen = await page.locator('#insatsId option').nth(1).getAttribute('value');
			await page.selectOption('#insatsId', chosen!);
			for (let attempt = 1; attempt <= 3; attempt++) {
				await submitAndFail();
				expect(await page.inputValue('#insatsId'), `after failed submit ${attempt}`).toBe(chosen);
			}
			// A new choice after a failure is kept through the next failures too.
			const other = await page.locator('#insatsId option').nth(2).getAttribute('value');
			await page.selectOption('#insatsId', other!);
			await submitAndFail();
			await submitAndFail();
			expect(await page.inputValue('#insatsId')).toBe(other);
		} finally {
			await context.close();
		}
	});

	it('the log separates names, links to the round and filters by förbund, person, kind and date', async () => {
		const roundId = await createRound(url, adminA, ids.forbundA, roundFields(ids.insatsA));
		const today = stockholmToday();
		const all = await (await get(url, '/admin/logg', nns)).text();
		// "Åsa Admin · Förbund" with spaces on both sides of the dot, never "Admin· Förbund".
		expect(all).not.toMatch(/[^\s]· /);
		const filtered = await get(
			url,
			`/admin/logg?forbund=${ids.forbundA}&typ=round&fran=${today}&till=${today}`,
			nns
		);
		expect(filtered.status).toBe(200);
		const html = await filtered.text();
		const entries = html.split('data-testid="audit-entry"').slice(1);
		expect(entries.length).toBeGreaterThan(0);
		for (const entry of entries) expect(entry).toMatch(/Skapade en omgång|omgången/);
		expect(html).toMatch(linkTo(`admin/forbund/${ids.forbundA}/omgangar/${roundId}`));
		// The filter is a GET form; a person filter keeps to that person.
		const people = /<select id="person"[\s\S]*?<\/select>/.exec(html)![0];
		const someone = /<option value="(\d+)">([^<]+)<\/option>/.exec(people)!;
		const byPerson = await (await get(url, `/admin/logg?person=${someone[1]}`, nns)).text();
		for (const entry of byPerson.split('data-testid="audit-entry"').slice(1, 20)) {
			expect(entry).toContain(someone[2]);
		}
		const bad = await (await get(url, '/admin/logg?fran=i%20g%C3%A5r&typ=x', nns)).text();
		expect(bad).toContain('id="fran-error">Skriv datumet i formen ÅÅÅÅ-MM-DD');
		expect(bad).toContain('id="typ-error">Välj en typ av ändring i listan.');
		// A förbund's own log has the same filter and links.
		const own = await (
			await get(url, `/admin/forbund/${ids.forbundA}/logg?typ=round`, adminA)
		).text();
		expect(own).toMatch(linkTo(`admin/forbund/${ids.forbundA}/omgangar/${roundId}`));
		expect(own).not.toContain('id="forbund"');
	});

	it('NNS’s year overview links förbund and rounds, says how to scroll, and refuses a year out of range', async () => {
		const overview = await (await get(url, `/admin/omgangar?ar=${year}`, nns)).text();
		expect(overview).toContain('data-testid="scroll-hint"');
		expect(overview).toMatch(
			/<th scope="row"[^>]*><a href="(\.\.\/)*\/?admin\/forbund\/\d+\/omgangar">/
		);
		expect(overview).toMatch(
			/<a href="(\.\.\/)*\/?admin\/forbund\/\d+\/omgangar(\/\d+|#ar-\d{4})">/
		);
		for (const [asked, message] of [
			['1990', 'Året måste vara 2017 eller senare.'],
			['tjugo', 'Skriv året med fyra siffror, t.ex. 2026.']
		]) {
			const response = await get(url, `/admin/omgangar?ar=${asked}`, nns);
			expect(response.status).toBe(400);
			const html = await response.text();
			expect(html).toContain(message);
			expect(html).not.toContain('data-testid="overview-row"');
		}
	});

	it('prints the poster on one A4 page that it fills, large, with the address in every language', async () => {
		const { context, page } = await newPage(browser(), 'desktop');
		try {
			await signInContext(context, url, demo.adminA);
			await page.goto(`${url}/admin/forbund/${ids.forbundA}/omgangar/${ids.roundA}/affisch`, {
				waitUntil: 'networkidle'
			});
			const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
			expect(pdf.match(/\/Type\s*\/Page\b/g)?.length).toBe(1);
			await page.emulateMedia({ media: 'print' });
			// The A4 page inside 12 mm margins, in CSS pixels (96 per inch).
			const mm = 96 / 25.4;
			await page.setViewportSize({ width: Math.round(186 * mm), height: Math.round(273 * mm) });
			const measured = await page.evaluate(() => {
				const size = (selector: string) =>
					parseFloat(getComputedStyle(document.querySelector(selector)!).fontSize);
				return {
					height: document.querySelector('.poster')!.getBoundingClientRect().height,
					code: size('.code'),
					title: size('.poster h1'),
					link: size('.link'),
					instructions: size('.instructions')
				};
			});
			expect(measured.height).toBeGreaterThan(250 * mm);
			// In points: 60 pt code, 34 pt title, 20 pt address read from two metres; 12 pt lines.
			const pt = 96 / 72;
			expect(measured.code).toBeGreaterThanOrEqual(60 * pt);
			expect(measured.title).toBeGreaterThanOrEqual(30 * pt);
			expect(measured.link).toBeGreaterThanOrEqual(20 * pt);
			expect(measured.instructions).toBeGreaterThanOrEqual(12 * pt);
			const languages = await page.locator('[data-testid="poster-language"]').allTextContents();
			expect(languages.length).toBeGreaterThan(1);
			for (const line of languages) expect(line).toContain(`${url}/kod`);
			// Nothing is cut off at the foot of the page.
			const clipped = await page.evaluate(() => {
				const bottom = document.querySelector('.poster')!.getBoundingClientRect().bottom;
				return [...document.querySelectorAll('.poster li')].filter(
					(li) => li.getBoundingClientRect().bottom > bottom + 1
				).length;
			});
			expect(clipped).toBe(0);
			await screenshot(page, `${engine}-affisch-a4`);
		} finally {
			await context.close();
		}
	});

	it('behind a proxy without a trusted header, seven wrong codes from one phone do not stop another', async () => {
		const html = await (
			await get(url, `/admin/forbund/${ids.forbundA}/omgangar/${ids.roundA}`, readerA)
		).text();
		const code = /data-testid="round-code">([A-Z0-9]{6})</.exec(html)![1]!;
		for (let i = 0; i < 7; i++) {
			const wrong = await postForm(url, '/kod', new URLSearchParams({ kod: 'XXXXXX' }));
			expect(wrong.status).toBe(404);
		}
		const right = await postForm(url, '/kod', new URLSearchParams({ kod: code }));
		expect(right.status).toBe(303);
	});

	it('downloads the QR code as SVG and PNG', async () => {
		const base = `/admin/forbund/${ids.forbundA}/omgangar/${ids.roundA}`;
		const svg = await get(url, `${base}/qr.svg`, readerA);
		expect(svg.headers.get('content-type')).toBe('image/svg+xml');
		expect(await svg.text()).toMatch(/^<svg/);
		const png = await get(url, `${base}/qr.png`, readerA);
		expect(png.headers.get('content-type')).toBe('image/png');
		expect(
			Buffer.from(await png.arrayBuffer())
				.subarray(1, 4)
				.toString()
		).toBe('PNG');
	});

	it('makes a year read-only once NNS locks it', async () => {
		const board = {
			questionnaire: 'styrelse',
			insatsId: '',
			languages: [],
			year: '2018',
			opensOn: '2018-02-01',
			closesOn: '2018-03-01'
		};
		const roundId = await createRound(url, adminA, ids.forbundA, roundFields(ids.insatsA, board));
		const lock = await post(url, '/admin/omgangar?/lock', { year: '2018', confirm: 'ja' }, nns);
		expect(lock.status).toBe(303);
		const path = `/admin/forbund/${ids.forbundA}/omgangar/${roundId}`;
		const close = await post(url, `${path}?/close`, { confirm: 'ja' }, adminA);
		expect(close.status).toBe(400);
		expect(await close.text()).toContain('Året är låst av NNS.');
		const create = await post(
			url,
			`/admin/forbund/${ids.forbundA}/omgangar?/create`,
			roundFields(ids.insatsA, board),
			adminA
		);
		expect(create.status).toBe(400);
		expect(await create.text()).toContain('id="year-error">Året är låst av NNS.');
		const page = await (await get(url, path, adminA)).text();
		expect(page).not.toContain('Stäng omgången nu');
		expect(page).toContain('Året är låst av NNS. Omgången kan bara läsas.');
	});

	it('shows NNS the year nationally, and the new pages pass axe at 320 and 1280 px', async () => {
		const overview = await (await get(url, '/admin/omgangar', nns)).text();
		expect(overview).toContain('data-testid="overview-row"');
		const { context, page } = await newPage(browser(), 'phone');
		try {
			await signInContext(context, url, demo.nns);
			const base = `/admin/forbund/${ids.forbundA}/omgangar`;
			const pages = [
				['/admin/omgangar', 'nns-oversikt'],
				[base, 'omgangar'],
				[`${base}?enkat=deltagare-pagaende`, 'ny-omgang'],
				[`${base}/${ids.roundA}/affisch`, 'affisch'],
				[`${base}/${ids.roundA}/pappersenkat/sv`, 'pappersenkat'],
				['/admin/logg?typ=round', 'logg']
			] as const;
			for (const [path, name] of pages) {
				for (const viewport of ['phone', 'desktop'] as const) {
					await page.setViewportSize(viewports[viewport]);
					await page.goto(url + path, { waitUntil: 'networkidle' });
					await expectAccessible(page);
					await screenshot(page, `${engine}-${name}-${viewport}`);
				}
			}
			await page.emulateMedia({ media: 'print' });
			for (const [path, name] of pages.slice(3, 5)) {
				await page.goto(url + path, { waitUntil: 'networkidle' });
				await screenshot(page, `${engine}-${name}-utskrift`);
			}
			const code = await page.locator('.code-field.filled').textContent();
			expect(code).toMatch(/^[A-Z0-9]{6}$/);
		} finally {
			await context.close();
		}
	});
});
