import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Route {
	id: string;
	path: string;
	group: string | null;
	page: boolean;
	actions: string[];
	methods: string[];
}

/**
 * Every page and endpoint under src/routes, with its actions and HTTP methods. Read from the
 * tree rather than listed, so that a test built on it covers a new route as soon as it exists.
 */
export function walkRoutes(dir = 'src/routes', segments: string[] = []): Route[] {
	const entries = readdirSync(dir);
	const routes: Route[] = [];
	const file = (name: string) => entries.find((e) => e.startsWith(name));
	const pageServer = file('+page.server.');
	const endpoint = file('+server.');
	if (file('+page.svelte') || pageServer || endpoint) {
		const path = '/' + segments.filter((s) => !/^\(.*\)$/.test(s)).join('/');
		const serverSource = pageServer ? readFileSync(join(dir, pageServer), 'utf8') : '';
		const actionsBlock = serverSource.split(/export const actions\s*=\s*\{/)[1] ?? '';
		const endpointSource = endpoint ? readFileSync(join(dir, endpoint), 'utf8') : '';
		routes.push({
			id: '/' + segments.join('/'),
			path,
			group: segments.find((s) => /^\(.*\)$/.test(s)) ?? null,
			page: !!(file('+page.svelte') || pageServer),
			actions: [...actionsBlock.matchAll(/^\t(\w+): async/gm)].map((m) => m[1]!),
			methods: [
				...endpointSource.matchAll(
					/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g
				)
			].map((m) => m[1]!)
		});
	}
	for (const entry of entries) {
		if (statSync(join(dir, entry)).isDirectory()) {
			routes.push(...walkRoutes(join(dir, entry), [...segments, entry]));
		}
	}
	return routes;
}
