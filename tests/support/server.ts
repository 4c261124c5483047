import { spawn, type ChildProcess } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';
import { createPostgresDatabase, dropPostgresDatabase } from './database';
import { openDatabase, type Database, type Engine } from '../../src/lib/server/db/connect';
import { prepareDatabase } from '../../src/lib/server/startup';
import { shippedInstrument } from './builders';

export interface RunningServer {
	engine: Engine;
	url: string;
	/** The PostgreSQL database behind the server, when it runs on PostgreSQL. */
	databaseUrl?: string;
	output(): string;
	/** The app's process id (it changes when `inspect` restarts a PGlite server). */
	pid(): number | undefined;
	stop(): Promise<void>;
	/**
	 * Runs `work` against the server's database. PGlite allows one process at a time, so on PGlite
	 * the server pauses meanwhile and starts again on the same port afterwards.
	 */
	inspect<T>(work: (database: Database) => Promise<T>): Promise<T>;
}

/** A shared app of the browser suite (global-setup.ts), as test files see it. */
export interface ServerInfo {
	engine: Engine;
	url: string;
}

declare module 'vitest' {
	export interface ProvidedContext {
		servers: ServerInfo[];
	}
}

/**
 * The shared app of the worker this file runs in. Files of one worker run one after another, so
 * a file never shares its app with a file running at the same time.
 */
export function sharedServer(): ServerInfo {
	const servers = inject('servers');
	const worker = Number(process.env.VITEST_POOL_ID ?? '1');
	const server = servers[(worker - 1) % servers.length];
	if (!server) throw new Error('the browser suite started no shared app');
	return server;
}

export interface StartOptions {
	env?: Record<string, string>;
	/** Demo data on the server's first start (default on). */
	demo?: boolean;
	/** Fixtures written before the server first starts, on a database already prepared. */
	prepare?: (database: Database) => Promise<void>;
	/** Options for Node itself, before the app (e.g. a CPU profile: not allowed in NODE_OPTIONS). */
	nodeArgs?: string[];
}

const buildEntry = resolve('build/index.js');

async function freePort(): Promise<number> {
	return new Promise((resolvePort, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string) {
	const deadline = Date.now() + 90_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) {
			throw new Error(`The app exited with code ${child.exitCode}:\n${output()}`);
		}
		try {
			const response = await fetch(`${url}/healthz`);
			if (response.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error(`The app did not become healthy within 90 s:\n${output()}`);
}

/**
 * Where a browser run keeps its demo templates (set by the e2e global setup). Without it, as in
 * the bench, every app migrates and seeds its own database.
 */
const templatesEnv = 'NNS_E2E_TEMPLATES';

export function useDemoTemplates(): { dispose(): Promise<void> } {
	const folder = mkdtempSync(join(tmpdir(), 'nns-e2e-templates-'));
	process.env[templatesEnv] = folder;
	return {
		async dispose() {
			const postgresTemplate = join(folder, 'postgres.ready');
			if (existsSync(postgresTemplate)) {
				await dropPostgresDatabase(readFileSync(postgresTemplate, 'utf8'));
			}
			rmSync(folder, { recursive: true, force: true });
			delete process.env[templatesEnv];
		}
	};
}

async function prepareDemo(database: Database, demo: boolean): Promise<void> {
	await prepareDatabase(database, {
		instrument: shippedInstrument,
		demo,
		currentYear: new Date().getFullYear()
	});
}

/**
 * A database prepared with the demo data once per browser run and engine, which every app with
 * demo data starts from as a copy: migrating and seeding took most of an app's 8–18 s start.
 * Files run in parallel workers, so the first one to need it makes it (a directory is the lock)
 * and the others wait for its `.ready` file, which holds the template's URL or folder.
 */
async function demoTemplate(engine: Engine): Promise<string | undefined> {
	const folder = process.env[templatesEnv];
	if (!folder) return undefined;
	const ready = join(folder, `${engine}.ready`);
	const failed = join(folder, `${engine}.failed`);
	try {
		mkdirSync(join(folder, `${engine}.lock`));
	} catch {
		const deadline = Date.now() + 180_000;
		while (!existsSync(ready)) {
			if (existsSync(failed)) throw new Error(readFileSync(failed, 'utf8'));
			if (Date.now() > deadline) throw new Error(`no ${engine} demo template within 180 s`);
			await new Promise((r) => setTimeout(r, 200));
		}
		return readFileSync(ready, 'utf8');
	}
	try {
		const location =
			engine === 'postgres'
				? await createPostgresDatabase('nns_e2e_template')
				: join(folder, 'pglite');
		const database = openDatabase(
			engine === 'postgres' ? { url: location, max: 2 } : { dataDir: location }
		);
		try {
			await prepareDemo(database, true);
		} finally {
			await database.close();
		}
		writeFileSync(ready, location);
		return location;
	} catch (error) {
		writeFileSync(failed, `the ${engine} demo template failed: ${String(error)}`);
		throw error;
	}
}

/** Starts the built app (`node build`) on a fresh database of the given engine. */
export async function startServer(
	engine: Engine,
	{ env: extraEnv = {}, demo = true, prepare, nodeArgs = [] }: StartOptions = {}
): Promise<RunningServer> {
	if (!existsSync(buildEntry)) {
		throw new Error('build/index.js is missing: run `npm run build` before the browser tests.');
	}
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const template = demo ? await demoTemplate(engine) : undefined;
	let dataDir: string | undefined;
	let databaseUrl: string | undefined;
	if (engine === 'pglite') {
		dataDir = mkdtempSync(join(tmpdir(), 'nns-e2e-'));
		if (template) cpSync(template, dataDir, { recursive: true });
	} else {
		databaseUrl = await createPostgresDatabase('nns_e2e', template);
	}
	const open = () => openDatabase(databaseUrl ? { url: databaseUrl, max: 2 } : { dataDir });

	if (prepare) {
		const database = open();
		try {
			await prepareDemo(database, demo);
			await prepare(database);
		} finally {
			await database.close();
		}
	}

	let log = '';
	let child: ChildProcess;
	const output = () => log;
	const spawnApp = async () => {
		child = spawn(process.execPath, [...nodeArgs, buildEntry], {
			env: {
				...process.env,
				PORT: String(port),
				HOST: '127.0.0.1',
				ORIGIN: url,
				DEMO_DATA: demo ? '1' : '',
				...(dataDir ? { PGLITE_DIR: dataDir, DATABASE_URL: '' } : { DATABASE_URL: databaseUrl }),
				...extraEnv
			},
			stdio: ['ignore', 'pipe', 'pipe']
		});
		child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
		child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
		await waitForHealth(url, child, output);
	};
	const kill = async () => {
		if (child.exitCode === null && child.signalCode === null) {
			const exited = new Promise((r) => child.once('exit', r));
			child.kill('SIGTERM');
			const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
			await exited;
			clearTimeout(killer);
		}
	};
	const stop = async () => {
		await kill();
		if (dataDir) rmSync(dataDir, { recursive: true, force: true });
		if (databaseUrl) await dropPostgresDatabase(databaseUrl);
	};
	const inspect = async <T>(work: (database: Database) => Promise<T>): Promise<T> => {
		if (dataDir) await kill();
		const database = open();
		try {
			return await work(database);
		} finally {
			await database.close();
			if (dataDir) await spawnApp();
		}
	};
	try {
		await spawnApp();
	} catch (error) {
		await stop();
		throw error;
	}
	return { engine, url, databaseUrl, output, pid: () => child.pid, stop, inspect };
}
