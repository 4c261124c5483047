import type { TestProject } from 'vitest/node';
import { assertChromiumInstalled } from './chromium';
import { browserEngine } from './database';
import { startServer, type RunningServer } from './server';

export interface ServerInfo {
	engine: RunningServer['engine'];
	url: string;
}

declare module 'vitest' {
	export interface ProvidedContext {
		server: ServerInfo;
	}
}

/**
 * One app on the browser engine, started once for the whole browser suite. A file that needs
 * the app on the other engine as well (foundation.e2e.ts) starts it itself, so that no other
 * file, and no run of a single other file, waits for it.
 */
export default async function setup(project: TestProject) {
	assertChromiumInstalled();
	const server = await startServer(browserEngine);
	project.provide('server', { engine: server.engine, url: server.url });
	return async () => {
		await server.stop();
	};
}
