// How large a request to the team server may be, in bytes: one table, read by the server's
// checks (src/hooks.server.ts before any handler, the handlers while reading), by the phone
// when it cuts the outbox into pushes, and by the server's start (adapter-node's
// BODY_SIZE_LIMIT is the largest of them). Plain JavaScript so that scripts/start.js and
// svelte.config.js read it without a build step. docs/sync-protocol.md lists it ("Limits").

const KiB = 1024;
const MiB = 1024 * KiB;

export const BODY_LIMITS = Object.freeze({
	/** POST /push (1 to 50 records), PUT /evaluations/:id and PUT /campaigns/:id. */
	records: 8 * MiB,
	/** PUT /blobs/:sha256: one part, and a photo or dispute file in all (MAX_BLOB_BYTES). */
	blob: 10 * MiB,
	/** Any other JSON body (some routes take less and say so in their 413). */
	json: 512 * KiB
});

/** The largest body any request may carry: adapter-node's BODY_SIZE_LIMIT. */
export const BODY_SIZE_LIMIT = Math.max(...Object.values(BODY_LIMITS));

/**
 * The limit of a request's body by its method and path (under /api/v1).
 * @param {string} method
 * @param {string} pathname
 * @returns {number}
 */
export function bodyLimitOf(method, pathname) {
	if (method === 'PUT' && /^\/api\/v1\/blobs\/[^/]+\/?$/.test(pathname)) return BODY_LIMITS.blob;
	if (method === 'POST' && /^\/api\/v1\/push\/?$/.test(pathname)) return BODY_LIMITS.records;
	if (method === 'PUT' && /^\/api\/v1\/(evaluations|campaigns)\/[^/]+\/?$/.test(pathname)) {
		return BODY_LIMITS.records;
	}
	return BODY_LIMITS.json;
}

/**
 * A number of bytes as the limits are written: `8 MiB`, `512 KiB`, `100 bytes`.
 * @param {number} bytes
 * @returns {string}
 */
export function formatLimit(bytes) {
	if (bytes >= MiB && bytes % MiB === 0) return `${bytes / MiB} MiB`;
	if (bytes >= KiB && bytes % KiB === 0) return `${bytes / KiB} KiB`;
	return `${bytes} bytes`;
}
