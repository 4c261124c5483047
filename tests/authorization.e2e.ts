import { beforeAll, describe, expect, it } from 'vitest';
import { sharedServer } from '$test/server';
import { demo, demoIds, get, login, post, type Actor } from '$test/accounts';
import { walkRoutes, type Route } from '$test/routes';

/**
 * The authorization matrix. Routes come from the route tree, so a new route is tested as soon as
 * it exists: a route in a public group must be open to all; any other route must be listed in
 * `policies` below or this test fails and asks for it.
 */
type Level = 'public' | 'user' | 'nns' | 'reader' | 'admin';
interface Policy {
	page: Level;
	/** Per action; actions not listed need the page's level. */
	actions?: Record<string, Level>;
}

const publicGroups = ['(public)', '(participant)', '(auth)'];
const publicPaths = ['/healthz'];

const policies: Record<string, Policy> = {
	'/admin': { page: 'user' },
	'/admin/konto': { page: 'user' },
	'/admin/inbjudan/[token=token]': { page: 'user' },
	'/admin/register': { page: 'nns' },
	'/admin/register/[forbundId=id]': { page: 'nns' },
	'/admin/anvandare': { page: 'nns' },
	'/admin/anvandare/[userId=id]': { page: 'nns' },
	'/admin/installningar': { page: 'nns' },
	'/admin/logg': { page: 'nns' },
	'/admin/forbund/[forbundId=id]': { page: 'reader', actions: { save: 'admin' } },
	'/admin/forbund/[forbundId=id]/insatser': { page: 'reader', actions: { create: 'admin' } },
	'/admin/forbund/[forbundId=id]/insatser/[insatsId=id]': { page: 'admin' },
	'/admin/forbund/[forbundId=id]/anvandare': { page: 'admin' },
	'/admin/forbund/[forbundId=id]/logg': { page: 'admin' },
	'/admin/omgangar': { page: 'nns' },
	'/admin/resultat': { page: 'nns' },
	'/admin/rapporter': { page: 'nns' },
	'/admin/rapporter/[year=year]': { page: 'nns' },
	'/admin/rapporter/[year=year]/forhandsgranskning': { page: 'nns' },
	'/admin/rapporter/[year=year]/svar/[questionnaire=questionnaire]': { page: 'nns' },
	'/admin/forbund/[forbundId=id]/resultat': { page: 'reader' },
	'/admin/forbund/[forbundId=id]/resultat/resultat.csv': { page: 'reader' },
	'/admin/forbund/[forbundId=id]/omgangar': { page: 'reader', actions: { create: 'admin' } },
	'/admin/forbund/[forbundId=id]/omgangar/[roundId=id]': {
		page: 'reader',
		actions: { close: 'admin', extend: 'admin', reopen: 'admin' }
	},
	'/admin/forbund/[forbundId=id]/omgangar/[roundId=id]/qr.svg': { page: 'reader' },
	'/admin/forbund/[forbundId=id]/omgangar/[roundId=id]/qr.png': { page: 'reader' },
	'/admin/forbund/[forbundId=id]/omgangar/[roundId=id]/affisch': { page: 'reader' },
	'/admin/forbund/[forbundId=id]/omgangar/[roundId=id]/pappersenkat/[lang=language]': {
		page: 'reader'
	},
	'/admin/forbund/[forbundId=id]/omgangar/[roundId=id]/papper': { page: 'admin' },
	'/admin/forbund/[forbundId=id]/omgangar/[roundId=id]/ratta': { page: 'admin' }
};

const routes = walkRoutes();
const isPublic = (route: Route) =>
	(route.group !== null && publicGroups.includes(route.group)) || publicPaths.includes(route.path);

const actors: Actor[] = ['anonymous', 'readerA', 'adminA', 'adminB', 'nns'];

/** Whether an actor may reach a level, for a route about förbund A. */
function allowed(level: Level, actor: Actor): boolean {
	switch (level) {
		case 'public':
			return true;
		case 'user':
			return actor !== 'anonymous';
		case 'nns':
			return actor === 'nns';
		case 'reader':
			return actor === 'nns' || actor === 'adminA' || actor === 'readerA';
		case 'admin':
			return actor === 'nns' || actor === 'adminA';
	}
}

