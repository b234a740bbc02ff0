/** An in-place radix-2 complex FFT (enough for the analyser's 512-point frames). */

/** Bit-reversal and twiddle tables for one size (a power of two). */
export interface FftPlan {
	size: number;
	reverse: Uint32Array;
	cos: Float64Array;
	sin: Float64Array;
}

/** The tables for an FFT of `size` points. */
export function fftPlan(size: number): FftPlan {
	if (size < 2 || (size & (size - 1)) !== 0)
		throw new Error(`FFT size ${size} is not a power of two`);
	const bits = Math.log2(size);
	const reverse = new Uint32Array(size);
	for (let i = 0; i < size; i++) {
		let r = 0;
		for (let b = 0; b < bits; b++) r |= ((i >> b) & 1) << (bits - 1 - b);
		reverse[i] = r;
	}
	const cos = new Float64Array(size / 2);
	const sin = new Float64Array(size / 2);
	for (let i = 0; i < size / 2; i++) {
		cos[i] = Math.cos((-2 * Math.PI * i) / size);
		sin[i] = Math.sin((-2 * Math.PI * i) / size);
	}
	return { size, reverse, cos, sin };
}

/** Transforms (re, im) in place. */
export function fft(plan: FftPlan, re: Float64Array, im: Float64Array): void {
	const n = plan.size;
	for (let i = 0; i < n; i++) {
		const j = plan.reverse[i]!;
		if (j > i) {
			const tr = re[i]!;
			re[i] = re[j]!;
			re[j] = tr;
			const ti = im[i]!;
			im[i] = im[j]!;
			im[j] = ti;
		}
	}
	for (let len = 2; len <= n; len <<= 1) {
		const half = len >> 1;
		const step = n / len;
		for (let start = 0; start < n; start += len) {
			for (let k = 0; k < half; k++) {
				const wr = plan.cos[k * step]!;
				const wi = plan.sin[k * step]!;
				const a = start + k;
				const b = a + half;
				const xr = re[b]! * wr - im[b]! * wi;
				const xi = re[b]! * wi + im[b]! * wr;
				re[b] = re[a]! - xr;
				im[b] = im[a]! - xi;
				re[a] = re[a]! + xr;
				im[a] = im[a]! + xi;
			}
		}
	}
}
