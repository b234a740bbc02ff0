/**
 * Reads an import file off the main thread: a 40 MB bundle takes seconds to parse, hash and
 * check on a phone, and the page must keep answering taps meanwhile. Receives the File,
 * answers with a `ReadBundleResult` (or `{ failed }` when reading itself failed).
 */
import { readBundleBlob } from '../domain/exchange/read-bundle';

interface WorkerScope {
	onmessage: ((event: MessageEvent<Blob>) => void) | null;
	postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
	readBundleBlob(event.data).then(
		(result) => scope.postMessage({ result }),
		(error: unknown) =>
			scope.postMessage({ failed: error instanceof Error ? error.message : String(error) })
	);
};