function expectDecision(response: Response, allow: boolean, actor: Actor, what: string) {
	const location = response.headers.get('location') ?? '';
	const toLogin = response.status === 303 && location.startsWith('/logga-in');
	const denied = toLogin || response.status === 403 || response.status === 401;
	expect(response.status, `${what} as ${actor}`).toBeLessThan(500);
	if (allow) {
		expect(denied, `${what} as ${actor}: expected allow, got ${response.status} ${location}`).toBe(
			false
		);
	} else if (actor === 'anonymous') {
		expect(toLogin, `${what} as anonymous: expected the login page, got ${response.status}`).toBe(
			true
		);
	} else {
		expect(response.status, `${what} as ${actor}: expected 403`).toBe(403);
	}
}

it('finds the admin, auth and public routes in the tree, and every other route has a policy', () => {
	expect(routes.some((r) => r.path === '/admin/forbund/[forbundId=id]/anvandare')).toBe(true);
	expect(routes.some((r) => r.path === '/logga-in')).toBe(true);
	expect(routes.some((r) => r.group === '(public)')).toBe(true);
	const unclassified = routes.filter((r) => !isPublic(r) && !policies[r.path]).map((r) => r.id);
	expect(unclassified, 'routes without a policy in tests/authorization.e2e.ts').toEqual([]);
	const stale = Object.keys(policies).filter((p) => !routes.some((r) => r.path === p));
	expect(stale).toEqual([]);
});

const { engine, url } = sharedServer();

