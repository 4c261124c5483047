import { mkdirSync } from 'node:fs';
import axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { assertChromiumInstalled, chromiumPath } from './chromium';

export const viewports = {
	phone: { width: 320, height: 640 },
	desktop: { width: 1280, height: 800 }
} as const;
export type ViewportName = keyof typeof viewports;

export async function launchBrowser(): Promise<Browser> {
	assertChromiumInstalled();
	return chromium.launch({
		executablePath: chromiumPath,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	});
}

/** One browser for a test file: launched before its tests, closed after them. */
export function useBrowser(): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});
	return () => {
		if (!browser) throw new Error('the browser is not running yet');
		return browser;
	};
}

export async function newPage(
	browser: Browser,
	viewport: ViewportName = 'desktop',
	options: { javaScriptEnabled?: boolean } = {}
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({
		viewport: viewports[viewport],
		locale: 'sv-SE',
		javaScriptEnabled: options.javaScriptEnabled ?? true
	});
	return { context, page: await context.newPage() };
}

interface AxeViolation {
	id: string;
	help: string;
	nodes: { target: string[] }[];
}

/** WCAG 2.0/2.1 A and AA rules plus target-size (44 × 44 is our own stricter goal). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
	// Evaluated through the DevTools protocol, so the page's CSP (rightly) does not block it.
	await page.evaluate(axe.source);
	return page.evaluate(async () => {
		const result = await window.axe.run(document, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
			rules: { 'target-size': { enabled: true } }
		});
		return result.violations.map((v) => ({
			id: v.id,
			help: v.help,
			nodes: v.nodes.map((n) => ({ target: n.target.map(String) }))
		}));
	});
}

export async function expectAccessible(page: Page): Promise<void> {
	const violations = await axeViolations(page);
	expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
}

export async function expectNoHorizontalScroll(page: Page): Promise<void> {
	const overflow = await page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const wide = [...document.querySelectorAll('body *')]
			.filter((e) => e.getBoundingClientRect().right > width + 1 && !e.closest('.table-wrap'))
			.slice(0, 3)
			.map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
		return { by: document.documentElement.scrollWidth - width, wide };
	});
	expect(overflow.by, `wider than the page: ${overflow.wide.join(', ')}`).toBeLessThanOrEqual(0);
}

/**
 * A full-page picture for a person to look at, taken only when asked (`SCREENSHOTS=1`): the
 * tests' own checks (axe, sideways scrolling) run either way, and a picture of every page on
 * every run costs time that no assertion uses.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
	if (process.env.SCREENSHOTS !== '1') return;
	mkdirSync('test-results/screenshots', { recursive: true });
	await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

declare global {
	interface Window {
		axe: typeof axe;
	}
}
