// Runs the built app (`node build`) on localhost: the pages, the service worker and /api.
// PORT (default 4173) and HOST (default 127.0.0.1) can be set; the embedded database keeps
// its files in ./data unless DATA_DIR or DATABASE_URL (PostgreSQL) says otherwise.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = process.env.PORT ?? '4173';
const host = process.env.HOST ?? '127.0.0.1';

const server = spawn(process.execPath, ['build'], {
	cwd: root,
	stdio: 'inherit',
	env: {
		...process.env,
		PORT: port,
		HOST: host,
		ORIGIN: process.env.ORIGIN ?? `http://localhost:${port}`
	}
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
