import type { TestProject } from 'vitest/node';
import { assertChromiumInstalled } from './chromium';
import { engines } from './database';
import { startServer, type RunningServer } from './server';

export interface ServerInfo {
	engine: RunningServer['engine'];
	url: string;
}

declare module 'vitest' {
	export interface ProvidedContext {
		servers: ServerInfo[];
	}
}

/** One app per engine, started once for the whole browser suite. */
export default async function setup(project: TestProject) {
	assertChromiumInstalled();
	const servers: RunningServer[] = [];
	try {
		for (const engine of engines) servers.push(await startServer(engine));
	} catch (error) {
		await Promise.all(servers.map((s) => s.stop()));
		throw error;
	}
	project.provide(
		'servers',
		servers.map(({ engine, url }) => ({ engine, url }))
	);
	return async () => {
		await Promise.all(servers.map((s) => s.stop()));
	};
}
