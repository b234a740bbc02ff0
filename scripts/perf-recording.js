// The call-recording analyser on a 10-minute synthetic call in Chromium: decode ms, analysis ms
// and total ms (target ≤ 5 s) for a WAV and an Ogg Vorbis file, the analyser's size over the
// wire (gzip bytes of its module, its worker and anything they load), and whether the first
// screen loads any of it (it must not). The analyser is the built app's chunk when a screen of
// the build imports it; otherwise this script builds src/lib/recording/analyse.ts on its own
// with Vite and serves it from the same origin. Figures only, no pass/fail on times.
// Usage: node scripts/run.js scripts/perf-recording.js (after `npm run build`).
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { build } from 'vite';
import { longCall } from '../src/lib/testing/calls/calls.ts';
import { encodeWithSox } from '../src/lib/testing/calls/containers.ts';
import { encodeWav } from '../src/lib/testing/calls/wav.ts';
import { startServer, waitForServer } from './perf-seed.js';

const PORT = Number(process.env.PORT ?? 4178);
const base = `http://localhost:${PORT}`;
const root = fileURLToPath(new URL('..', import.meta.url));
const executablePath =
	process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** The analyser's URL in the built app, when a screen imports it (Vite's manifest names it). */
function fromTheBuild() {
	const manifest = join(root, '.svelte-kit/output/client/.vite/manifest.json');
	if (!existsSync(manifest)) return null;
	const entry = JSON.parse(readFileSync(manifest, 'utf8'))['src/lib/recording/analyse.ts'];
	return entry ? `/${entry.file}` : null;
}

/**
 * Builds the analyser alone into the built app's static folder (removed afterwards), so that the
 * app's own server serves it and its worker from the app's origin; returns the folder.
 */
async function buildAlone() {
	const outDir = join(root, 'build/client/__perf-analyser');
	await build({
		configFile: false,
		root,
		// The worker's URL is written from the base: the folder the server serves the build from.
		base: '/__perf-analyser/',
		logLevel: 'error',
		resolve: { alias: { $lib: join(root, 'src/lib') } },
		worker: { format: 'es' },
		build: {
			outDir,
			emptyOutDir: true,
			target: 'es2022',
			lib: {
				entry: join(root, 'src/lib/recording/analyse.ts'),
				formats: ['es'],
				fileName: 'analyse'
			},
			rollupOptions: { output: { assetFileNames: '[name]-[hash][extname]' } }
		}
	});
	return outDir;
}

function listFiles(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
		d.isDirectory() ? listFiles(join(dir, d.name)) : [join(dir, d.name)]
	);
}

const call = longCall(10);
const minutes = call.pcm.length / call.sampleRate / 60;
const files = [
	{ name: 'call.wav', type: 'audio/wav', bytes: Buffer.from(encodeWav(call.pcm, call.sampleRate)) },
	{ name: 'call.ogg', type: 'audio/ogg', bytes: encodeWithSox(call.pcm, call.sampleRate, 'ogg') }
];

let analyserUrl = fromTheBuild();
let source = 'the built app';
let aloneDir = null;
if (!analyserUrl) {
	// Before the server starts: it lists its static files once, at start.
	aloneDir = await buildAlone();
	analyserUrl = '/__perf-analyser/analyse.js';
	source = 'a build of src/lib/recording/analyse.ts alone (no screen of the build imports it yet)';
}
const server = startServer(PORT);
let browser;
try {
	await waitForServer(base);
	browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });

	// The first screen: which scripts it loads, and that the analyser is not among them.
	const first = await browser.newContext({ serviceWorkers: 'block' });
	const firstPage = await first.newPage();
	const firstScripts = [];
	firstPage.on('response', async (r) => {
		if (r.request().resourceType() === 'script')
			firstScripts.push(await r.body().catch(() => Buffer.alloc(0)));
	});
	await firstPage.goto(`${base}/`, { waitUntil: 'networkidle' });
	const analyserOnFirst = firstScripts.some(
		(b) => b.includes('proposeTimeline') || b.includes('flux-vad')
	);
	const firstGz = firstScripts.reduce((n, b) => n + gz(b), 0);
	await first.close();

	const rows = [];
	let wire = null;
	for (const file of files) {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		const loaded = new Map();
		context.on('response', async (r) => {
			const url = r.url();
			if (url.includes('/call.')) return;
			if (/\.(js|mjs|wasm|onnx)(\?|$)/.test(url))
				loaded.set(url, await r.body().catch(() => Buffer.alloc(0)));
		});
		await page.route(`${base}/${file.name}`, (route) =>
			route.fulfill({ body: file.bytes, contentType: file.type })
		);
		await page.goto(`${base}/`);
		const before = new Set(loaded.keys());
		// A string, not a function: the script runner rewrites import() in this file's functions.
		const result = await page.evaluate(`(async () => {
			const blob = await (await fetch('/${file.name}')).blob();
			const start = performance.now();
			const { analyseRecording } = await import('${analyserUrl}');
			const loadedAt = performance.now();
			let decodedAt = 0;
			const timeline = await analyseRecording(blob, (f) => {
				if (!decodedAt && f >= 0.3) decodedAt = performance.now();
			});
			const end = performance.now();
			return {
				load: loadedAt - start,
				decode: decodedAt - loadedAt,
				analysis: end - decodedAt,
				total: end - loadedAt,
				events: timeline.events.length
			};
		})()`);
		rows.push({
			file: `${file.name} (${(file.bytes.length / 1024 / 1024).toFixed(1)} MB, ${minutes.toFixed(1)} min)`,
			'module load ms': Math.round(result.load),
			'decode ms': Math.round(result.decode),
			'analysis ms': Math.round(result.analysis),
			'total ms (target ≤ 5000)': Math.round(result.total),
			events: result.events
		});
		if (!wire) {
			const fetched = [...loaded].filter(([url]) => !before.has(url));
			wire = fetched.map(([url, body]) => ({ file: url.replace(base, ''), gzip: gz(body) }));
		}
		await context.close();
	}
	console.log(`Analyser from ${source}.`);
	console.table(rows);
	if (aloneDir) {
		wire = listFiles(aloneDir).map((p) => ({
			file: relative(aloneDir, p),
			gzip: gz(readFileSync(p))
		}));
	}
	console.table(wire.map((w) => ({ file: w.file, 'gzip bytes': w.gzip })));
	const total = wire.reduce((n, w) => n + w.gzip, 0);
	console.log(`Analyser over the wire: ${total} bytes gzip (${kb(total)}); no wasm or model.`);
	console.log(
		`First screen: ${kb(firstGz)} of script (gzip); analyser loaded there: ${analyserOnFirst ? 'YES — it must not be' : 'no'}`
	);
} finally {
	await browser?.close();
	if (aloneDir) rmSync(aloneDir, { recursive: true, force: true });
	process.kill(-server.pid);
}
