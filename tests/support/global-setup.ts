import type { TestProject } from 'vitest/node';
import { assertChromiumInstalled } from './chromium';
import { browserEngine } from './database';
import { startServer, useDemoTemplates, type RunningServer } from './server';

/**
 * One shared app on the browser engine per worker, started once for the whole browser suite: the
 * files of one worker run one after another against theirs, as they always did, and never share
 * an app with a file running at the same time (see `sharedServer`). Every app starts from a copy
 * of one demo database per engine, made once (`useDemoTemplates`). A file that needs the app on
 * the other engine as well (foundation.e2e.ts) starts it itself.
 */
export default async function setup(project: TestProject) {
	assertChromiumInstalled();
	const templates = useDemoTemplates();
	const servers: RunningServer[] = [];
	try {
		// One per file that can run at once.
		for (let i = 0; i < Math.max(1, project.config.maxWorkers); i++)
			servers.push(await startServer(browserEngine));
	} catch (error) {
		for (const server of servers) await server.stop();
		await templates.dispose();
		throw error;
	}
	project.provide(
		'servers',
		servers.map((server) => ({ engine: server.engine, url: server.url }))
	);
	return async () => {
		for (const server of servers) await server.stop();
		await templates.dispose();
	};
}
