import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedServer } from '$test/server';
import { demo, demoIds, get, login, post, signInContext } from '$test/accounts';
import { postForm, validBody, ticketFor } from '$test/participant';
import {
	expectAccessible,
	expectNoHorizontalScroll,
	newPage,
	screenshot,
	useBrowser,
	viewports
} from '$test/browser';

const browser = useBrowser();
const { engine, url } = sharedServer();

describe(`results on ${engine}`, () => {
	let ids: Awaited<ReturnType<typeof demoIds>>;
	beforeAll(async () => {
		ids = await demoIds(url);
	});

	/** A new insats of A with a round of two answers: below the inside threshold. */
	async function smallInsatsRound() {
		const adminA = await login(url, demo.adminA);
		const name = `Liten insats ${randomUUID().slice(0, 8)}`;
		const made = await post(
			url,
			`/admin/forbund/${ids.forbundA}/insatser?/create`,
			{ name, typ: 'individ', parter: ['kommun', 'region'], startYear: '2026' },
			adminA
		);
		expect(made.status).toBe(303);
		const insatserPage = await (
			await get(url, `/admin/forbund/${ids.forbundA}/insatser`, adminA)
		).text();
		const insatsId = new RegExp(`/insatser/(\\d+)"[^>]*>${name}<`).exec(insatserPage)?.[1];
		expect(insatsId).toBeDefined();
		const created = await post(
			url,
			`/admin/forbund/${ids.forbundA}/omgangar?/create`,
			{
				questionnaire: 'deltagare-pagaende',
				year: '2026',
				insatsId: insatsId!,
				opensOn: '2026-01-01',
				closesOn: '2026-12-31',
				languages: ['sv']
			},
			adminA
		);
		expect(created.status).toBe(303);
		const roundPage = await (await get(url, created.headers.get('location')!, adminA)).text();
		const token = /\/e\/([A-Za-z0-9_-]{24})</.exec(roundPage)?.[1];
		expect(token).toBeDefined();
		for (let i = 0; i < 2; i++) {
			expect(
				(await postForm(url, `/e/${token}/sv?/skicka`, validBody(await ticketFor(url, token!))))
					.status
			).toBe(303);
		}
	}

	it('a förbund admin sees its results beside the nation, with hidden cells as ..', async () => {
		await smallInsatsRound();
		const { context, page } = await newPage(browser(), 'desktop');
		const requested: string[] = [];
		page.on('request', (request) => requested.push(request.url()));
		try {
			await signInContext(context, url, demo.adminA);
			await page.goto(
				`${url}/admin/forbund/${ids.forbundA}/resultat?ar=2026&enkat=deltagare-pagaende`,
				{ waitUntil: 'networkidle' }
			);
			const table = page.locator('[data-testid="indicator-table"]');
			expect(await table.locator('tbody tr').count()).toBeGreaterThan(2);
			const text = (await page.locator('main').textContent()) ?? '';
			expect(text).toMatch(/\d,\d/); // decimal comma
			expect(text).toContain('Riket');
			// The insats with two answers is hidden: `..` to the eye, a sentence to a screen reader.
			const hidden = page.locator('[data-testid="insats-table"] .hidden-value').first();
			expect(await hidden.count()).toBe(1);
			expect(await hidden.textContent()).toBe('..För få svar för att visas');
			// chart.js is loaded here, and draws on a canvas.
			await page.locator('canvas').first().waitFor();
			await page.waitForFunction(() => {
				const canvas = document.querySelector('canvas') as
					(HTMLCanvasElement & { $chartjs?: unknown }) | null;
				return canvas !== null && canvas.width > 0;
			});
			expect(requested.some((u) => /\/_app\/immutable\/chunks\//.test(u))).toBe(true);
			for (const viewport of ['phone', 'desktop'] as const) {
				await page.setViewportSize(viewports[viewport]);
				await expectAccessible(page);
				await expectNoHorizontalScroll(page);
				await screenshot(page, `${engine}-resultat-forbund-${viewport}`);
			}
		} finally {
			await context.close();
		}
	});

	it('works without JavaScript: the tables are the content, the filters a plain GET form', async () => {
		const reader = await login(url, demo.readerA);
		const response = await get(
			url,
			`/admin/forbund/${ids.forbundA}/resultat?ar=2026&enkat=deltagare-pagaende`,
			reader
		);
		expect(response.status).toBe(200);
		const html = await response.text();
		expect(html).toContain('data-testid="indicator-table"');
		expect(html).toContain('data-testid="statement-table"');
		expect(html).toContain('<form method="get"');
	});

	it('keeps förbund B out of förbund A’s results, and refuses a made-up filter', async () => {
		const adminB = await login(url, demo.adminB);
		expect((await get(url, `/admin/forbund/${ids.forbundA}/resultat`, adminB)).status).toBe(403);
		const adminA = await login(url, demo.adminA);
		const bad = await get(url, `/admin/forbund/${ids.forbundA}/resultat?ar=2.026e3`, adminA);
		expect(bad.status).toBe(400);
		expect(await bad.text()).toContain('Året ska skrivas med fyra siffror');
		expect((await get(url, '/admin/resultat', adminA)).status).toBe(403);
	});

	it('NNS sees the nation, by område, län and förbund, as from outside', async () => {
		const { context, page } = await newPage(browser(), 'desktop');
		try {
			await signInContext(context, url, demo.nns);
			await page.goto(`${url}/admin/resultat?enkat=deltagare-pagaende`, {
				waitUntil: 'networkidle'
			});
			const rows = page.locator('[data-testid="forbund-comparison"] tbody tr');
			expect(await rows.count()).toBeGreaterThan(10);
			// Hidden förbund come last, so that a sort position tells nothing.
			const values = await rows.evaluateAll((trs) =>
				trs.map((tr) => tr.querySelector('.hidden-value') !== null)
			);
			const firstHidden = values.indexOf(true);
			expect(firstHidden).toBeGreaterThan(0);
			expect(values.slice(firstHidden).every(Boolean)).toBe(true);
			for (const viewport of ['phone', 'desktop'] as const) {
				await page.setViewportSize(viewports[viewport]);
				await expectAccessible(page);
				await screenshot(page, `${engine}-resultat-riket-${viewport}`);
			}
		} finally {
			await context.close();
		}
	});
});
