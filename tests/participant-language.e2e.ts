import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	expectAccessible,
	expectNoHorizontalScroll,
	newPage,
	screenshot,
	useBrowser,
	viewports
} from '$test/browser';
import { createRoundFixture, shippedInstrument, type RoundFixture } from '$test/builders';
import { browserEngine } from '$test/database';
import { pageBytes } from '$test/page-bytes';
import { answerVisible } from '$test/participant';
import { startServer, type RunningServer } from '$test/server';

/**
 * Issue 12, items 6, 8 and 9: every word on a participant page in language X is in X or marked
 * with its own `lang`; the thank-you page says "saved" only after a stored submit; the no-JS error
 * summary comes first; Tigrinya has its font on phones without one, within the byte budgets.
 */
const browser = useBrowser();
const phrases = shippedInstrument.phrases;
let server: RunningServer;
let open: RoundFixture;
let closed: RoundFixture;
let swedishAndEnglish: RoundFixture;
beforeAll(async () => {
	server = await startServer(browserEngine, {
		demo: false,
		prepare: async (database) => {
			open = await createRoundFixture(database.db);
			closed = await createRoundFixture(database.db, {
				opensOn: '2020-01-01',
				closesOn: '2020-12-31'
			});
			swedishAndEnglish = await createRoundFixture(database.db, { languages: ['sv', 'en'] });
		}
	});
});
afterAll(async () => {
	await server?.stop();
});

/** Every visible text on the page with the language it is in: its nearest `lang`. */
function textsByLanguage(page: Page) {
	return page.evaluate(() => {
		const found: { text: string; lang: string }[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.textContent?.trim() ?? '';
			const element = node.parentElement;
			if (!text || !element || element.closest('template, script, style, [hidden]')) continue;
			if (element.getClientRects().length === 0) continue;
			found.push({ text, lang: element.closest('[lang]')?.getAttribute('lang') ?? '' });
		}
		return found;
	});
}

/** The fonts Chromium drew an element's text with: a custom one is the web font. */
async function fontsDrawing(page: Page, selector: string) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('DOM.enable');
	await cdp.send('CSS.enable');
	const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
	const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
	const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
	await cdp.detach();
	return fonts;
}

/**
 * Tigrinya drawn in an Ethiopic font: the subset (a custom font to Chromium) on a machine without
 * one, as here, or the machine's own where `local()` finds it. Never left to a font that lacks the
 * glyphs and draws empty boxes.
 */
async function expectEthiopicFont(page: Page, selector: string) {
	await page.evaluate(() => document.fonts.ready);
	const fonts = await fontsDrawing(page, selector);
	const ethiopic = fonts.filter(
		(f) => f.isCustomFont || /Ethiopic|Kefa|Nyala|Ebrima|Abyssinica/.test(f.familyName)
	);
	expect(ethiopic.length, JSON.stringify(fonts)).toBeGreaterThan(0);
	// Spaces and Latin punctuation may come from the system font; every Ethiopic glyph may not.
	const characters = [...((await page.locator(selector).first().textContent()) ?? '')];
	const ethiopicCount = characters.filter((c) => /[\u1200-\u137F]/u.test(c)).length;
	const drawn = ethiopic.reduce((sum, f) => sum + f.glyphCount, 0);
	expect(drawn, JSON.stringify(fonts)).toBeGreaterThanOrEqual(ethiopicCount);
}

/** The frame's words and the page's own Swedish words: none of them may pass as language X. */
const swedishWords = [
	'Byt språk',
	'Hoppa till',
	'Tillgänglighet',
	'Nationella nätverket',
	'Enkäten',
	'Skriv',
	'Länken',
	'Sidan'
];

async function expectAllIn(page: Page, lang: string) {
	expect(await page.locator('html').getAttribute('lang')).toBe(lang);
	for (const { text, lang: marked } of await textsByLanguage(page)) {
		if (marked === 'sv') continue;
		for (const word of swedishWords) {
			expect(text, `"${text}" is marked ${marked}`).not.toContain(word);
		}
	}
}

describe('a questionnaire page in Arabic', () => {
	it('has its skip link, footer and language switch in Arabic; Swedish names say they are', async () => {
		const { context, page } = await newPage(browser(), 'phone');
		try {
			await page.goto(`${server.url}/e/${open.token}/ar`);
			expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
			await expectAllIn(page, 'ar');
			expect(await page.locator('.skip-link').textContent()).toBe(phrases.ar!.skipToContent);
			expect(await page.locator('.site-footer a').textContent()).toBe(
				phrases.ar!.accessibilityStatement
			);
			expect(await page.locator('.site-footer').getAttribute('lang')).toBe('ar');
			const toStart = page.locator('.to-start a');
			expect(await toStart.textContent()).toContain(phrases.ar!.changeLanguage);
			expect((await toStart.textContent())?.replace(/\s+/g, ' ')).toBe(
				`${phrases.ar!.changeLanguage} · Byt språk`
			);
			expect(await toStart.locator('[lang="sv"]').textContent()).toBe('Byt språk');
			await expectAccessible(page);
		} finally {
			await context.close();
		}
	});
});

