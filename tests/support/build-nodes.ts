import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const nodesDir = '.svelte-kit/output/server/nodes';

/**
 * The client entry files of the built route nodes whose source lies in one of the given route
 * groups, e.g. `(admin)`: what a page must not load if it is to carry no admin code.
 */
export function clientNodeFilesOf(groups: string[]): string[] {
	return readdirSync(nodesDir)
		.map((name) => readFileSync(join(nodesDir, name), 'utf8'))
		.filter((source) => {
			const ids = [
				...source.matchAll(/export const (?:component|server|universal)_id = "([^"]+)"/g)
			];
			return ids.some(([, id]) => groups.some((group) => id!.includes(`/${group}/`)));
		})
		.map((source) => /export const imports = \["([^"]+)"/.exec(source)?.[1])
		.filter((file): file is string => !!file);
}
