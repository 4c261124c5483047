import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, demoIds, get, login, post, signInContext } from '$test/accounts';
import {
	expectAccessible,
	expectNoHorizontalScroll,
	newPage,
	screenshot,
	useBrowser,
	viewports,
	type ViewportName
} from '$test/browser';
import { browserEngine } from '$test/database';
import { postForm, validBody, ticketFor } from '$test/participant';
import { sharedServer, startServer, type RunningServer } from '$test/server';

const browser = useBrowser();
const { engine, url } = sharedServer();
/** The demo seeds last year's report (two editions) and this year's as a draft. */
const lastYear = new Date().getFullYear() - 1;
const thisYear = lastYear + 1;
const demoToken = 'rKho573y_vRiVBmafywe43ea';

const files = ['data.json', 'data.csv', 'data-rfc4180.csv'];

/** The bytes of every public page and file of one edition, as the server sends them. */
async function editionBytes(url: string, year: number, edition: number) {
	const paths = [
		`/rapporter/${year}/utgava/${edition}`,
		...files.map((f) => `/rapporter/${year}/utgava/${edition}/${f}`)
	];
	const bodies: Record<string, string> = {};
	for (const path of paths) {
		const response = await fetch(`${url}${path}`);
		expect(response.status, path).toBe(200);
		bodies[path] = Buffer.from(await response.arrayBuffer()).toString('base64');
	}
	return bodies;
}

/** The body as sent, the byte order mark kept (`Response.text()` drops it). */
function withBom(body: ArrayBuffer): string {
	return new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
}

