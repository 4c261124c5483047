import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, demoIds, get, login } from '$test/accounts';
import { browserEngine } from '$test/database';
import { ticketFor } from '$test/participant';
import { walkRoutes, type Route } from '$test/routes';
import { startServer, type RunningServer } from '$test/server';

/**
 * Property-based fuzzing of every form action over HTTP, against the built server (issue 13,
 * "Prove it, in the repo"). The unit fuzz tests prove the parsers; this proves the whole path:
 * hooks, guards, actions, the database and the rendered answer. Actions come from the route tree,
 * so an action added later is fuzzed without touching this file.
 *
 * For each response: no 5xx and no dropped connection; no HTML payload we sent comes back
 * unescaped; and the server's output gains neither a value we sent (no parameter logged) nor a
 * stack trace.
 *
 * Bounded: a fixed seed (FUZZ_SEED overrides, and a failure prints the seed and path to replay)
 * and FUZZ_RUNS runs per action. On one engine only: `browserEngine` is PostgreSQL when
 * TEST_DATABASE_URL is set (production's engine, and the one whose integer and text checks fail
 * loudest) and PGlite otherwise; both run the same PostgreSQL code, so a second engine would
 * double the time for little more coverage.
 */
const engine = browserEngine;
const seed = Number(process.env.FUZZ_SEED ?? 20261302);
const numRuns = Number(process.env.FUZZ_RUNS ?? 14);

const routes = walkRoutes();
interface ActionCase {
	route: Route;
	action: string;
	name: string;
}
const allActions: ActionCase[] = routes.flatMap((route) =>
	route.actions.map((action) => ({ route, action, name: `${route.id} ?/${action}` }))
);

/**
 * Actions that change or remove what later actions work on (a round, a year, a member) run last,
 * and those that could cost the förbund admin its own rights run very last: the rest then
 * meets live data instead of 404s and 403s.
 */
function destructiveness({ route, action }: ActionCase): number {
	if (route.path.endsWith('/anvandare') && /^(remove|changeRole)$/.test(action)) return 2;
	if (/^(delete|remove|removeRole|lock|publish|undo|close)$/.test(action)) return 1;
	return 0;
}
const ordered = [...allActions].sort((a, b) => destructiveness(a) - destructiveness(b));

type Identity = 'anonymous' | 'nns' | 'adminA' | 'adminB';

/**
 * Who may use an action: a förbund's pages its admin; other admin pages NNS, except the
 * pages every signed-in person has (their account, accepting an invitation), taken by an admin of
 * another förbund so that NNS and A keep their passwords and memberships; public groups
 * nobody.
 */
function identityFor(route: Route): Identity {
	if (route.group !== '(admin)') return 'anonymous';
	if (route.path.startsWith('/admin/forbund/')) return 'adminA';
	if (route.path === '/admin/konto' || route.path.startsWith('/admin/inbjudan/')) return 'adminB';
	return 'nns';
}

/** Field names in the route's own Svelte source: fields of forms shown only in some states. */
function sourceFieldNames(route: Route): string[] {
	try {
		const source = readFileSync(join('src/routes', route.id, '+page.svelte'), 'utf8');
		return [...source.matchAll(/\bname="([^"{}]+)"/g)].map((m) => m[1]!);
	} catch {
		return [];
	}
}

const decodeEntities = (text: string) =>
	text
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');

/**
 * What a person would type into an empty field, so that a run can pass validation and reach the
 * action's work (the database, the audit log, the page it renders) rather than stop at the door.
 */
function plausible(tag: string, name: string): string {
	const type = /\btype="([^"]*)"/.exec(tag)?.[1] ?? 'text';
	const today = new Date().toISOString().slice(0, 10);
	if (type === 'date' || /On$/.test(name)) return today;
	if (type === 'email' || /email/i.test(name)) return 'fuzz.person@example.se';
	if (type === 'password' || /password/i.test(name)) return 'Fuzz-lösenord-2026-långt';
	if (/year/i.test(name)) return String(new Date().getFullYear());
	if (/inputmode="numeric"/.test(tag)) return '4';
	if (type === 'number') return /\bmin="(\d+)"/.exec(tag)?.[1] ?? '5';
	if (type === 'checkbox' || type === 'radio') return 'on';
	return /confirm/i.test(name) ? 'ja' : 'Fuzz Testsson';
}

