import { dev } from '$app/environment';
import { env } from '$env/dynamic/private';
import { database } from '$lib/server/db';
import { getInstrument } from '$lib/server/instrument';
import { participantLanguageOf } from '$lib/participant-paths';
import { prepareDatabase, type StartupReport } from '$lib/server/startup';
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';

export const init: ServerInit = async () => {
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
		process.exit(1);
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
}

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
	return response;
};

/** Sets `<html lang dir>` to the questionnaire's language, so that Arabic reads right to left. */
const participantLanguage: Handle = async ({ event, resolve }) => {
	const code = participantLanguageOf(event.url.pathname);
	const language = code ? getInstrument().languages.find((l) => l.code === code) : undefined;
	if (!language) return resolve(event);
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('<html lang="sv">', `<html lang="${language.lang}" dir="${language.dir}">`)
	});
};

export const handle = sequence(securityHeaders, participantLanguage);

export const handleError: HandleServerError = ({ error, status }) => {
	// Logged without the request: participant routes must leave no trace of who asked.
	if (status >= 500) console.error(error);
	return {
		message:
			status === 404 ? 'Sidan finns inte.' : 'Något gick fel hos oss. Försök igen om en stund.'
	};
};
