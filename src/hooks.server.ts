import { dev } from '$app/environment';
import { env } from '$env/dynamic/private';
import { isCookielessPath } from '$lib/server/auth/cookieless';
import { compressResponse } from '$lib/server/http/compression';
import { sessionCookie } from '$lib/server/auth/cookie';
import { isCrossSiteRequest } from '$lib/server/auth/origin';
import { drainUnreadBody } from '$lib/server/http/drain-body';
import {
	deleteSessionTokenCookie,
	setSessionTokenCookie,
	validateSessionToken
} from '$lib/server/auth/session';
import { database, db } from '$lib/server/db';
import { listMemberships } from '$lib/server/db/users';
import { demoLogins } from '$lib/server/demo/users';
import { getInstrument } from '$lib/server/instrument';
import { describeError } from '$lib/server/logging/safe-error';
import { productionSettingProblems } from '$lib/server/http/production-settings';
import { prepareDatabase, type StartupReport } from '$lib/server/startup';
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';

/**
 * Exit code 78 (EX_CONFIG) for a start that cannot succeed as configured: the supervisor
 * (scripts/supervise.js) and systemd's RestartPreventExitStatus do not restart it in a loop.
 */
const configurationExitCode = 78;

export const init: ServerInit = async () => {
	const problems = productionSettingProblems(process.env);
	if (problems.length > 0) {
		console.error(`\nNNS indikatorer kan inte starta.\n${problems.join('\n')}\n`);
		process.exit(configurationExitCode);
	}
	try {
		const report = await prepareDatabase(database, {
			instrument: getInstrument(),
			demo: env.DEMO_DATA === '1' || env.DEMO_DATA === 'on',
			currentYear: new Date().getFullYear()
		});
		if (!dev) printBanner(report);
		// adapter-node emits this after SIGTERM/SIGINT once requests have drained; an open
		// database would keep the process alive.
		process.once('sveltekit:shutdown', () => void database.close());
	} catch (error) {
		console.error(`\nNNS indikatorer kan inte starta.\n${(error as Error).message}\n`);
		process.exit(configurationExitCode);
	}
};

function printBanner(report: StartupReport) {
	const url = env.ORIGIN || `http://localhost:${env.PORT || '3000'}`;
	const engine = database.engine === 'postgres' ? 'PostgreSQL' : 'inbyggd PGlite i ./data';
	console.log(`\nNNS indikatorer: ${url}  (databas: ${engine})`);
	if (report.demoSeeded)
		console.log('Demodata har lästs in (fiktiva insatser, omgångar och svar).');
	if (report.demoParticipant) {
		console.log(`Deltagarlänk (demo): ${url}/e/${report.demoParticipant.token}`);
		console.log(`Enkätkod (demo):     ${report.demoParticipant.code}  (skriv den på ${url}/kod)`);
	}
	if (report.demoUsers) {
		console.log(`Demoinloggningar på ${url}/logga-in (fiktiva personer):`);
		for (const login of demoLogins) {
			console.log(`  ${login.description.padEnd(34)} ${login.email.padEnd(34)} ${login.password}`);
		}
	}
}

/** JSON endpoints get the same origin check that SvelteKit gives form posts. */
const originCheck: Handle = async ({ event, resolve }) => {
	if (isCrossSiteRequest(event.request, event.url)) {
		return new Response('Förfrågan kommer från en annan webbplats och har stoppats.', {
			status: 403,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	}
	return resolve(event);
};

/** Validates the session cookie once per request and fills locals. */
const session: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.session = null;
	// Participants get no cookie at all: nothing read, set, refreshed or logged.
	if (isCookielessPath(event.url.pathname)) return resolve(event);
	const cookie = sessionCookie();
	const token = event.cookies.get(cookie.name);
	if (!token) return resolve(event);
	const { session, user } = await validateSessionToken(db, token);
	if (session) {
		setSessionTokenCookie(event.cookies, cookie, token, session.expiresAt);
		event.locals.session = session;
		event.locals.user = { ...user, memberships: await listMemberships(db, user.id) };
	} else {
		deleteSessionTokenCookie(event.cookies, cookie);
	}
	return resolve(event);
};

/**
 * Outermost, so that it compresses the response as finally sent, headers and all. `node build`
 * serves participants directly on a plain install: no proxy can be counted on to do this.
 */
const compression: Handle = async ({ event, resolve }) =>
	compressResponse(event.request, await resolve(event));

/** Outermost of all: every answer, a refusal by any hook or action included, leaves no unread body behind. */
const drainBody: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	await drainUnreadBody(event.request);
	return response;
};

const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('X-Content-Type-Options', 'nosniff');
	// Nothing leaks to other sites. Not `no-referrer`: under it browsers send `Origin: null` on
	// form posts, and SvelteKit's CSRF check then refuses every post made without JavaScript.
	response.headers.set('Referrer-Policy', 'same-origin');
	response.headers.set('Cross-Origin-Opener-Policy', 'same-origin');
	if (event.url.protocol === 'https:') {
		response.headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
	}
	// Signed-in pages are personal: never cached by a browser or a proxy.
	if (event.locals.user) response.headers.set('Cache-Control', 'private, no-store');
	return response;
};

/**
 * Sets `<html lang dir>` to the language a participant page renders in, so that Arabic reads right
 * to left. The page's load names it (`locals.pageLanguage`) once it knows that the round offers
 * the language; the URL alone would mark a Swedish 404 for `/e/<token>/so` as Somali.
 */
const participantLanguage: Handle = async ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => {
			const language = event.locals.pageLanguage;
			if (!language) return html;
			return html.replace(
				'<html lang="sv">',
				`<html lang="${language.lang}" dir="${language.dir}">`
			);
		}
	});

export const handle = sequence(
	drainBody,
	compression,
	securityHeaders,
	originCheck,
	session,
	participantLanguage
);

export const handleError: HandleServerError = ({ error, event, status }) => {
	// Logged without the request, the URL or the error's message: participant routes must leave
	// no trace of who asked or what they answered (the route id has no token in it).
	if (status >= 500) console.error(describeError(error, event.route.id ?? 'okänd sida'));
	return {
		message:
			status === 404 ? 'Sidan finns inte.' : 'Något gick fel hos oss. Försök igen om en stund.'
	};
};
