import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedServer } from '$test/server';
import {
	demo,
	demoPassword,
	demoIds,
	get,
	login,
	loginInBrowser,
	post,
	sessionCookieFrom,
	signInContext
} from '$test/accounts';
import {
	expectAccessible,
	expectNoHorizontalScroll,
	launchBrowser,
	newPage,
	screenshot,
	viewports,
	type ViewportName
} from '$test/browser';

const { engine, url } = sharedServer();
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** Invites a new person to förbund A as its admin and returns the link shown. */
async function invite(url: string, adminA: string, forbundA: string, email: string) {
	const response = await post(
		url,
		`/admin/forbund/${forbundA}/anvandare?/invite`,
		{ name: 'Test Testsson', email, role: 'reader' },
		adminA
	);
	expect(response.status).toBe(200);
	const link = /http:\/\/[^"<\s]+\/inbjudan\/[a-z2-7]{40}/.exec(await response.text())?.[0];
	expect(link).toBeDefined();
	return link!;
}

/** How many audit entries NNS sees: every admin change adds one. */
async function auditCount(url: string, nns: string): Promise<number> {
	const html = await (await get(url, '/admin/logg', nns)).text();
	return html.split('data-testid="audit-entry"').length - 1;
}

describe(`accounts on ${engine}`, () => {
	let ids: Awaited<ReturnType<typeof demoIds>>;
	let nns: string;
	let adminA: string;
	beforeAll(async () => {
		ids = await demoIds(url);
		nns = await login(url, demo.nns);
		adminA = await login(url, demo.adminA);
	});

	it('signs in through the form, shows the person, and logs out only by POST', async () => {
		const { context, page } = await newPage(browser, 'desktop', { javaScriptEnabled: false });
		try {
			await loginInBrowser(page, url, demo.readerA);
			await expect(page.locator('.site-header').textContent()).resolves.toContain('Johan Berg');
			// A GET to the logout page (a link, an image elsewhere) does not sign anyone out.
			await page.goto(`${url}/logga-ut`);
			await page.goto(`${url}/admin`);
			expect(new URL(page.url()).pathname).toBe('/admin');
			await Promise.all([page.waitForURL(/\/logga-in/), page.click('text=Logga ut')]);
			const response = await page.goto(`${url}/admin`);
			expect(new URL(page.url()).pathname).toBe('/logga-in');
			expect(response?.status()).toBe(200);
			expect((await context.cookies()).filter((c) => c.name === 'session')).toEqual([]);
		} finally {
			await context.close();
		}
	});

	it('sets an HttpOnly, SameSite=Lax session cookie and a new one at every login', async () => {
		const first = await post(url, '/logga-in', {
			email: demo.readerB,
			password: 'Indikator-demo-2026'
		});
		const second = await post(url, '/logga-in', {
			email: demo.readerB,
			password: 'Indikator-demo-2026'
		});
		const cookies = first.headers.getSetCookie();
		const header = cookies.find((c) => c.startsWith('session='));
		expect(header).toMatch(/^session=[a-z2-7]{40}; Path=\/; Expires=[^;]+; HttpOnly; SameSite=Lax/);
		// The known-device cookie (see known-device.ts) is HttpOnly and Lax too.
		expect(cookies.find((c) => c.startsWith('enhet='))).toMatch(
			/^enhet=\d+\.[\w-]+\.[\w-]+; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Lax/
		);
		expect(sessionCookieFrom(first)).not.toBe(sessionCookieFrom(second));
	});

	it('refuses a wrong password with a Swedish message and sets no cookie', async () => {
		const response = await post(url, '/logga-in', {
			email: demo.adminB,
			password: 'fel-lösenord-här'
		});
		expect(response.status).toBe(400);
		expect(sessionCookieFrom(response)).toBeNull();
		const html = await response.text();
		expect(html).toContain('Fel e-postadress eller lösenord.');
		expect(html).not.toContain('fel-lösenord-här');
	});

	it('gives participant paths no cookie at all, even when one is sent', async () => {
		for (const path of ['/e/abc', '/kod', '/tack', '/healthz']) {
			const response = await get(url, path, adminA);
			expect(response.headers.getSetCookie(), path).toEqual([]);
		}
		// Elsewhere a valid session is refreshed.
		expect((await get(url, '/', adminA)).headers.getSetCookie()).toHaveLength(1);
	});

	it('invites a person: the link works once, sets the password and signs in', async () => {
		const link = await invite(url, adminA, ids.forbundA, `ny.${engine}@example.se`);
		const { context, page } = await newPage(browser, 'phone');
		try {
			await page.goto(link, { waitUntil: 'networkidle' });
			await expectAccessible(page);
			await page.fill('#password', 'kort');
			await page.fill('#confirm', 'kort');
			await page.click('button[type=submit]');
			await page.locator('#password-error').waitFor();
			expect(await page.locator('#password-error').textContent()).toBe(
				'Lösenordet måste ha minst 12 tecken.'
			);
			expect(await page.getAttribute('#password', 'aria-invalid')).toBe('true');
			expect(await page.getAttribute('#password', 'aria-describedby')).toContain('password-error');
			await expectAccessible(page);
			await screenshot(page, `${engine}-inbjudan-fel-phone`);
			await page.fill('#password', 'en ovanlig mening om fika');
			await page.fill('#confirm', 'en ovanlig mening om fika');
			await Promise.all([page.waitForURL(`${url}/admin`), page.click('button[type=submit]')]);
			await expect(page.locator('main').textContent()).resolves.toContain('Östra Södertörn');
		} finally {
			await context.close();
		}
		const again = await get(url, new URL(link).pathname);
		expect(again.status).toBe(410);
		expect(await again.text()).toContain('Länken har redan använts eller har gått ut');
		const reuse = await post(url, new URL(link).pathname, {
			password: 'ett annat långt lösenord',
			confirm: 'ett annat långt lösenord'
		});
		expect(reuse.status).toBe(410);
		expect(sessionCookieFrom(reuse)).toBeNull();
	});

	it('invites an existing account without telling the admin, and adds it only once accepted', async () => {
		// Erik belongs to förbund B; admin A cannot tell that from the answer.
		const link = await invite(url, adminA, ids.forbundA, demo.readerB);
		const readerB = await login(url, demo.readerB);
		expect((await get(url, `/admin/forbund/${ids.forbundA}`, readerB)).status).toBe(403);
		const opened = await get(url, new URL(link).pathname, readerB);
		expect(opened.status).toBe(303);
		const acceptPath = opened.headers.get('location')!;
		expect(acceptPath).toMatch(/^\/admin\/inbjudan\/[a-z2-7]{40}$/);
		// Someone else signed in cannot take it.
		expect((await get(url, acceptPath, adminA)).status).toBe(403);
		expect((await post(url, `${acceptPath}?/accept`, {}, readerB)).status).toBe(303);
		expect((await get(url, `/admin/forbund/${ids.forbundA}`, readerB)).status).toBe(200);
		expect((await post(url, `${acceptPath}?/accept`, {}, readerB)).status).toBe(410);
		// Put back as it was: other tests rely on Erik belonging to B only.
		const removed = await post(
			url,
			`/admin/forbund/${ids.forbundA}/anvandare?/remove`,
			{ userId: ids.users.readerB },
			adminA
		);
		expect(removed.status).toBe(303);
		expect((await get(url, `/admin/forbund/${ids.forbundA}`, readerB)).status).toBe(403);
	});

	it('ends every session when the password changes', async () => {
		const email = `byte.${engine}@example.se`;
		const link = await invite(url, adminA, ids.forbundA, email);
		const setPassword = await post(url, new URL(link).pathname, {
			password: 'första lösenordet är långt',
			confirm: 'första lösenordet är långt'
		});
		expect(setPassword.status).toBe(303);
		const phone = await login(url, email, 'första lösenordet är långt');
		const laptop = await login(url, email, 'första lösenordet är långt');
		const change = await post(
			url,
			'/admin/konto?/changePassword',
			{
				currentPassword: 'första lösenordet är långt',
				password: 'andra lösenordet är längre',
				confirm: 'andra lösenordet är längre'
			},
			laptop
		);
		expect(change.status).toBe(303);
		const fresh = sessionCookieFrom(change);
		expect(fresh).not.toBeNull();
		for (const old of [phone, laptop]) {
			const response = await get(url, '/admin', old);
			expect(response.status).toBe(303);
			expect(response.headers.get('location')).toMatch(/^\/logga-in/);
		}
		expect((await get(url, '/admin', fresh)).status).toBe(200);
		await login(url, email, 'andra lösenordet är längre');
	});

	it('shows the admin an invitation link when there is no mail server, and logs the action', async () => {
		const { context, page } = await newPage(browser, 'desktop');
		try {
			// Signed in without the form, which the first test covers: this one is about the invite.
			await signInContext(context, url, demo.adminA);
			await page.goto(`${url}/admin/forbund/${ids.forbundA}/anvandare`, {
				waitUntil: 'networkidle'
			});
			await page.fill('#name', 'Lena Strand');
			await page.fill('#email', `lena.${engine}@example.se`);
			await page.selectOption('#role', 'admin');
			await page.click('button:has-text("Bjud in")');
			await page.locator('[data-testid="account-link"]').waitFor();
			expect(await page.locator('[data-testid="account-link"]').textContent()).toMatch(
				/\/inbjudan\/[a-z2-7]{40}$/
			);
			await page.goto(`${url}/admin/forbund/${ids.forbundA}/logg`);
			expect(await page.locator('[data-testid="audit-entry"]').first().textContent()).toContain(
				'Bjöd in Lena Strand'
			);
		} finally {
			await context.close();
		}
	});

	describe.each(Object.keys(viewports) as ViewportName[])('at %s width', (viewport) => {
		const pages: [string, string | null, (ids: Awaited<ReturnType<typeof demoIds>>) => string][] = [
			['logga-in', null, () => '/logga-in'],
			['admin', demo.nns, () => '/admin'],
			['register', demo.nns, () => '/admin/register'],
			['register-forbund', demo.nns, (i) => `/admin/register/${i.forbundA}`],
			['anvandare', demo.nns, () => '/admin/anvandare'],
			['anvandare-person', demo.nns, (i) => `/admin/anvandare/${i.users.readerA}`],
			['installningar', demo.nns, () => '/admin/installningar'],
			['logg', demo.nns, () => '/admin/logg'],
			['konto', demo.readerA, () => '/admin/konto'],
			['forbund-profil', demo.adminA, (i) => `/admin/forbund/${i.forbundA}`],
			['forbund-profil-lasare', demo.readerA, (i) => `/admin/forbund/${i.forbundA}`],
			['insatser', demo.adminA, (i) => `/admin/forbund/${i.forbundA}/insatser`],
			['insats', demo.adminA, (i) => `/admin/forbund/${i.forbundA}/insatser/${i.insatsA}`],
			['forbund-anvandare', demo.adminA, (i) => `/admin/forbund/${i.forbundA}/anvandare`],
			['forbund-logg', demo.adminA, (i) => `/admin/forbund/${i.forbundA}/logg`]
		];
		// Axe on the long lists takes a while on a busy machine.
		it.each(pages)(
			'%s passes axe and never scrolls sideways',
			{ timeout: 120_000 },
			async (name, who, path) => {
				const { context, page } = await newPage(browser, viewport);
				try {
					if (who) await signInContext(context, url, who);
					const response = await page.goto(url + path(ids));
					expect(response?.status()).toBe(200);
					await expectNoHorizontalScroll(page);
					await expectAccessible(page);
					await screenshot(page, `${engine}-${name}-${viewport}`);
				} finally {
					await context.close();
				}
			}
		);
	});

	describe('bad input in every form: a Swedish message beside the field, 4xx, nothing changed', () => {
		type Case = [
			string,
			string | 'nns' | 'adminA' | 'readerA',
			(i: typeof ids) => string,
			Record<string, string | string[]> | ((i: typeof ids) => Record<string, string>),
			string,
			string
		];
		// One case per form shows a schema's message on the page; each field's other messages are
		// checked on the schemas (auth/login-form, register-form, disclosure/settings-form,
		// register/profile-form and insats-form specs). The cases that need the database or the
		// person signed in (a taken name, one's own rights and role, the current password, the
		// password rules after it) stay here.
		const cases: Case[] = [
			[
				'login',
				'',
				() => '/logga-in',
				{ email: 'inte-en-adress', password: 'x' },
				'email',
				'Skriv e-postadressen i formen namn@exempel.se.'
			],
			[
				'register create',
				'nns',
				() => '/admin/register?/create',
				{ name: '', lan: 'Skåne', omrade: 'syd' },
				'name',
				'Skriv förbundets namn.'
			],
			[
				'register create, taken name',
				'nns',
				() => '/admin/register?/create',
				{ name: 'östra södertörn', lan: 'Skåne', omrade: 'syd' },
				'name',
				'Det finns redan ett förbund med det namnet.'
			],
			[
				'register save',
				'nns',
				(i) => `/admin/register/${i.forbundA}?/save`,
				{ name: 'Östra Södertörn', lan: 'Stockholm', omrade: 'mitt' },
				'omrade',
				'Välj område.'
			],
			[
				'invite (NNS)',
				'nns',
				() => '/admin/anvandare?/invite',
				{ name: 'A B', email: 'a@b.se', role: 'reader', forbundId: '' },
				'forbundId',
				'Välj förbund.'
			],
			[
				'user save',
				'nns',
				(i) => `/admin/anvandare/${i.users.readerA}?/save`,
				{ name: ' ' },
				'name',
				'Skriv personens namn.'
			],
			[
				'user save, own rights',
				'nns',
				(i) => `/admin/anvandare/${i.users.nns}?/save`,
				{ name: 'Ingrid Lindqvist', active: 'on' },
				'isNnsAdmin',
				'Du kan inte ta bort din egen NNS-behörighet eller stänga av dig själv.'
			],
			[
				'user add role',
				'nns',
				(i) => `/admin/anvandare/${i.users.readerA}?/addRole`,
				{ forbundId: 'x', role: 'reader' },
				'forbundId',
				'Välj förbund.'
			],
			[
				'settings',
				'nns',
				() => '/admin/installningar?/save',
				{ disclosureOutside: '2', disclosureInside: '3' },
				'disclosureOutside',
				'Gränsen utanför förbundet får inte vara lägre än gränsen inom förbundet.'
			],
			[
				'change password, wrong current',
				'readerA',
				() => '/admin/konto?/changePassword',
				{
					currentPassword: 'fel fel fel fel',
					password: 'ett nytt långt lösenord',
					confirm: 'ett nytt långt lösenord'
				},
				'currentPassword',
				'Det nuvarande lösenordet stämmer inte.'
			],
			[
				'change password, common',
				'readerA',
				() => '/admin/konto?/changePassword',
				{
					currentPassword: 'Indikator-demo-2026',
					password: 'password1234',
					confirm: 'password1234'
				},
				'password',
				'Lösenordet är för vanligt och lätt att gissa. Välj ett annat.'
			],
			[
				'change password, mismatch',
				'readerA',
				() => '/admin/konto?/changePassword',
				{
					currentPassword: 'Indikator-demo-2026',
					password: 'ett nytt långt lösenord',
					confirm: 'ett annat långt lösenord'
				},
				'confirm',
				'Lösenorden är inte likadana.'
			],
			[
				'profile',
				'adminA',
				(i) => `/admin/forbund/${i.forbundA}?/save`,
				{ contactEmail: 'kontakt', website: '' },
				'contactEmail',
				'Skriv e-postadressen i formen namn@exempel.se.'
			],
			[
				'insats create',
				'adminA',
				(i) => `/admin/forbund/${i.forbundA}/insatser?/create`,
				{ name: 'Ny insats', typ: 'individ', startYear: '2024' },
				'parter',
				'Välj minst en part som deltar.'
			],
			[
				'insats save',
				'adminA',
				(i) => `/admin/forbund/${i.forbundA}/insatser/${i.insatsA}?/save`,
				{ name: 'X', typ: 'okänd', parter: 'kommun', startYear: '2024' },
				'typ',
				'Välj om insatsen är individ- eller strukturinriktad.'
			],
			[
				'invite to förbund',
				'adminA',
				(i) => `/admin/forbund/${i.forbundA}/anvandare?/invite`,
				{ name: 'A B', email: 'a@b', role: 'reader' },
				'email',
				'Skriv e-postadressen i formen namn@exempel.se.'
			],
			[
				'change role',
				'adminA',
				(i) => `/admin/forbund/${i.forbundA}/anvandare?/changeRole`,
				{ userId: '', role: 'admin' },
				'userId',
				'Välj en person.'
			],
			[
				'change own role',
				'adminA',
				(i) => `/admin/forbund/${i.forbundA}/anvandare?/changeRole`,
				(i: typeof ids) => ({ userId: i.users.adminA, role: 'reader' }),
				'userId',
				'Du kan inte ändra din egen roll. Be en annan administratör.'
			]
		];
		it.each(cases)('%s', async (_name, who, path, fieldsOrBuilder, field, message) => {
			const fields = typeof fieldsOrBuilder === 'function' ? fieldsOrBuilder(ids) : fieldsOrBuilder;
			const cookie =
				who === 'nns'
					? nns
					: who === 'adminA'
						? adminA
						: who === 'readerA'
							? await login(url, demo.readerA)
							: null;
			const before = await auditCount(url, nns);
			const response = await post(url, path(ids), fields, cookie);
			expect(response.status).toBe(400);
			const html = await response.text();
			const errorId = `${field}-error`;
			expect(html).toMatch(
				new RegExp(`id="${errorId}"[^>]*>${message.replace(/[.()?]/g, '\\$&')}<`)
			);
			expect(html).toContain(`href="#${field === 'userId' ? 'members' : field}"`);
			for (const secret of [fields.password, fields.currentPassword].flat().filter(Boolean)) {
				expect(html).not.toContain(`value="${secret}"`);
			}
			expect(await auditCount(url, nns)).toBe(before);
		});
	});
});

// On the shared app, with an account of its own: a sign-in is throttled by the address typed
// (throttleKeys), so no other test's account waits. Not per engine: the throttle's rows are
// tested on both by the unit project, and a server of its own cost a start with the demo.
describe(`login throttling on ${engine}`, () => {
	it('waits after five failures with a Swedish 429, even for the right password, never locks for good; the person’s own browser still gets in', async () => {
		const ids = await demoIds(url);
		const adminA = await login(url, demo.adminA);
		const email = `strypt.${engine}@example.se`;
		const password = 'ett eget lösenord för strypningen';
		const link = await invite(url, adminA, ids.forbundA, email);
		expect((await post(url, new URL(link).pathname, { password, confirm: password })).status).toBe(
			303
		);
		/** The known-device cookie a successful sign-in sets, as a Cookie header value. */
		const deviceCookie = async (email: string, password: string) => {
			const response = await post(url, '/logga-in', { email, password });
			expect(response.status).toBe(303);
			const cookie = response.headers.getSetCookie().find((c) => /^(__Host-)?enhet=/.test(c));
			expect(cookie).toBeDefined();
			return cookie!.split(';')[0]!;
		};
		const ownBrowser = await deviceCookie(email, password);
		const otherAccountsBrowser = await deviceCookie(demo.adminA, demoPassword);
		for (let i = 0; i < 5; i++) {
			const response = await post(url, '/logga-in', { email, password: `fel ${i}` });
			expect(response.status).toBe(400);
		}
		const throttled = await post(url, '/logga-in', { email, password });
		expect(throttled.status).toBe(429);
		expect(sessionCookieFrom(throttled)).toBeNull();
		expect(await throttled.text()).toContain(
			'För många misslyckade inloggningar. Vänta 2 sekunder och försök igen.'
		);
		// The person's own browser, where they signed in before, is not kept out by a stranger;
		// a browser known for another account is a stranger here.
		const own = await post(url, '/logga-in', { email, password }, ownBrowser);
		expect(own.status).toBe(303);
		expect(sessionCookieFrom(own)).not.toBeNull();
		const borrowed = await post(url, '/logga-in', { email, password }, otherAccountsBrowser);
		expect(borrowed.status).toBe(429);
		// The wait the message names is real: the one behaviour here that takes time.
		await new Promise((r) => setTimeout(r, 2100));
		expect((await post(url, '/logga-in', { email, password })).status).toBe(303);
	});
});
