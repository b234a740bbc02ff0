import { describe, expect, it } from 'vitest';
import { blockEnergy, goertzelCoefficient, goertzelPower, toneShare, toneShares } from './goertzel';

const RATE = 16000;
const sine = (hz: number, n: number, amp = 0.5) =>
	Float32Array.from({ length: n }, (_, i) => amp * Math.sin((2 * Math.PI * hz * i) / RATE));

describe('goertzel', () => {
	it('gives a pure sine on a bin all of the block energy (share 1)', () => {
		const x = sine(1000, 400);
		const p = goertzelPower(x, 0, 400, goertzelCoefficient(1000, RATE));
		expect(toneShare(p, 400, blockEnergy(x, 0, 400))).toBeCloseTo(1, 2);
	});

	it('gives |X|² = (A·N/2)² for a sine of amplitude A', () => {
		const x = sine(440, 400, 0.2);
		expect(goertzelPower(x, 0, 400, goertzelCoefficient(440, RATE))).toBeCloseTo(
			(0.2 * 200) ** 2,
			0
		);
	});

	it('sees next to nothing of a frequency two bins away', () => {
		const x = sine(697, 400);
		const p = goertzelPower(x, 0, 400, goertzelCoefficient(770, RATE));
		expect(toneShare(p, 400, blockEnergy(x, 0, 400))).toBeLessThan(0.1);
	});

	it('gives silence a share of 0, not NaN', () => {
		const { shares, power } = toneShares(new Float32Array(1600), RATE, [440]);
		expect(shares[0]!.every((s) => s === 0)).toBe(true);
		expect(power.every((p) => p === 0)).toBe(true);
	});

	it('measures blocks of 25 ms every 10 ms', () => {
		const { shares } = toneShares(new Float32Array(RATE), RATE, [440]);
		// (16000 − 400) / 160 + 1 blocks in one second
		expect(shares[0]!.length).toBe(98);
	});
});
