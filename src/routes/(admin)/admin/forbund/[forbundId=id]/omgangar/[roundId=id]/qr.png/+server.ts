import { participantLink, roundFromUrl } from '$lib/server/rounds/round-access';
import { qrPng } from '$lib/server/rounds/qr';
import { db } from '$lib/server/db';
import type { RequestHandler } from './$types';

export const GET = (async (event) => {
	const { round } = await roundFromUrl(db, event, 'reader');
	const png = await qrPng(participantLink(event.url.origin, round.token));
	return new Response(new Uint8Array(png), {
		headers: {
			'content-type': 'image/png',
			'content-disposition': `attachment; filename="enkat-${round.code}.png"`,
			'cache-control': 'private, no-store'
		}
	});
}) satisfies RequestHandler;
