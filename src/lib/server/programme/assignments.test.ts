import { describe, expect, it } from 'vitest';
import { holidayOn } from '$lib/domain/calendar/korean-holidays';
import { weekdayOf } from '$lib/domain/programme/sampling';
import { buildPlan, buildScenario as scenario } from '$lib/testing/programme';
import type { Session } from '../auth/session';
import type { Db } from '../db';
import {
	addCoordinatedCampaign,
	addPerson,
	testDatabaseKinds,
	withFreshDb
} from '../../testing/server-db';
import { generateAssignments } from './assignments';
import { putPlan, putScenario } from './planning';

// Mon/Wed/Fri × morning/night × two scenarios = 12 cells of one contact each, in two waves of
// four weeks. 1차 holds 2026-03-02, a Monday and 대체공휴일(삼일절): three usable Mondays.
const plan = buildPlan({
	to: '2026-04-26',
	slots: ['morning', 'night'],
	waves: [
		{ name: '1차', from: '2026-03-02', to: '2026-03-29' },
		{ name: '2차', from: '2026-03-30', to: '2026-04-26' }
	],
	capPerShopper: 20,
	minGapDays: 0
});

// 2026-03-01 09:00 in Seoul.
const NOW = Date.parse('2026-03-01T00:00:00Z');

describe.each(testDatabaseKinds())('generating one wave on %s', (kind) => {
	let db: Db;
	let campaignId: string;
	let coord: Session;
	const shoppers: string[] = [];

	withFreshDb(kind, async (opened) => {
		db = opened;
		const made = await addCoordinatedCampaign(db);
		campaignId = made.campaignId;
		coord = made.coordinator.session;
		for (const name of ['가 평가원', '나 평가원']) {
			shoppers.push((await addPerson(db, campaignId, name, 'shopper')).id);
		}
		await putScenario(db, coord, campaignId, 's1', scenario('s1', '카드 분실 신고'));
		await putScenario(db, coord, campaignId, 's2', scenario('s2', '주소 변경'));
		await putPlan(db, coord, campaignId, plan);
	});
	const generate = (input: { wave?: number } = {}) =>
		generateAssignments(db, coord, campaignId, { shopperIds: shoppers, ...input }, NOW);

	it('wave 1 gets only its share (6 of 12), within its dates, never on the 3/2 substitute holiday', async () => {
		const r = await generate({ wave: 0 });
		expect(r.made).toHaveLength(6);
		expect(r.unmade).toEqual([]);
		expect(r.period).toEqual({ from: '2026-03-02', to: '2026-03-29' });
		for (const a of r.made) {
			expect(a.windowFrom >= '2026-03-02' && a.windowFrom <= '2026-03-29').toBe(true);
			expect(holidayOn(a.windowFrom)).toBeUndefined();
			expect(weekdayOf(a.windowFrom)).toBe(a.cellId!.split('|')[0]);
		}
		expect(r.holidays).toEqual([{ date: '2026-03-02', name: '대체공휴일(삼일절)' }]);
		expect(r.unknownYears).toEqual([]);
		// The wave is a small copy of the plan: both slots, both scenarios, all three weekdays.
		for (const key of [0, 1, 2] as const) {
			const values = new Set(r.made.map((a) => a.cellId!.split('|')[key]));
			expect(values.size).toBe(key === 0 ? 3 : 2);
		}
		// Shoppers and slots are not confounded: each holds 3, mornings and nights alike.
		expect(r.spread.rows.map((row) => row.total)).toEqual([3, 3]);
		for (const row of r.spread.rows) {
			expect(Object.keys(row.slot).sort()).toEqual(['morning', 'night']);
		}
		expect(r.spread.range.total).toBe(0);
		expect(r.spread.range.slot).toBeLessThanOrEqual(1);
	});

	it('wave 1 again makes nothing; wave 2 makes the other 6 in its dates, each cell once', async () => {
		const again = await generate({ wave: 0 });
		expect(again.made).toEqual([]);
		const second = await generate({ wave: 1 });
		expect(second.made).toHaveLength(6);
		for (const a of second.made) {
			expect(a.windowFrom >= '2026-03-30' && a.windowFrom <= '2026-04-26').toBe(true);
		}
		expect(second.spread.rows.map((row) => row.total)).toEqual([6, 6]);
		expect(second.spread.range.slot).toBeLessThanOrEqual(1);
		const cells = [...again.made, ...second.made].map((a) => a.cellId);
		expect(new Set(cells).size).toBe(cells.length);
	});

	it('an unknown wave is refused (422)', async () => {
		await expect(generate({ wave: 5 })).rejects.toMatchObject({
			status: 422,
			code: 'unknown-wave'
		});
	});

	it('a period in a year without a holiday list schedules nothing there and says which year', async () => {
		await putPlan(db, coord, campaignId, {
			...plan,
			total: 24, // one more per cell than the 12 assignments already made
			from: '2028-01-03',
			to: '2028-01-30',
			waves: []
		});
		const r = await generate();
		expect(r.made).toEqual([]);
		expect(r.unknownYears).toEqual([2028]);
		expect(r.unmade).toHaveLength(12);
		expect(r.unmade.every((u) => u.reason === 'no-date')).toBe(true);
	});
});
