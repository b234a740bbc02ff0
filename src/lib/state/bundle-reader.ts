/**
 * Reads an import file in a Web Worker (see import.worker.ts) so that no file, however large
 * or hostile, freezes the page; where there is no Worker, on this thread. Either way the size
 * is checked from `File.size` first, so a file over the limit is never read.
 */
import { readBundleBlob, refuseBySize, type ReadBundleResult } from '$lib/domain/exchange';

type WorkerAnswer = { result: ReadBundleResult } | { failed: string };

/** Reads, parses and verifies a bundle file; rejects only when the file cannot be read. */
export async function readBundleFile(file: File): Promise<ReadBundleResult> {
	const refused = refuseBySize(file.size);
	if (refused) return refused;
	if (typeof Worker === 'undefined') return readBundleBlob(file);
	const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
	try {
		const answer = await new Promise<WorkerAnswer>((resolve, reject) => {
			worker.onmessage = (event: MessageEvent<WorkerAnswer>) => resolve(event.data);
			worker.onmessageerror = () =>
				reject(new Error('the result of reading could not be passed on'));
			worker.onerror = (event) => {
				event.preventDefault();
				reject(new Error(`the file could not be read: ${event.message || 'the reader stopped'}`));
			};
			worker.postMessage(file);
		});
		if ('failed' in answer) throw new Error(`the file could not be read: ${answer.failed}`);
		return answer.result;
	} finally {
		// One worker per file: ending it returns all the memory the reading used.
		worker.terminate();
	}
}