describe('a link to a language the round does not offer', () => {
	it('gets a Swedish 404 marked Swedish, with a line in the language asked for and a way on', async () => {
		const { context, page } = await newPage(browser(), 'phone');
		try {
			const response = await page.goto(`${server.url}/e/${swedishAndEnglish.token}/so`);
			expect(response?.status()).toBe(404);
			expect(await page.locator('html').getAttribute('lang')).toBe('sv');
			expect(await page.locator('html').getAttribute('dir')).toBeNull();
			expect(await page.locator('h1').textContent()).toBe('Enkäten finns inte på det språket');
			expect(await page.locator('main p[lang="so"]').textContent()).toContain(
				phrases.so!.languageNotOffered
			);
			await page.locator('main a', { hasText: 'Välj ett annat språk' }).click();
			await page.waitForURL(`**/e/${swedishAndEnglish.token}`);
			expect(await page.locator('.languages a').count()).toBe(2);
		} finally {
			await context.close();
		}
	});
});

describe('/kod, reached before any language is chosen', () => {
	it('is Swedish, with the one-line hint in every other language marked with its own lang and dir', async () => {
		const { context, page } = await newPage(browser(), 'phone');
		try {
			await page.goto(`${server.url}/kod`);
			expect(await page.locator('html').getAttribute('lang')).toBe('sv');
			const hints = await page.locator('.hints li').evaluateAll((items) =>
				items.map((li) => ({
					lang: li.getAttribute('lang'),
					dir: li.getAttribute('dir'),
					text: li.textContent?.trim()
				}))
			);
			expect(hints).toEqual(
				shippedInstrument.languages
					.filter((l) => l.lang !== 'sv')
					.map((l) => ({ lang: l.lang, dir: l.dir, text: phrases[l.code]!.codeHint }))
			);
			await expectEthiopicFont(page, '.hints li[lang="ti"]');
			await expectNoHorizontalScroll(page);
			await expectAccessible(page);
			await screenshot(page, 'language-kod-phone');
			// Six characters, but letters codes never have: said so, and what was typed stays.
			await page.fill('#kod', 'BOLIDS');
			await page.click('button[type="submit"]');
			await page.waitForSelector('#kod-error');
			expect(await page.locator('#kod-error').textContent()).toContain(
				'Koden innehåller tecken som enkätkoder aldrig har'
			);
			expect(await page.inputValue('#kod')).toBe('BOLIDS');
		} finally {
			await context.close();
		}
	});
});

describe('the landing page of a closed round', () => {
	it('says it is closed in each language the round offers, each marked', async () => {
		const { context, page } = await newPage(browser(), 'phone');
		try {
			await page.goto(`${server.url}/e/${closed.token}`);
			expect(await page.locator('.status p[lang="ar"]').textContent()).toBe(phrases.ar!.closedText);
			expect(await page.locator('.status p[lang="ti"]').textContent()).toBe(phrases.ti!.closedText);
			await expectEthiopicFont(page, '.status p[lang="ti"]');
			await expectAccessible(page);
		} finally {
			await context.close();
		}
	});

	it('open, names Tigrinya in its own script, drawn in the subset font', async () => {
		const { context, page } = await newPage(browser(), 'phone');
		try {
			await page.goto(`${server.url}/e/${open.token}`);
			await expectEthiopicFont(page, '.languages a[lang="ti"]');
		} finally {
			await context.close();
		}
	});
});

