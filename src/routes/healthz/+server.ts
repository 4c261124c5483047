import { json } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { checkHealth } from '$lib/server/http/health';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => {
	const health = await checkHealth(db);
	return json(health, {
		status: health.status === 'ok' ? 200 : 503,
		headers: { 'Cache-Control': 'no-store' }
	});
};