describe(`authorization on ${engine}`, () => {
	let cookies: Record<Actor, string | null>;
	let ids: Awaited<ReturnType<typeof demoIds>>;

	beforeAll(async () => {
		ids = await demoIds(url);
		cookies = {
			anonymous: null,
			readerA: await login(url, demo.readerA),
			adminA: await login(url, demo.adminA),
			adminB: await login(url, demo.adminB),
			nns: await login(url, demo.nns),
			readerB: await login(url, demo.readerB)
		};
	});

	/** A URL for a route, about förbund A and its own insats and people. */
	function concrete(path: string): string {
		return path.replace(/\[(\w+)(?:=\w+)?\]/g, (_, name: string) => {
			const values: Record<string, string> = {
				forbundId: ids.forbundA,
				insatsId: ids.insatsA,
				userId: ids.users.readerA,
				roundId: ids.roundA,
				lang: 'sv',
				year: '2026',
				questionnaire: 'deltagare-pagaende',
				token: 'a'.repeat(40)
			};
			return values[name] ?? 'x';
		});
	}

	const protectedRoutes = routes.filter((r) => !isPublic(r));
	describe.each(protectedRoutes.map((r) => ({ ...r, name: r.path })))('$name', (route) => {
		const policy = () => policies[route.path]!;

		it.each(actors)('GET as %s', async (actor) => {
			const response = await get(url, concrete(route.path), cookies[actor]);
			expectDecision(response, allowed(policy().page, actor), actor, `GET ${route.path}`);
		});

		const actionCases = route.actions.flatMap((action) =>
			actors.map((actor) => ({ action, actor }))
		);
		it.each(actionCases)('action $action as $actor', async ({ action, actor }) => {
			const level = policy().actions?.[action] ?? policy().page;
			// An empty form: allowed actors get a validation error, nobody changes anything.
			const response = await post(url, `${concrete(route.path)}?/${action}`, {}, cookies[actor]);
			expectDecision(response, allowed(level, actor), actor, `${action} on ${route.path}`);
		});

		const methodCases = route.methods.flatMap((method) =>
			actors.map((actor) => ({ method, actor }))
		);
		it.each(methodCases)('$method as $actor', async ({ method, actor }) => {
			const response = await fetch(url + concrete(route.path), {
				method,
				redirect: 'manual',
				headers: { origin: url, ...(cookies[actor] ? { cookie: cookies[actor] } : {}) }
			});
			expectDecision(response, allowed(policy().page, actor), actor, `${method} ${route.path}`);
		});
	});

	describe('public routes are public by design and set no cookie on participant paths', () => {
		const publicRoutes = routes.filter(isPublic);
		it.each(publicRoutes.map((r) => r.path))('%s', async (path) => {
			const route = routes.find((r) => r.path === path)!;
			const target = concrete(path);
			for (const actor of ['anonymous', 'adminA'] as const) {
				const response =
					route.page || route.methods.includes('GET')
						? await get(url, target, cookies[actor])
						: null;
				if (response) expectDecision(response, true, actor, `GET ${path}`);
				if (response && route.group === '(participant)') {
					expect(response.headers.getSetCookie()).toEqual([]);
				}
			}
		});
	});

	describe('ids of another förbund', () => {
		it('an insats of B under A’s URL is not found, for A’s admin and for NNS', async () => {
			const path = `/admin/forbund/${ids.forbundA}/insatser/${ids.insatsB}`;
			for (const actor of ['adminA', 'nns'] as const) {
				expect((await get(url, path, cookies[actor])).status).toBe(404);
				const response = await post(
					url,
					`${path}?/save`,
					{ name: 'Kapad', typ: 'individ', parter: 'kommun', startYear: '2024' },
					cookies[actor]
				);
				expect(response.status).toBe(404);
			}
			const list = await (
				await get(url, `/admin/forbund/${ids.forbundB}/insatser`, cookies.adminB)
			).text();
			expect(list).not.toContain('Kapad');
		});

		it.each([
			['changeRole', { role: 'admin' }],
			['remove', {}],
			['sendLink', {}]
		] as const)('%s on a person of B from A’s user page is refused', async (action, extra) => {
			for (const userId of [ids.users.readerB, ids.users.adminB, ids.users.nns]) {
				const response = await post(
					url,
					`/admin/forbund/${ids.forbundA}/anvandare?/${action}`,
					{ userId, ...extra },
					cookies.adminA
				);
				expect(response.status).toBe(404);
				expect(await response.text()).not.toMatch(/inbjudan\/|aterstall\//);
			}
			const members = await (
				await get(url, `/admin/forbund/${ids.forbundB}/anvandare`, cookies.adminB)
			).text();
			expect(members).toContain(demo.readerB);
			expect(members.split('<li').find((li) => li.includes(demo.readerB))).toContain('Läsare');
		});

		it('a round of B under A’s URL is not found, and A’s admin cannot reach it under B’s', async () => {
			const under = (forbundId: string) => `/admin/forbund/${forbundId}/omgangar/${ids.roundB}`;
			for (const actor of ['adminA', 'nns'] as const) {
				for (const suffix of ['', '/qr.svg', '/papper', '/affisch', '/ratta']) {
					expect((await get(url, under(ids.forbundA) + suffix, cookies[actor])).status).toBe(404);
				}
				const close = await post(
					url,
					`${under(ids.forbundA)}?/close`,
					{ confirm: 'ja' },
					cookies[actor]
				);
				expect(close.status).toBe(404);
				const remove = await post(
					url,
					`${under(ids.forbundA)}/ratta?/delete`,
					{ confirmDelete: 'ja' },
					cookies[actor]
				);
				expect(remove.status).toBe(404);
			}
			expect((await get(url, under(ids.forbundB), cookies.adminA)).status).toBe(403);
			const close = await post(
				url,
				`${under(ids.forbundB)}?/close`,
				{ confirm: 'ja' },
				cookies.adminA
			);
			expect(close.status).toBe(403);
			const page = await (await get(url, under(ids.forbundB), cookies.adminB)).text();
			expect(page).toContain('Öppen');
		});

		it('A’s admin cannot act on B through B’s URL', async () => {
			const response = await post(
				url,
				`/admin/forbund/${ids.forbundB}/insatser?/create`,
				{ name: 'Inte min', typ: 'individ', parter: 'kommun', startYear: '2024' },
				cookies.adminA
			);
			expect(response.status).toBe(403);
			expect((await get(url, `/admin/forbund/${ids.forbundB}/logg`, cookies.readerB)).status).toBe(
				403
			);
		});
	});
});