/**
 * The action's real fields and the values the page offers for them (hidden ids, select options,
 * radio values), read from the form on the page as the identity sees it.
 */
function formFields(html: string, action: string): Map<string, string[]> {
	const fields = new Map<string, string[]>();
	const forms = [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)];
	const target = (attributes: string) => /\baction="([^"]*)"/.exec(attributes)?.[1] ?? '';
	const mine = forms.filter(([, attributes]) => {
		const to = decodeEntities(target(attributes!));
		return action === 'default'
			? /method="post"/i.test(attributes!) && !to.includes('?/')
			: to.endsWith(`?/${action}`);
	});
	for (const [, , inner] of mine) {
		for (const [tag] of inner!.matchAll(/<(?:input|select|textarea|button)\b[^>]*>/g)) {
			const name = /\bname="([^"]*)"/.exec(tag)?.[1];
			if (!name) continue;
			const value = /\bvalue="([^"]*)"/.exec(tag)?.[1];
			const values = fields.get(decodeEntities(name)) ?? [];
			if (value) values.push(decodeEntities(value));
			else if (/^<(input|textarea)/.test(tag)) values.push(plausible(tag, name));
			fields.set(decodeEntities(name), values);
		}
		for (const [, name, options] of inner!.matchAll(
			/<select\b[^>]*\bname="([^"]*)"[^>]*>([\s\S]*?)<\/select>/g
		)) {
			const values = fields.get(decodeEntities(name!)) ?? [];
			for (const [, value] of options!.matchAll(/<option\b[^>]*\bvalue="([^"]*)"/g)) {
				values.push(decodeEntities(value!));
			}
			fields.set(decodeEntities(name!), values);
		}
	}
	return fields;
}

