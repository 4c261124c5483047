import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	expectAccessible,
	expectNoHorizontalScroll,
	newPage,
	useBrowser,
	screenshot,
	viewports,
	type ViewportName
} from '$test/browser';
import { createRoundFixture, type RoundFixture } from '$test/builders';
import { browserEngine } from '$test/database';
import { clientNodeFilesOf } from '$test/build-nodes';
import { pageBytes } from '$test/page-bytes';
import { startServer, type RunningServer } from '$test/server';

/**
 * The participant path's page weight budgets (issue 11): everything a page loads, counted as the
 * server sends it (compressed bodies and headers), on a phone with a cold cache.
 */
const budgetBytes = 20 * 1024;
const smallPageBudgetBytes = 8 * 1024;

const browser = useBrowser();
let server: RunningServer;
let open: RoundFixture;
let closed: RoundFixture;
beforeAll(async () => {
	server = await startServer(browserEngine, {
		demo: false,
		prepare: async (database) => {
			open = await createRoundFixture(database.db);
			closed = await createRoundFixture(database.db, {
				opensOn: '2020-01-01',
				closesOn: '2020-12-31'
			});
		}
	});
});
afterAll(async () => {
	await server?.stop();
});

describe('the first questionnaire page', () => {
	it(`loads at most ${budgetBytes / 1024} KB as sent, with no chart or admin code`, async () => {
		const { transferred: total, resources: loaded } = await pageBytes(
			browser(),
			`${server.url}/e/${open.token}/sv`,
			'.progress'
		);
		mkdirSync('test-results', { recursive: true });
		writeFileSync(
			'test-results/participant-page-weight.json',
			JSON.stringify(
				{
					transferredBytes: total,
					budgetBytes,
					resources: loaded.map(({ body: _, ...r }) => r)
				},
				null,
				2
			)
		);
		console.log(
			`participant first page: ${total} bytes as sent in ${loaded.length} responses (budget ${budgetBytes})`
		);
		expect(loaded.length).toBeGreaterThan(3);
		expect(total).toBeLessThanOrEqual(budgetBytes);
		// The page itself comes compressed: the budget is what the server sends, not what it could.
		const document = loaded.find((r) => r.type === 'document');
		expect(document?.contentEncoding).toBe('br');
		expect(loaded.every((r) => r.url.startsWith(server.url))).toBe(true);
		expect(loaded.filter((r) => r.type === 'font')).toEqual([]);
		const scripts = loaded.filter((r) => r.type === 'script');
		// `_chartjs` is the property chart.js sets on every chart's data; it survives minification.
		expect(scripts.some((r) => /_chartjs|chart\.js|Chart\.register/i.test(r.body))).toBe(false);
		const adminNodes = clientNodeFilesOf(['(admin)', '(auth)']);
		expect(adminNodes.length).toBeGreaterThan(0);
		expect(scripts.filter((r) => adminNodes.some((file) => r.url.endsWith(file)))).toEqual([]);
	});

	it(`the landing page and /kod load at most ${smallPageBudgetBytes / 1024} KB each, with no script`, async () => {
		for (const path of [`/e/${open.token}`, '/kod']) {
			const { transferred, resources } = await pageBytes(browser(), `${server.url}${path}`);
			console.log(
				`participant ${path === '/kod' ? '/kod' : 'landing'}: ${transferred} bytes as sent`
			);
			expect(transferred).toBeLessThanOrEqual(smallPageBudgetBytes);
			expect(resources.filter((r) => r.type === 'script')).toEqual([]);
		}
	});
});

async function errorState(page: Page) {
	// Page 2 holds the first statements; "next" without answers shows the error summary.
	await page.locator('.actions button[type="button"]').last().click();
	await page.waitForSelector('fieldset.answer-question:visible input[name^="s."]');
	await page.locator('.actions button[type="button"]:not(.button-secondary)').click();
	await page.waitForSelector('.error-summary');
}

describe.each(Object.keys(viewports) as ViewportName[])('axe at %s width', (viewport) => {
	async function check(path: string, name: string, before?: (page: Page) => Promise<void>) {
		const { context, page } = await newPage(browser(), viewport);
		try {
			await page.goto(`${server.url}${path}`);
			await before?.(page);
			await expectNoHorizontalScroll(page);
			await expectAccessible(page);
			await screenshot(page, `participant-${name}-${viewport}`);
		} finally {
			await context.close();
		}
	}

	it('landing page', () => check(`/e/${open.token}`, 'landing'));
	it('closed round landing', () => check(`/e/${closed.token}`, 'closed-landing'));
	it('unknown link', () => check(`/e/${'B'.repeat(24)}`, 'unknown-link'));
	it('/kod', () => check('/kod', 'kod'));
	it('/kod with an error', () =>
		check('/kod', 'kod-error', async (page) => {
			await page.fill('#kod', 'fel');
			await page.click('button[type="submit"]');
			await page.waitForSelector('#kod-error');
		}));

	describe.each(['sv', 'lattlast', 'en', 'ar'])('in %s', (lang) => {
		it('questionnaire page', () =>
			check(`/e/${open.token}/${lang}`, `${lang}-questionnaire`, (page) =>
				page.waitForSelector('.progress').then(() => undefined)
			));
		it('error state', () =>
			check(`/e/${open.token}/${lang}`, `${lang}-errors`, async (page) => {
				await page.waitForSelector('.progress');
				await errorState(page);
			}));
		it('thank-you page', () => check(`/e/${open.token}/${lang}/tack`, `${lang}-thanks`));
		it('closed round', () => check(`/e/${closed.token}/${lang}`, `${lang}-closed`));
	});
});
