import { describe, expect, it } from 'vitest';
import { centerFigures, figuresOf, type FigureRow } from './center';

// 2025-03-10 00:00 and 2025-04-10 00:00 Seoul time.
const MAR = Date.UTC(2025, 2, 9, 15);
const APR = Date.UTC(2025, 3, 9, 15);
const row = (
	campaignId: string,
	score: number | null,
	verdict: string,
	occurredAt: number
): FigureRow => ({ campaignId, score, verdict, occurredAt });

describe('center figures', () => {
	it('n counts scored rows; the mean is rounded once; pass rate counts pass and excellent', () => {
		expect(
			figuresOf([
				row('a', 80, 'pass', MAR),
				row('a', 90.05, 'excellent', MAR),
				row('a', 60, 'fail', MAR),
				row('a', null, '', MAR)
			])
		).toEqual({ n: 3, mean: 76.7, passRate: 2 / 3 });
		expect(figuresOf([])).toEqual({ n: 0, mean: null, passRate: null });
	});

	it('by wave (Seoul dates, inclusive), the programme beside the campaign; no center named', () => {
		const rows = [
			row('a', 80, 'pass', MAR),
			row('b', 60, 'fail', MAR),
			row('a', 70, 'fail', APR),
			row('b', 90, 'excellent', APR)
		];
		const f = centerFigures(
			'a',
			rows,
			[
				{ name: '2차', from: '2025-04-01', to: '2025-04-30' },
				{ name: '1차', from: '2025-03-01', to: '2025-03-10' }
			],
			5
		);
		expect(f.basis).toBe('waves');
		expect(f.periods.map((p) => p.name)).toEqual(['1차', '2차']);
		expect(f.periods[0]).toMatchObject({
			campaign: { n: 1, mean: 80, passRate: 1 },
			programme: { n: 2, mean: 70, passRate: 0.5 }
		});
		expect(f.campaign).toEqual({ n: 2, mean: 75, passRate: 0.5 });
		expect(f.programme).toEqual({ n: 4, mean: 75, passRate: 0.5 });
		expect(JSON.stringify(f)).not.toContain('"b"');
	});

	it('without waves: calendar months where the campaign has evaluations', () => {
		const f = centerFigures('a', [row('a', 80, 'pass', MAR), row('b', 60, 'fail', APR)], [], 5);
		expect(f.basis).toBe('months');
		expect(f.periods.map((p) => p.name)).toEqual(['2025-03']);
	});
});