describe('the thank-you page', () => {
	it('opened directly, says nothing is known to be saved and leads to the questionnaire', async () => {
		const { context, page } = await newPage(browser(), 'phone');
		try {
			for (const query of ['', '?kvitto=AAAAAAAAAAAAAAAAAAAAAA']) {
				await page.goto(`${server.url}/e/${open.token}/ar/tack${query}`);
				await expectAllIn(page, 'ar');
				expect(await page.locator('h1').textContent()).toBe(phrases.ar!.notSentTitle);
				expect(await page.locator('main').textContent()).not.toContain(phrases.ar!.thanksText);
				await expectAccessible(page);
			}
			await screenshot(page, 'language-ar-thanks-direct-phone');
			await page.locator('main a', { hasText: phrases.ar!.toQuestionnaire }).click();
			await page.waitForURL(`**/e/${open.token}/ar`);
		} finally {
			await context.close();
		}
	});

	it('after a send without JavaScript, says the answers are saved', async () => {
		const { context, page } = await newPage(browser(), 'phone', { javaScriptEnabled: false });
		try {
			await page.goto(`${server.url}/e/${open.token}/ar`);
			await answerVisible(page);
			await page.locator('button[type="submit"]').click();
			await page.waitForURL(/\/ar\/tack\?kvitto=[\w-]{22}$/);
			expect(await page.locator('h1').textContent()).toBe(phrases.ar!.thanks);
			expect(await page.locator('main .lead').textContent()).toBe(phrases.ar!.thanksText);
			await expectAllIn(page, 'ar');
			await screenshot(page, 'language-ar-thanks-receipt-phone');
			// The receipt names the round and the language: it proves nothing for another one.
			await page.goto(page.url().replace('/ar/tack', '/en/tack'));
			expect(await page.locator('h1').textContent()).toBe(phrases.en!.notSentTitle);
		} finally {
			await context.close();
		}
	});
});

describe('a failed send without JavaScript', () => {
	it('puts the error summary first, in view at 320 px, above the repeated introduction', async () => {
		const { context, page } = await newPage(browser(), 'phone', { javaScriptEnabled: false });
		try {
			await page.goto(`${server.url}/e/${open.token}/sv`);
			await page.locator('button[type="submit"]').click();
			await page.waitForSelector('.error-summary');
			// Scripts are off in this page, so only Playwright's own queries, no page.evaluate.
			expect(await page.locator('.participant > :first-child').getAttribute('class')).toBe(
				'error-summary'
			);
			const summary = await page.locator('.error-summary').boundingBox();
			const heading = await page.locator('h1').boundingBox();
			expect(summary!.y).toBeLessThan(heading!.y);
			expect(summary!.y).toBeLessThan(viewports.phone.height / 2);
		} finally {
			await context.close();
		}
	});
});

describe('Tigrinya on a phone without an Ethiopic font', () => {
	it('gets its subset font, preloaded, with the questionnaire page within 20 KB as sent', async () => {
		const { transferred, resources } = await pageBytes(
			browser(),
			`${server.url}/e/${open.token}/ti`,
			'.progress'
		);
		const fonts = resources.filter((r) => r.type === 'font');
		console.log(
			`ti questionnaire: ${transferred} bytes as sent, fonts ${fonts.map((f) => f.bodyBytes + f.headerBytes).join(' + ')}`
		);
		expect(fonts.map((f) => new URL(f.url).pathname).sort()).toEqual(
			expect.arrayContaining([expect.stringMatching(/^\/fonts\/noto-sans-ethiopic-rest\./)])
		);
		expect(transferred).toBeLessThanOrEqual(20 * 1024);

		const { context, page } = await newPage(browser(), 'phone');
		try {
			await page.goto(`${server.url}/e/${open.token}/ti`);
			await page.waitForSelector('.progress');
			expect(await page.locator('link[rel="preload"][as="font"]').count()).toBe(2);
			await page.evaluate(() => document.fonts.ready);
			const loaded = await page.evaluate(() =>
				[...document.fonts]
					.filter((font) => font.status === 'loaded')
					.map((font) => font.family.replaceAll('"', ''))
			);
			expect(loaded).toContain('NNS Ethiopic');
			await expectAllIn(page, 'ti');
			await expectEthiopicFont(page, 'h1');
			await expectEthiopicFont(page, '.intro p');
			await expectNoHorizontalScroll(page);
			await expectAccessible(page);
			await screenshot(page, 'language-ti-questionnaire-phone');
		} finally {
			await context.close();
		}
	});

	it('is not loaded by a Swedish page; the landing page and /kod stay within 8 KB', async () => {
		const swedish = await pageBytes(browser(), `${server.url}/e/${open.token}/sv`, '.progress');
		expect(swedish.resources.filter((r) => r.type === 'font')).toEqual([]);
		const { context, page } = await newPage(browser(), 'phone');
		try {
			await page.goto(`${server.url}/e/${open.token}/sv`);
			expect(await page.locator('link[rel="preload"][as="font"]').count()).toBe(0);
		} finally {
			await context.close();
		}
		for (const path of [`/e/${open.token}`, '/kod']) {
			const { transferred, resources } = await pageBytes(browser(), `${server.url}${path}`);
			const fonts = resources.filter((r) => r.type === 'font');
			console.log(`${path}: ${transferred} bytes as sent, ${fonts.length} font file(s)`);
			// The language's name (and on /kod its hint) comes from the small file only.
			expect(fonts.every((f) => f.url.includes('noto-sans-ethiopic-everywhere'))).toBe(true);
			expect(transferred).toBeLessThanOrEqual(8 * 1024);
		}
	});
});
