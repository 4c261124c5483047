import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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
	const dataDir = engine === 'pglite' ? mkdtempSync(join(tmpdir(), 'nns-e2e-')) : undefined;
	const databaseUrl = engine === 'postgres' ? await createPostgresDatabase('nns_e2e') : undefined;
	const open = () => openDatabase(databaseUrl ? { url: databaseUrl, max: 2 } : { dataDir });

	if (prepare) {
		const database = open();
		try {
			await prepareDatabase(database, {
				instrument: shippedInstrument,
				demo,
				currentYear: new Date().getFullYear()
			});
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
