// The app shell (200.html) written next to the prerendered pages by the build: the page a
// static host would serve for any in-app address that is not a file.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FALLBACK = '200.html';

let shell: Promise<string | undefined> | undefined;

/** The built server's chunks sit a few folders below build/; not found in development. */
function find(): string | undefined {
	let dir = dirname(fileURLToPath(import.meta.url));
	for (let i = 0; i < 4; i++) {
		const file = join(dir, 'prerendered', FALLBACK);
		if (existsSync(file)) return file;
		dir = dirname(dir);
	}
	return undefined;
}

export function appShell(): Promise<string | undefined> {
	shell ??= Promise.resolve().then(() => {
		const file = find();
		return file ? readFileSync(file, 'utf8') : undefined;
	});
	return shell;
}
