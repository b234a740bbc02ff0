// Runs a tool script of this project (TypeScript or JavaScript) through Vite's module runner,
// so that it imports the app's own TypeScript modules (`$lib/…` included) with no build step
// and no other tool; packages load as they are. Usage: node scripts/run.js scripts/perf.js
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const script = process.argv[2];
if (!script) {
	console.error('Usage: node scripts/run.js <script>');
	process.exit(2);
}

const vite = await createServer({
	configFile: false,
	appType: 'custom',
	logLevel: 'error',
	resolve: { alias: { $lib: fileURLToPath(new URL('../src/lib', import.meta.url)) } },
	server: { middlewareMode: true, hmr: false, ws: false, watch: null },
	optimizeDeps: { noDiscovery: true, include: [] }
});
let failed = false;
try {
	await vite.ssrLoadModule(resolve(script));
} catch (error) {
	failed = true;
	console.error(error);
} finally {
	await vite.close();
}
process.exit(failed ? 1 : 0);