/** HTML that would run if it came back unescaped; the marker makes each run's payload its own. */
const htmlPayloads = (mark: string) => [
	`<script>alert(${mark})</script>`,
	`"><img src=x onerror=alert(${mark})>`,
	`'><svg onload=alert(${mark})>`
];
const unescapedEcho = /<script>alert\(|<img src=x onerror=|<svg onload=/i;

const hostileConstants = [
	'',
	' ',
	'\u0000',
	'4\u0000',
	'a\u0000b@example.se',
	'\u0001\u0007\u001b[31m\r\n\t',
	'\r\nSet-Cookie: x=1',
	'\u202eevil\u202c',
	'ב\u0301\u0301ا',
	'e\u0301\u0302\u0303\u0304',
	'👩‍👩‍👧‍👦🏳️‍🌈',
	'\ud800',
	'x\udfffy',
	'\u200b\ufeff',
	'\u3000',
	'__proto__',
	'constructor',
	'prototype',
	'[object Object]',
	'{"__proto__":{"admin":true}}',
	'[]',
	'true',
	'null',
	'undefined',
	'NaN',
	'Infinity',
	"' or 1=1 --",
	"'; drop table response; --",
	'1; select pg_sleep(0)',
	'%00',
	'%27',
	'2147483647',
	'2147483648',
	'-2147483649',
	'99999999999',
	'-1',
	'0',
	'1e3',
	'2.026e3',
	'0x10',
	'010',
	'3,5',
	'2026',
	'2017-02-30',
	'9999-12-31',
	'admin',
	'reader',
	'ja',
	'on',
	'sv',
	'a@b.se',
	'/admin',
	'//evil.example',
	'/\t/evil.example'
];

/** A value built to hurt, tagged with a marker when it would be recognisable in the log. */
const hostileValue = fc.oneof(
	{ weight: 3, arbitrary: fc.constantFrom(...hostileConstants) },
	{ weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
	{ weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
	// Any code point, lone surrogates included.
	{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
	{
		weight: 2,
		arbitrary: fc
			.integer({ min: 0x10000000, max: 0x7fffffff })
			.chain((mark) => fc.constantFrom(...htmlPayloads(`fz${mark.toString(16)}`)))
	},
	{ weight: 1, arbitrary: fc.integer().map(String) },
	{ weight: 1, arbitrary: fc.double().map(String) },
	// Huge, up to about 40 KB: past the participant limit (32 KB) and any column's length.
	{
		weight: 1,
		arbitrary: fc
			.tuple(fc.integer({ min: 1_000, max: 40_000 }), fc.constantFrom('x', 'å', '<', '\u0000', '9'))
			.map(([length, unit]) => unit.repeat(length))
	}
);

/** Names an attacker tries besides the real ones. */
const unknownNames = [
	'__proto__',
	'__proto__[admin]',
	'constructor',
	'constructor.prototype',
	'constructor[prototype][admin]',
	'prototype',
	'hasOwnProperty',
	'toString',
	'isNns',
	'admin',
	'role',
	'userId',
	'forbundId',
	'id',
	'password',
	'email',
	'submission',
	'',
	'\u0000'
];

interface Sent {
	pairs: [string, string][];
	multipart: boolean;
	json: boolean;
	/** A hostile `?till=`, used on the login only. */
	till: string;
}

function hostileForm(fields: Map<string, string[]>): fc.Arbitrary<Sent> {
	const real = [...fields.keys()];
	const name = real.length
		? fc.oneof(
				{ weight: 3, arbitrary: fc.constantFrom(...real) },
				{ weight: 2, arbitrary: fc.constantFrom(...unknownNames) },
				{ weight: 1, arbitrary: fc.string({ maxLength: 12 }) }
			)
		: fc.oneof(fc.constantFrom(...unknownNames), fc.string({ maxLength: 12 }));
	// Start from the form as the page would send it and spoil up to three of its fields (dropped,
	// hostile, repeated), so that a run gets past validation into the action as often as it is
	// stopped at the door.
	const variants = real.map((field) => {
		// A radio group's "choose one" has an empty value: a person picks one of the others.
		const offered = fields.get(field)!.filter((v, _, all) => v !== '' || all.every((o) => !o));
		const good = offered.length ? fc.constantFrom(...offered) : fc.constant('');
		const spoilt = fc.oneof(
			fc.constant<string[]>([]),
			hostileValue.map((v) => [v]),
			// Repeated fields: a form may read only the first, or all.
			fc.array(fc.oneof(good, hostileValue), { minLength: 2, maxLength: 4 })
		);
		return fc.tuple(good, spoilt);
	});
	const base = fc
		.tuple(
			fc.tuple(...variants),
			fc.subarray(
				real.map((_, index) => index),
				{ maxLength: Math.min(3, real.length) }
			)
		)
		.map(([values, spoil]) =>
			values.flatMap(([good, spoilt], index) =>
				(spoil.includes(index) ? spoilt : [good]).map((v): [string, string] => [real[index]!, v])
			)
		);
	return fc.record({
		pairs: fc
			.tuple(base, fc.array(fc.tuple(name, hostileValue), { maxLength: 6 }))
			.map(([kept, extra]) => withinBodyLimit([...kept, ...extra])),
		multipart: fc.boolean(),
		json: fc.boolean(),
		till: hostileValue
	});
}

/**
 * Keeps a whole form under adapter-node's BODY_SIZE_LIMIT (512 KB by default, and at most three
 * bytes a character once encoded): past it SvelteKit's node adapter destroys the connection by
 * design, before any of our code runs, so a larger body tests the framework rather than the app.
 * Each value may still be up to 40 KB; later ones are cut once the form holds 120,000 characters.
 */
function withinBodyLimit(pairs: [string, string][]): [string, string][] {
	let budget = 120_000;
	return pairs.map(([name, value]) => {
		const kept = value.length > budget ? value.slice(0, 100) : value;
		budget -= kept.length;
		return [name, kept];
	});
}

/**
 * A form body as bytes on the wire. `URLSearchParams` would replace a lone surrogate with U+FFFD;
 * an attacker need not, so those are sent as their WTF-8 bytes (%ED%A0%80).
 */
function encodeComponent(text: string): string {
	let out = '';
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		const high = code >= 0xd800 && code <= 0xdbff;
		const next = text.charCodeAt(i + 1);
		if (high && next >= 0xdc00 && next <= 0xdfff) {
			out += encodeURIComponent(text.slice(i, i + 2));
			i += 1;
		} else if (code >= 0xd800 && code <= 0xdfff) {
			out += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
				.map((byte) => '%' + byte.toString(16).toUpperCase())
				.join('');
		} else {
			out += encodeURIComponent(text[i]!);
		}
	}
	return out;
}

/** Values that would identify themselves in a log line: long enough not to occur by chance. */
function recognisable(pairs: [string, string][]): string[] {
	return pairs
		.map(([, value]) => value.replace(/[\ud800-\udfff]/g, ''))
		.filter((value) => value.trim().length >= 8 && new Set(value).size >= 3)
		.map((value) => value.slice(0, 200));
}

/**
 * fast-check's own report prints the whole counterexample, 40 KB strings included, which buries
 * the cause: this one prints each value cut short, with the seed and path to replay the run.
 */
async function briefly(details: fc.RunDetails<[Sent]>): Promise<void> {
	if (!details.failed) return;
	const sent = details.counterexample?.[0];
	const short = (value: string) =>
		value.length > 80
			? `${JSON.stringify(value.slice(0, 80))}… (${value.length} chars)`
			: JSON.stringify(value);
	const form = sent
		? sent.pairs.map(([name, value]) => `  ${short(name)} = ${short(value)}`).join('\n')
		: '';
	const cause = details.errorInstance;
	throw new Error(
		`Failed after ${details.numRuns} runs; replay with FUZZ_SEED=${details.seed} ` +
			`(path ${details.counterexamplePath}).\n` +
			`${sent ? `multipart ${sent.multipart}, json ${sent.json}, till ${short(sent.till)}\n` : ''}` +
			`${form}\n${cause instanceof Error ? cause.message.slice(0, 3000) : String(cause)}`,
		{ cause }
	);
}

/** The status inside an action's JSON answer (`{"type":"failure","status":400,…}`). */
function jsonStatus(text: string): number | undefined {
	try {
		const status: unknown = (JSON.parse(text) as { status?: unknown }).status;
		return typeof status === 'number' ? status : undefined;
	} catch {
		return undefined;
	}
}

const stackTrace = /^\s+at .+:\d+:\d+\)?$/m;

describe(`form actions under hostile input over HTTP, on ${engine}`, () => {
	let server: RunningServer;
	let ids: Awaited<ReturnType<typeof demoIds>>;
	let participantToken: string;
	const cookies: Record<Identity, string | null> = {
		anonymous: null,
		nns: null,
		adminA: null,
		adminB: null
	};
	const counts = { actions: 0, runs: 0 };
	/** Answers by status, printed at the end: a fuzzer stopped at the door for every run proves little. */
	const statuses = new Map<number, number>();

	beforeAll(async () => {
		server = await startServer(engine);
		ids = await demoIds(server.url);
		participantToken = /Deltagarlänk \(demo\): \S+\/e\/(\S+)/.exec(server.output())?.[1] ?? '';
		expect(participantToken).not.toBe('');
	});

	afterAll(async () => {
		console.log(
			`fuzzed ${counts.actions} actions, ${counts.runs} runs, seed ${seed}; answers`,
			Object.fromEntries(statuses)
		);
		await server?.stop();
	});

	/** A valid session for the identity, signing in again when an action ended the last one. */
	async function sessionOf(identity: Identity): Promise<string | null> {
		if (identity === 'anonymous') return null;
		const cookie = cookies[identity];
		if (cookie && (await get(server.url, '/admin', cookie)).status === 200) return cookie;
		cookies[identity] = await login(server.url, demo[identity]);
		return cookies[identity];
	}

	function concrete(path: string): string {
		return path.replace(/\[(\w+)(?:=\w+)?\]/g, (_, name: string) => {
			const values: Record<string, string> = {
				forbundId: ids.forbundA,
				insatsId: ids.insatsA,
				roundId: ids.roundA,
				// NNS changes a person nobody else in this file signs in as.
				userId: ids.users.readerB,
				lang: 'sv',
				year: String(new Date().getFullYear()),
				token: 'a'.repeat(40),
				questionnaire: 'deltagare-pagaende'
			};
			return name === 'token' && path.startsWith('/e/') ? participantToken : (values[name] ?? 'x');
		});
	}

	it('finds the admin, auth and participant actions in the route tree', () => {
		const names = allActions.map((a) => a.name);
		expect(names).toContain('/(auth)/logga-in ?/default');
		expect(names).toContain('/(participant)/kod ?/default');
		expect(names).toContain('/(participant)/e/[token=roundtoken]/[lang=language] ?/skicka');
		expect(names.filter((n) => n.startsWith('/(admin)/')).length).toBeGreaterThan(20);
	});

	let previousDestructive = false;
	it.each(ordered)('$name', async (item) => {
		const { route, action } = item;
		// A round deleted or a member removed: read the ids again, as a person would reload.
		if (previousDestructive) ids = await demoIds(server.url);
		previousDestructive = destructiveness(item) > 0;

		const identity = identityFor(route);
		const path = concrete(route.path);
		const participant = route.group === '(participant)' && action === 'skicka';
		const page = await get(server.url, path, await sessionOf(identity));
		const fields = formFields(page.status === 200 ? await page.text() : '', action);
		for (const name of sourceFieldNames(route)) if (!fields.has(name)) fields.set(name, []);
		if (participant) fields.set('submission', ['<ticket>']);

		counts.actions += 1;
		let logged = server.output().length;
		await fc.assert(
			fc.asyncProperty(hostileForm(fields), async (sent) => {
				counts.runs += 1;
				const cookie = await sessionOf(identity);
				let pairs = sent.pairs;
				if (participant) {
					// A ticket the server really issued, then spoilt by the rest of the form.
					const ticket = await ticketFor(server.url, participantToken);
					pairs = pairs.map(([n, v]) => [n, v === '<ticket>' ? ticket : v]);
				}
				const search =
					(action === 'default' ? '' : `?/${action}`) +
					(route.path === '/logga-in'
						? `${action === 'default' ? '?' : '&'}till=${encodeComponent(sent.till)}`
						: '');
				let body: BodyInit;
				const headers: Record<string, string> = {
					origin: server.url,
					accept: sent.json ? 'application/json' : 'text/html',
					...(sent.json ? { 'x-sveltekit-action': 'true' } : {}),
					...(cookie ? { cookie } : {})
				};
				if (sent.multipart) {
					const form = new FormData();
					for (const [name, value] of pairs) form.append(name, value);
					body = form;
				} else {
					body = pairs.map(([n, v]) => `${encodeComponent(n)}=${encodeComponent(v)}`).join('&');
					headers['content-type'] = 'application/x-www-form-urlencoded';
				}
				const what = `${sent.multipart ? 'multipart' : 'urlencoded'} POST ${path}${search}`;
				const response = await fetch(server.url + path + search, {
					method: 'POST',
					body,
					redirect: 'manual',
					headers
				});
				const text = await response.text();
				// Asked for JSON (as `use:enhance` asks), SvelteKit answers 200 and puts a failure's
				// status in the body: that one counts.
				const status = sent.json ? (jsonStatus(text) ?? response.status) : response.status;
				statuses.set(status, (statuses.get(status) ?? 0) + 1);
				// FUZZ_VERBOSE=1 lists each answer's status, =2 its start too: how deep the runs get.
				if (process.env.FUZZ_VERBOSE)
					console.log(
						item.name,
						status,
						process.env.FUZZ_VERBOSE === '2' ? text.slice(0, 400) : ''
					);
				const output = server.output().slice(logged);
				logged = server.output().length;

				expect(response.status, `${what}: ${text.slice(0, 300)}\n${output}`).toBeLessThan(500);
				expect(status, `${what}: ${text.slice(0, 300)}\n${output}`).toBeLessThan(500);
				if (/html/.test(response.headers.get('content-type') ?? '')) {
					expect(unescapedEcho.exec(text)?.[0], `${what} echoes HTML`).toBeUndefined();
				}
				expect(response.headers.get('location') ?? '', `${what} redirects`).not.toMatch(
					/[\r\n\t\0]|^\/\/|^https?:/
				);
				expect(output, `${what}: a stack trace in the log`).not.toMatch(stackTrace);
				for (const value of recognisable([...pairs, ['till', sent.till]])) {
					expect(output.includes(value), `${what}: the log holds a sent value`).toBe(false);
				}
			}),
			{ seed, numRuns, endOnFailure: true, asyncReporter: briefly }
		);
	});

	it('leaves the server up and every identity able to sign in', async () => {
		expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
		for (const identity of ['nns', 'adminB'] as const) {
			expect(await login(server.url, demo[identity])).toMatch(/session=/);
		}
	});
});
