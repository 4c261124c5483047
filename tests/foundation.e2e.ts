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
import { browserEngine, engines } from '$test/database';
import { sharedServer, startServer, type RunningServer } from '$test/server';
import type { Engine } from '../src/lib/server/db/connect';

const server = sharedServer();
const browser = useBrowser();

/** The app on each engine but the shared app's, started once, in the background of other tests. */
const otherApps = new Map<Engine, Promise<RunningServer>>();
function otherApp(engine: Engine): Promise<RunningServer> {
	let app = otherApps.get(engine);
	if (!app) {
		app = startServer(engine);
		// Its failure is reported by the tests that use it, not as an unhandled rejection.
		app.catch(() => {});
		otherApps.set(engine, app);
	}
	return app;
}
beforeAll(() => {
	for (const engine of engines) if (engine !== server.engine) void otherApp(engine);
});
afterAll(async () => {
	for (const app of otherApps.values()) await (await app.catch(() => undefined))?.stop();
});

it('runs the shared app on the browser engine: PostgreSQL when there is one', () => {
	expect(server.engine).toBe(browserEngine);
	expect(engines).toContain(server.engine);
});

// Headers, the 404 page and axe do not depend on the database: on the browser engine only.
describe(`the app on ${server.engine}`, () => {
	const { engine, url } = server;

	it('sends the security headers and a strict CSP', async () => {
		const response = await fetch(url);
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(response.headers.get('referrer-policy')).toBe('same-origin');
		const csp = response.headers.get('content-security-policy') ?? '';
		expect(csp).toContain("object-src 'none'");
		expect(csp).toContain("frame-ancestors 'none'");
		expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
	});

	it('says in Swedish that a page does not exist, with status 404', async () => {
		const { context, page } = await newPage(browser());
		try {
			const response = await page.goto(`${url}/finns-inte`);
			expect(response?.status()).toBe(404);
			await expect(page.locator('h1').textContent()).resolves.toBe('Sidan finns inte');
		} finally {
			await context.close();
		}
	});

	describe.each(Object.keys(viewports) as ViewportName[])('at %s width', (viewport) => {
		it.each(['/', '/forbund', '/tillganglighet'])(
			'%s passes axe and never scrolls sideways',
			async (path) => {
				const { context, page } = await newPage(browser(), viewport);
				try {
					await page.goto(`${url}${path}`);
					await expectNoHorizontalScroll(page);
					await expectAccessible(page);
					const name = path === '/' ? 'start' : path.slice(1);
					await screenshot(page, `${engine}-${name}-${viewport}`);
				} finally {
					await context.close();
				}
			}
		);
	});
});

// The app's smoke runs on every engine: `npm start` runs on the embedded PGlite by default, and
// every other browser file runs on the browser engine only (PostgreSQL in CI), so the start page,
// the demo it seeds and the health check are proven here on each. The shared app serves the
// browser engine; the other engine's app is started for this file alone, at the file's start, so
// that it seeds its demo while the tests above run.
describe.each(engines)('the app on %s', (engine) => {
	let url = server.url;
	beforeAll(async () => {
		if (engine !== server.engine) url = (await otherApp(engine)).url;
	}, 120_000);

	it('serves the start page in Swedish with a working skip link', async () => {
		const { context, page } = await newPage(browser());
		try {
			const response = await page.goto(url);
			expect(response?.status()).toBe(200);
			expect(await page.getAttribute('html', 'lang')).toBe('sv');
			await expect(page.locator('h1').textContent()).resolves.toContain(
				'NNS nationella indikatorer'
			);
			await page.keyboard.press('Tab');
			const skip = page.locator(':focus');
			expect(await skip.textContent()).toBe('Hoppa till innehållet');
			await page.keyboard.press('Enter');
			expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
			expect(await page.locator('footer a[href="/tillganglighet"]').count()).toBe(1);
		} finally {
			await context.close();
		}
	});

	it('lists all 78 förbund grouped by län', async () => {
		const { context, page } = await newPage(browser());
		try {
			await page.goto(`${url}/forbund`);
			expect(await page.locator('[data-testid="forbund"]').count()).toBe(78);
			const lan = await page.locator('main h2').allTextContents();
			expect(lan).toHaveLength(21);
			expect(lan[0]).toMatch(/^Blekinge/);
			expect(lan.at(-1)).toMatch(/^Östergötland/);
			await expect(page.locator('.lead').textContent()).resolves.toContain(
				'78 samordningsförbund i 21 län'
			);
		} finally {
			await context.close();
		}
	});

	it('answers the health check with ok', async () => {
		const response = await fetch(`${url}/healthz`);
		expect(response.status).toBe(200);
		expect(response.headers.get('cache-control')).toBe('no-store');
		expect(await response.json()).toEqual({ status: 'ok' });
	});
});

describe.each(engines.filter((engine) => engine === 'postgres'))('health on %s', (engine) => {
	it('turns 503 when the database goes away, and says so without details', async () => {
		// Without the demo: the check needs only a database, and the demo's seed takes seconds.
		const app = await startServer(engine, { demo: false });
		try {
			expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
			const { dropPostgresDatabase } = await import('$test/database');
			await dropPostgresDatabase(app.databaseUrl!);
			const response = await fetch(`${app.url}/healthz`);
			expect(response.status).toBe(503);
			expect(await response.json()).toEqual({ status: 'unavailable' });
		} finally {
			await app.stop();
		}
	});
});
