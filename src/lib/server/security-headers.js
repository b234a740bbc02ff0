// The headers every answer of the server carries: pages, files, the app shell and the API.
// adapter-node serves files and prerendered pages before the app's hooks run, so the built
// server's handler sets them on every answer (svelte.config.js wraps it) and the hooks set
// them on what they answer (also under vite). Plain JavaScript so that svelte.config.js reads
// it at build time.

/**
 * The header policy of pages and files. The full policy (script and style hashes) is the
 * `<meta>` SvelteKit writes into each page from svelte.config.js; a meta policy cannot say who
 * may frame a page, so the header carries `frame-ancestors` and repeats the meta's directives
 * that need no hashes. A browser enforces both policies.
 */
export const PAGE_POLICY =
	"frame-ancestors 'none'; base-uri 'self'; object-src 'none'; form-action 'self'";

/** The header policy of API answers: JSON and bytes, never a document that loads anything. */
export const API_POLICY = "default-src 'none'; frame-ancestors 'none'";

/**
 * The headers of every answer. `Referrer-Policy: no-referrer`: the app needs no Referer (its
 * cross-site check reads `Origin`, which `fetch` still sends with every write), and an address
 * such as an evaluation's never leaves for another site.
 */
export const SECURITY_HEADERS = Object.freeze({
	'content-security-policy': PAGE_POLICY,
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'no-referrer'
});
