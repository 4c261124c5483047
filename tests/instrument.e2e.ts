import { describe, expect, it } from 'vitest';
import { sharedServer } from '$test/server';
import {
	expectAccessible,
	expectNoHorizontalScroll,
	newPage,
	useBrowser,
	screenshot,
	viewports,
	type ViewportName
} from '$test/browser';

// The instrument pages read only the files in surveys/, so one engine is enough here.
const { url } = sharedServer();
const browser = useBrowser();

describe('/instrument', () => {
	it('lists the six questionnaires and every indicator with the statements that measure it', async () => {
		const { context, page } = await newPage(browser());
		try {
			await page.goto(`${url}/instrument`);
			expect(await page.locator('.card h3').count()).toBe(6);
			expect(await page.locator('.indicator h3').count()).toBe(16);
			await expect(page.locator('#indicator-I05 + p').textContent()).resolves.toContain('hälsa');
			const i05 = page.locator('section[aria-labelledby="indicator-I05"] li');
			expect(await i05.count()).toBe(2);
			// Draft translations are visibly marked.
			const draft = await page
				.locator('.card')
				.first()
				.locator('a', { hasText: 'العربية' })
				.textContent();
			expect(draft).toContain('(utkast)');
		} finally {
			await context.close();
		}
	});
});

describe('the printable questionnaire', () => {
	it('renders Arabic right to left with the statements, the scale and a box for the round code', async () => {
		const { context, page } = await newPage(browser());
		try {
			const response = await page.goto(`${url}/instrument/deltagare-avslut/ar`);
			expect(response?.status()).toBe(200);
			const paper = page.locator('article.paper');
			expect(await paper.getAttribute('dir')).toBe('rtl');
			expect(await paper.getAttribute('lang')).toBe('ar');
			expect(await page.locator('tbody tr').count()).toBe(16);
			// Seven steps and "don't know": eight boxes on every row.
			expect(await page.locator('tbody tr').first().locator('.box').count()).toBe(8);
			await expect(page.locator('.code-label').textContent()).resolves.toBe('رمز الاستبيان');
			const firstRow = await page.locator('tbody tr').first().boundingBox();
			const firstText = await page.locator('tbody th').first().boundingBox();
			// Right to left: the statement stands at the right, the boxes to its left.
			expect(firstText!.x + firstText!.width).toBeGreaterThan(firstRow!.x + firstRow!.width - 5);
		} finally {
			await context.close();
		}
	});

	it('says kindly that a questionnaire is not offered in a language', async () => {
		const response = await fetch(`${url}/instrument/styrelse/ar`);
		expect(response.status).toBe(404);
		expect(await response.text()).toContain('Enkäten finns inte på det språket.');
	});

	it.each(['sv', 'ar'])('prints on A4 without the site chrome (%s)', async (lang) => {
		const { context, page } = await newPage(browser());
		try {
			await page.goto(`${url}/instrument/deltagare-avslut/${lang}`);
			await page.emulateMedia({ media: 'print' });
			expect(await page.locator('.site-header').isVisible()).toBe(false);
			expect(await page.locator('.screen-only').isVisible()).toBe(false);
			await screenshot(page, `paper-deltagare-avslut-${lang}-print`);
			const pdf = await page.pdf({ format: 'A4' });
			expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		} finally {
			await context.close();
		}
	});
});

describe.each(Object.keys(viewports) as ViewportName[])('at %s width', (viewport) => {
	it.each([
		'/instrument',
		'/instrument/deltagare-avslut/sv',
		'/instrument/deltagare-avslut/ar',
		'/instrument/deltagare-pagaende/lattlast',
		'/instrument/styrelse/en'
	])('%s passes axe and never scrolls sideways', async (path) => {
		const { context, page } = await newPage(browser(), viewport);
		try {
			await page.goto(`${url}${path}`);
			await expectNoHorizontalScroll(page);
			await expectAccessible(page);
			await screenshot(page, `${path.slice(1).replaceAll('/', '-')}-${viewport}`);
		} finally {
			await context.close();
		}
	});
});
