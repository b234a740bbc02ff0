// (b) of the server benchmark: a fresh phone browser pulling evaluations.
/** @param {number} n */
export async function benchBrowserPull(n) {
	console.log(`(b) pull ${n}: not measured yet`);
}