function pdfPages(pdf: Buffer): number {
	return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

describe(`the published report on ${engine}`, () => {
	let forbundId: string;
	beforeAll(async () => {
		const page = await (await fetch(`${url}/rapporter/${lastYear}`)).text();
		forbundId = /<option value="(\d+)"/.exec(page)![1]!;
	});

	it('lists the report and shows its latest edition without login, the first at its own URL', async () => {
		const list = await (await fetch(`${url}/rapporter`)).text();
		expect(list).toContain(`Nationella indikatorer ${lastYear}`);
		const latest = await fetch(`${url}/rapporter/${lastYear}`);
		expect(latest.status).toBe(200);
		const html = await latest.text();
		expect(html).toContain('Utgåva 2, publicerad');
		expect(html).toContain('Rättelse i utgåva 2');
		const first = await (await fetch(`${url}/rapporter/${lastYear}/utgava/1`)).text();
		expect(first).toContain('Utgåva 1, publicerad');
		expect(first).toContain('Det här är utgåva 1');
		// This year's report is a draft: never public.
		expect((await fetch(`${url}/rapporter/${thisYear}`)).status).toBe(404);
		expect((await fetch(`${url}/rapporter/${thisYear}/data.csv`)).status).toBe(404);
	});

	it('keeps every page and file of a published edition byte for byte when answers arrive', async () => {
		const before = await editionBytes(url, lastYear, 2);
		const latestCsv = await (await fetch(`${url}/rapporter/${lastYear}/data.csv`)).arrayBuffer();
		// A web answer this year, and a late paper answer to last year (refused: the year is locked).
		expect(
			(
				await postForm(
					url,
					`/e/${demoToken}/sv?/skicka`,
					validBody(await ticketFor(url, demoToken))
				)
			).status
		).toBe(303);
		const adminA = await login(url, demo.adminA);
		const ids = await demoIds(url);
		const list = await (await get(url, `/admin/forbund/${ids.forbundA}/omgangar`, adminA)).text();
		let lockedRound: string | undefined;
		for (const [, id] of list.matchAll(/\/omgangar\/(\d+)"/g)) {
			const page = await (
				await get(url, `/admin/forbund/${ids.forbundA}/omgangar/${id}`, adminA)
			).text();
			if (page.includes('Året är låst')) {
				lockedRound = id;
				break;
			}
		}
		expect(lockedRound).toBeDefined();
		const paper = await post(
			url,
			`/admin/forbund/${ids.forbundA}/omgangar/${lockedRound}/papper?/save`,
			Object.fromEntries(validBody()),
			adminA
		);
		expect(paper.status).toBeGreaterThanOrEqual(400);
		expect(await editionBytes(url, lastYear, 2)).toEqual(before);
		const again = await (await fetch(`${url}/rapporter/${lastYear}/data.csv`)).arrayBuffer();
		expect(Buffer.from(again).equals(Buffer.from(latestCsv))).toBe(true);
	});

	it('serves the files with their types, and the picker works without JavaScript', async () => {
		const csv = await fetch(`${url}/rapporter/${lastYear}/data.csv`);
		expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(csv.headers.get('content-disposition')).toContain('attachment');
		const json = await fetch(`${url}/rapporter/${lastYear}/data.json`);
		expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
		const body = (await json.json()) as { report: { edition: number }; values: unknown[] };
		expect(body.report.edition).toBe(2);
		expect(body.values.length).toBeGreaterThan(100);
		const picked = await fetch(`${url}/rapporter/${lastYear}/forbund?id=${forbundId}`, {
			redirect: 'manual'
		});
		expect(picked.status).toBe(303);
		expect(picked.headers.get('location')).toBe(`/rapporter/${lastYear}/forbund/${forbundId}`);
		expect((await fetch(`${url}/rapporter/${lastYear}/forbund?id=x`)).status).toBe(400);
		expect((await fetch(`${url}/rapporter/${lastYear}/forbund/2147483647`)).status).toBe(404);
	});

	it('gives a förbund its results as CSV and NNS the raw answers, both for Excel', async () => {
		const ids = await demoIds(url);
		const reader = await login(url, demo.readerA);
		const own = await get(
			url,
			`/admin/forbund/${ids.forbundA}/resultat/resultat.csv?ar=${lastYear}&enkat=deltagare-pagaende`,
			reader
		);
		expect(own.status).toBe(200);
		expect(own.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		const ownText = withBom(await own.arrayBuffer());
		expect(ownText.startsWith('\uFEFFÅr;Enkät;Enhet;Typ;Kod;Namn;Värde')).toBe(true);
		expect(ownText).toContain(';Indikator;I01;');
		const nns = await login(url, demo.nns);
		const raw = await get(url, `/admin/rapporter/${lastYear}/svar/deltagare-pagaende`, nns);
		expect(raw.status).toBe(200);
		const lines = withBom(await raw.arrayBuffer())
			.split('\r\n')
			.filter(Boolean);
		expect(lines[0]).toMatch(/^\uFEFFFörbund;Insats;Enkätversion;/);
		expect(lines.length).toBeGreaterThan(100);
		const log = await (await get(url, '/admin/logg', nns)).text();
		expect(log).toContain('Laddade ned enskilda svar');
	});

	describe.each(Object.keys(viewports) as ViewportName[])('at %s width', (viewport) => {
		const publicPaths = () => [
			'/rapporter',
			`/rapporter/${lastYear}`,
			`/rapporter/${lastYear}/forbund/${forbundId}`,
			'/rapporter/oppna-data'
		];
		it('passes axe on the public pages, without sideways scrolling', async () => {
			const { context, page } = await newPage(browser(), viewport);
			try {
				for (const path of publicPaths()) {
					await page.goto(`${url}${path}`);
					await expectAccessible(page);
					await expectNoHorizontalScroll(page);
					await screenshot(page, `${engine}-report-${path.replaceAll('/', '_')}-${viewport}`);
				}
			} finally {
				await context.close();
			}
		});

		it('passes axe on the NNS pages: the years, a draft and its preview', async () => {
			const { context, page } = await newPage(browser(), viewport);
			try {
				await signInContext(context, url, demo.nns);
				for (const path of [
					'/admin/rapporter',
					`/admin/rapporter/${thisYear}`,
					`/admin/rapporter/${thisYear}/forhandsgranskning`
				]) {
					await page.goto(`${url}${path}`);
					await expectAccessible(page);
					await expectNoHorizontalScroll(page);
				}
				expect(await page.getByTestId('preview').isVisible()).toBe(true);
				expect(await page.textContent('h1')).toContain(`Nationella indikatorer ${thisYear}`);
			} finally {
				await context.close();
			}
		});
	});

	it('prints on A4: the whole report chapter by chapter, one förbund on its own pages', async () => {
		const { context, page } = await newPage(browser());
		try {
			mkdirSync('test-results/print', { recursive: true });
			await page.goto(`${url}/rapporter/${lastYear}`, { waitUntil: 'networkidle' });
			await page.emulateMedia({ media: 'print' });
			const picker = await page.locator('form.picker').isVisible();
			expect(picker).toBe(false);
			const whole = await page.pdf({ format: 'A4', printBackground: true });
			writeFileSync(`test-results/print/${engine}-report.pdf`, whole);
			// Six chapters each start a page, and every förbund has a page of its own.
			expect(pdfPages(whole)).toBeGreaterThan(6 + 20);
			await page.goto(`${url}/rapporter/${lastYear}/forbund/${forbundId}`, {
				waitUntil: 'networkidle'
			});
			const one = await page.pdf({ format: 'A4', printBackground: true });
			writeFileSync(`test-results/print/${engine}-forbund.pdf`, one);
			expect(pdfPages(one)).toBeGreaterThanOrEqual(1);
			expect(pdfPages(one)).toBeLessThanOrEqual(3);
		} finally {
			await context.close();
		}
	});
});

// Publishing locks the year, so it runs on a server of its own: the shared demo keeps this
// year open for the other tests. The server starts with the file, so that it seeds its demo
// while the tests above run.
let publishingApp: Promise<RunningServer> | undefined;
beforeAll(() => {
	publishingApp = startServer(browserEngine);
	// Its failure is reported by the test that uses it, not as an unhandled rejection.
	publishingApp.catch(() => {});
});
afterAll(async () => {
	await (await publishingApp?.catch(() => undefined))?.stop();
});

describe('compiling and publishing a year', () => {
	let server: RunningServer;
	beforeAll(async () => {
		server = await publishingApp!;
	}, 120_000);

	it('lets NNS write a foreword, preview, and publish; the year is then locked and public', async () => {
		const url = server.url;
		const { context, page } = await newPage(browser());
		try {
			await signInContext(context, url, demo.nns);
			await page.goto(`${url}/admin/rapporter`, { waitUntil: 'networkidle' });
			await page.click(`a:text-is("${thisYear}")`);
			await page.waitForURL(`${url}/admin/rapporter/${thisYear}`);
			await page.fill('#foreword', 'Ett år av samverkan.\n\nTack till alla som svarade.');
			await page.click('button:text("Spara texterna")');
			await page.waitForURL(`${url}/admin/rapporter/${thisYear}?sparat`);
			await page.click('a:text("Förhandsgranska rapporten")');
			await expect.poll(() => page.textContent('#forord + p')).toBe('Ett år av samverkan.');
			await page.goBack();
			// Without the confirmation nothing is published; the message sits at the checkbox.
			await page.click('button:text("Publicera rapporten")');
			await expect.poll(() => page.textContent('#confirm-error')).toContain('Kryssa i');
			expect((await fetch(`${url}/rapporter/${thisYear}`)).status).toBe(404);
			await page.check('input[name=confirm]');
			await page.click('button:text("Publicera rapporten")');
			await page.waitForURL(`${url}/admin/rapporter/${thisYear}?publicerad=1`);
			await screenshot(page, 'report-published');

			const published = await (await fetch(`${url}/rapporter/${thisYear}`)).text();
			expect(published).toContain('Utgåva 1, publicerad');
			expect(published).toContain('Tack till alla som svarade.');
			const before = await editionBytes(url, thisYear, 1);
			// The year is locked: the demo round reads as closed and a submit stores nothing.
			// (A closed round's page carries no form, so no ticket: the refusal comes first.)
			const answer = await postForm(url, `/e/${demoToken}/sv?/skicka`, validBody());
			expect(answer.status).toBeGreaterThanOrEqual(400);
			expect(await editionBytes(url, thisYear, 1)).toEqual(before);
			const nns = await login(url, demo.nns);
			const again = await post(
				url,
				`/admin/rapporter/${thisYear}?/publish`,
				{ confirm: 'on' },
				nns
			);
			expect(again.status).toBe(400);
			expect(await again.text()).toContain('Skriv vad som har ändrats');
		} finally {
			await context.close();
		}
	}, 120_000);
});
