import type { BrowserContext, Page } from 'playwright-core';
import { demoPassword, demoUsers } from '../../src/lib/server/demo/users';

/** The demo accounts every e2e server has (DEMO_DATA=1). */
export const demo = {
	nns: demoUsers[0]!.email,
	adminA: demoUsers[1]!.email,
	readerA: demoUsers[2]!.email,
	adminB: demoUsers[3]!.email,
	readerB: demoUsers[4]!.email
} as const;
export type Actor = keyof typeof demo | 'anonymous';
export { demoPassword };

/** The session cookie from a response, as a Cookie header value. */
export function sessionCookieFrom(response: Response): string | null {
	const cookie = response.headers.getSetCookie().find((c) => /^(__Host-)?session=[^;]+/.test(c));
	return cookie ? cookie.split(';')[0]! : null;
}

/** A plain HTML form post, as a browser without JavaScript sends it. */
export async function post(
	url: string,
	path: string,
	fields: Record<string, string | string[]> = {},
	cookie?: string | null
): Promise<Response> {
	const body = new URLSearchParams();
	for (const [key, value] of Object.entries(fields)) {
		for (const v of [value].flat()) body.append(key, v);
	}
	return fetch(url + path, {
		method: 'POST',
		body,
		redirect: 'manual',
		headers: {
			origin: url,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded',
			...(cookie ? { cookie } : {})
		}
	});
}

export async function get(url: string, path: string, cookie?: string | null): Promise<Response> {
	return fetch(url + path, {
		redirect: 'manual',
		headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) }
	});
}

/** Signs in through the real login form and returns the session cookie. */
export async function login(url: string, email: string, password = demoPassword): Promise<string> {
	const response = await post(url, '/logga-in', { email, password });
	const cookie = sessionCookieFrom(response);
	if (response.status !== 303 || !cookie) {
		throw new Error(`Login as ${email} failed with ${response.status}`);
	}
	return cookie;
}

export async function loginInBrowser(
	page: Page,
	url: string,
	email: string,
	password = demoPassword
) {
	// Typed before hydration, a value could be reset; wait until the page is fully loaded.
	await page.goto(`${url}/logga-in`, { waitUntil: 'networkidle' });
	await page.fill('#email', email);
	await page.fill('#password', password);
	await Promise.all([
		page.waitForURL(`${url}/admin`),
		page.click('button[type=submit] >> text=Logga in')
	]);
}

/** Ids of the demo förbund and people, read from the pages as NNS sees them. */
export async function demoIds(url: string) {
	const nns = await login(url, demo.nns);
	const adminA = await login(url, demo.adminA);
	const adminB = await login(url, demo.adminB);
	const idIn = async (cookie: string, path: string, pattern: RegExp) => {
		const html = await (await get(url, path, cookie)).text();
		const match = pattern.exec(html);
		if (!match) throw new Error(`No id matching ${pattern} on ${path}`);
		return match[1]!;
	};
	const forbundA = await idIn(adminA, '/admin', /\/admin\/forbund\/(\d+)"/);
	const forbundB = await idIn(adminB, '/admin', /\/admin\/forbund\/(\d+)"/);
	const insatsA = await idIn(adminA, `/admin/forbund/${forbundA}/insatser`, /\/insatser\/(\d+)"/);
	const insatsB = await idIn(adminB, `/admin/forbund/${forbundB}/insatser`, /\/insatser\/(\d+)"/);
	const roundA = await idIn(adminA, `/admin/forbund/${forbundA}/omgangar`, /\/omgangar\/(\d+)"/);
	const roundB = await idIn(adminB, `/admin/forbund/${forbundB}/omgangar`, /\/omgangar\/(\d+)"/);
	const users = await (await get(url, '/admin/anvandare', nns)).text();
	const userId = (email: string) => {
		const item = users.split('<li').find((chunk) => chunk.includes(email));
		const match = item && /\/admin\/anvandare\/(\d+)"/.exec(item);
		if (!match) throw new Error(`No user ${email}`);
		return match[1]!;
	};
	return {
		forbundA,
		forbundB,
		insatsA,
		insatsB,
		roundA,
		roundB,
		users: {
			nns: userId(demo.nns),
			adminA: userId(demo.adminA),
			readerA: userId(demo.readerA),
			adminB: userId(demo.adminB),
			readerB: userId(demo.readerB)
		}
	};
}

/** Signs a browser in without going through the form (the form has tests of its own). */
export async function signInContext(context: BrowserContext, url: string, email: string) {
	const [name, value] = (await login(url, email)).split('=') as [string, string];
	await context.addCookies([{ name, value, url, httpOnly: true, sameSite: 'Lax' }]);
}
