import { participantLink, roundFromUrl } from '$lib/server/rounds/round-access';
import { qrSvg } from '$lib/server/rounds/qr';
import { db } from '$lib/server/db';
import type { RequestHandler } from './$types';

export const GET = (async (event) => {
	const { round } = await roundFromUrl(db, event, 'reader');
	return new Response(await qrSvg(participantLink(event.url.origin, round.token)), {
		headers: {
			'content-type': 'image/svg+xml',
			'content-disposition': `attachment; filename="enkat-${round.code}.svg"`,
			'cache-control': 'private, no-store'
		}
	});
}) satisfies RequestHandler;
