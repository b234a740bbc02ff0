/**
 * Starting the built team server (`node build/index.js`) for tools and tests outside the
 * browser: on a free port, with its own data, waiting until its health endpoint answers.
 * Node only (child processes, sockets).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { pathOf } from '../domain/sync/route';
import { syncRoutes } from '../domain/sync/routes';

/** The project's folder (where `build/` is). */
export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface ServerOptions {
	/** The embedded database's folder (also given with PostgreSQL). */
	dataDir: string;
	/** postgres://… instead of the embedded database. */
	databaseUrl?: string;
	/** SETUP_TOKEN: creates the first organisation. */
	setupToken?: string;
	/** A fixed port (default: a free one). */
	port?: number;
	/** More environment. */
	env?: Record<string, string>;
	/** How long to wait for the health endpoint (default 2 minutes). */
	timeoutMs?: number;
	/** Options of node itself (e.g. --cpu-prof). */
	nodeArgs?: string[];
}

export interface RunningServer {
	origin: string;
	port: number;
	child: ChildProcess;
	/** What the server printed so far (the last 20,000 characters). */
	output(): string;
	stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts the built app and waits until its health endpoint answers. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
	const port = options.port ?? (await freePort());
	const origin = `http://127.0.0.1:${port}`;
	const env: Record<string, string> = {
		...parentEnv(),
		PORT: String(port),
		HOST: '127.0.0.1',
		ORIGIN: origin,
		DATA_DIR: options.dataDir,
		// As docs/deploy.md sets up a server: a push of 50 whole records is more than 512 KB.
		BODY_SIZE_LIMIT: '16M',
		...(options.setupToken ? { SETUP_TOKEN: options.setupToken } : {}),
		...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
		...options.env
	};
	const child = spawn(process.execPath, [...(options.nodeArgs ?? []), 'build/index.js'], {
		cwd: ROOT,
		env,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	const keep = (chunk: Buffer) => {
		output = (output + chunk.toString()).slice(-20_000);
	};
	child.stdout?.on('data', keep);
	child.stderr?.on('data', keep);
	const exited = new Promise((resolve) => child.once('exit', resolve));

	const health = origin + pathOf(syncRoutes.health);
	const deadline = Date.now() + (options.timeoutMs ?? 120_000);
	for (;;) {
		if (child.exitCode !== null || child.signalCode !== null) {
			throw new Error(`the server stopped before answering:\n${output}`);
		}
		try {
			if ((await fetch(health)).ok) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error(`the server did not answer ${health} in time:\n${output}`);
		}
		await sleep(100);
	}
	return {
		origin,
		port,
		child,
		output: () => output,
		async stop(signal = 'SIGTERM') {
			if (child.exitCode !== null || child.signalCode !== null) return;
			child.kill(signal);
			const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
			await exited;
			clearTimeout(timer);
		}
	};
}

/** The environment without the parent's database settings (each server gets its own). */
function parentEnv(): Record<string, string> {
	const skip = new Set(['DATABASE_URL', 'DATABASE_READ_URL', 'DATA_DIR', 'SETUP_TOKEN', 'PORT']);
	const out: Record<string, string> = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (value !== undefined && !skip.has(key)) out[key] = value;
	}
	return out;
}
