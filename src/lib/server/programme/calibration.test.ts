import { describe, expect, it } from 'vitest';
import { defaultTemplate } from '$lib/domain/record/template';
import { buildCampaign } from '$lib/testing/builders';
import type { Session } from '../auth/session';
import type { Db } from '../db';
import { failure } from '../../testing/api-failure';
import {
	addCampaign,
	addMember,
	addOrg,
	grant,
	signedIn,
	testDatabaseKinds,
	withFreshDb
} from '../../testing/server-db';
import {
	calibrationResults,
	calibrationView,
	closeCalibrationSession,
	createCalibrationSession,
	listCalibrationSessions,
	putCalibrationRating
} from './calibration';

describe.each(testDatabaseKinds())('calibration sessions (%s)', (kind) => {
	let db: Db;
	withFreshDb(kind, (opened) => (db = opened));

	/** A campaign with a coordinator, two shoppers, a manager and an outsider, all signed in. */
	async function team(template = defaultTemplate()) {
		const org = await addOrg(db);
		const campaignId = await addCampaign(
			db,
			org.id,
			buildCampaign({
				id: crypto.randomUUID(),
				center: { name: '보정 고객센터', phoneNumbers: [], channels: [] },
				template
			})
		);
		const people: Record<string, Session> = {};
		for (const [name, role] of [
			['coordinator', 'coordinator'],
			['kim', 'shopper'],
			['lee', 'shopper'],
			['manager', 'manager'],
			['outsider', null]
		] as const) {
			const m = await addMember(db, name);
			if (role) await grant(db, campaignId, m.id, role);
			people[name] = (await signedIn(db, m.id)).session;
		}
		return { campaignId, ...people } as Record<
			'coordinator' | 'kim' | 'lee' | 'manager' | 'outsider',
			Session
		> & { campaignId: string };
	}

	async function twoRaterSession(p: Awaited<ReturnType<typeof team>>) {
		return createCalibrationSession(db, p.coordinator, {
			campaignId: p.campaignId,
			title: '3월 보정',
			contacts: [{ description: '녹취 1: 요금 문의' }, { description: '녹취 2: 해지 문의' }],
			raterIds: [p.kim.memberId, p.lee.memberId]
		});
	}

	it('a coordinator opens a session; nobody else may (403), and raters must be in the campaign', async () => {
		const p = await team();
		const s = await twoRaterSession(p);
		expect(s).toMatchObject({
			campaignName: '보정 고객센터',
			title: '3월 보정',
			contacts: [
				{ id: 'c1', description: '녹취 1: 요금 문의' },
				{ id: 'c2', description: '녹취 2: 해지 문의' }
			],
			closedAt: null,
			canClose: true,
			isRater: false,
			allowPartial: true
		});
		expect(s.raters.map((r) => r.ratedContacts)).toEqual([0, 0]);
		const input = {
			campaignId: p.campaignId,
			title: 'x',
			contacts: [{ description: 'y' }],
			raterIds: [p.kim.memberId, p.lee.memberId]
		};
		for (const who of [p.kim, p.manager, p.outsider]) {
			expect((await failure(createCalibrationSession(db, who, input))).status).toBe(403);
		}
		const bad = await failure(
			createCalibrationSession(db, p.coordinator, {
				...input,
				raterIds: [p.kim.memberId, p.manager.memberId]
			})
		);
		expect(bad.status).toBe(422);
		expect(bad.message).toContain('not a shopper or coordinator');
	});

	it('is blind: before the close a rater reads only their own answers, and results wait for the close', async () => {
		const p = await team();
		const s = await twoRaterSession(p);
		await putCalibrationRating(db, p.kim, s.id, 'c1', { 'S01-1': 'met', 'S01-2': 'not-met' });

		const leeView = await calibrationView(db, p.lee, s.id);
		expect(leeView.mine).toEqual([]);
		expect(JSON.stringify(leeView)).not.toContain('not-met');
		// The coordinator (not a rater) sees progress, never answers.
		const coordView = await calibrationView(db, p.coordinator, s.id);
		expect(coordView.mine).toEqual([]);
		expect(coordView.session.raters.find((r) => r.id === p.kim.memberId)?.ratedContacts).toBe(1);
		expect(JSON.stringify(coordView)).not.toContain('S01-1');
		const list = await listCalibrationSessions(db, p.lee);
		expect(JSON.stringify(list)).not.toContain('S01-1');

		const kimView = await calibrationView(db, p.kim, s.id);
		expect(kimView.mine).toEqual([
			{
				contactId: 'c1',
				answers: { 'S01-1': 'met', 'S01-2': 'not-met' },
				submittedAt: expect.any(Number) as number
			}
		]);
		for (const who of [p.kim, p.lee, p.coordinator]) {
			const open = await failure(calibrationResults(db, who, s.id));
			expect(open.status).toBe(409);
		}
	});

	it('only invited raters rate (403), answers are agent-sheet checks, and a closed session is final', async () => {
		const p = await team({ ...defaultTemplate(), allowPartial: false });
		const s = await twoRaterSession(p);
		for (const who of [p.coordinator, p.manager, p.outsider]) {
			const refused = await failure(putCalibrationRating(db, who, s.id, 'c1', { 'S01-1': 'met' }));
			expect(refused.status).toBe(403);
		}
		expect((await failure(calibrationView(db, p.manager, s.id))).status).toBe(403);
		expect((await failure(calibrationView(db, p.outsider, s.id))).status).toBe(403);
		expect(
			(await failure(putCalibrationRating(db, p.kim, s.id, 'c9', { 'S01-1': 'met' }))).status
		).toBe(404);
		const foreign = await failure(putCalibrationRating(db, p.kim, s.id, 'c1', { 'A1-01': 'met' }));
		expect(foreign.status).toBe(422);
		expect(foreign.message).toContain('not a check of the agent sheet');
		const partial = await failure(
			putCalibrationRating(db, p.kim, s.id, 'c1', { 'S01-1': 'partial' })
		);
		expect(partial.status).toBe(422);

		// Changing answers before the close replaces them.
		await putCalibrationRating(db, p.kim, s.id, 'c1', { 'S01-1': 'met' });
		await putCalibrationRating(db, p.kim, s.id, 'c1', { 'S01-1': 'not-met' });
		expect((await calibrationView(db, p.kim, s.id)).mine[0]!.answers).toEqual({
			'S01-1': 'not-met'
		});

		expect((await failure(closeCalibrationSession(db, p.kim, s.id))).status).toBe(403);
		const closed = await closeCalibrationSession(db, p.coordinator, s.id, Date.UTC(2026, 2, 1));
		expect(closed.closedAt).toBe(Date.UTC(2026, 2, 1));
		const late = await failure(putCalibrationRating(db, p.kim, s.id, 'c1', { 'S01-1': 'met' }));
		expect(late.status).toBe(409);
		// Closing again changes nothing.
		expect((await closeCalibrationSession(db, p.coordinator, s.id)).closedAt).toBe(
			Date.UTC(2026, 2, 1)
		);
	});

	it('after the close: kappa per check and pooled, rater lines against the mean score, everyone’s answers', async () => {
		const p = await team();
		const s = await twoRaterSession(p);
		// Four checks of stage 1 on two contacts.
		// c1: kim met ×4 (100), lee met ×3 + not-met (75) → consensus 87.5.
		// c2: kim not-met, met, met, met (75); lee the same (75) → consensus 75.
		await putCalibrationRating(db, p.kim, s.id, 'c1', {
			'S01-1': 'met',
			'S01-2': 'met',
			'S01-3': 'met',
			'S01-4': 'met'
		});
		await putCalibrationRating(db, p.lee, s.id, 'c1', {
			'S01-1': 'met',
			'S01-2': 'met',
			'S01-3': 'met',
			'S01-4': 'not-met'
		});
		const c2 = { 'S01-1': 'not-met', 'S01-2': 'met', 'S01-3': 'met', 'S01-4': 'met' } as const;
		await putCalibrationRating(db, p.kim, s.id, 'c2', c2);
		await putCalibrationRating(db, p.lee, s.id, 'c2', c2);
		await closeCalibrationSession(db, p.coordinator, s.id);

		const r = await calibrationResults(db, p.lee, s.id);
		const byCheck = new Map(r.checks.map((c) => [c.checkId, c]));
		// S01-1: both met on c1, both not-met on c2 → p_o 1, p_e 0.5, κ = 1.
		expect(byCheck.get('S01-1')).toMatchObject({
			statistic: 'kappa',
			units: 2,
			percent: 1,
			value: 1
		});
		// S01-2: both met twice → one category only, κ undefined.
		expect(byCheck.get('S01-2')).toMatchObject({ statistic: 'kappa', percent: 1, value: null });
		// S01-4: met/not-met, met/met → p_o 0.5, p_e = 1·0.5 = 0.5, κ = 0.
		expect(byCheck.get('S01-4')!.value).toBeCloseTo(0, 10);
		// Pooled over 8 units: 7 agree; kim met 7 / not 1, lee met 6 / not 2.
		// p_o = 7/8, p_e = (7·6 + 1·2)/64 = 44/64 → κ = (56/64 − 44/64)/(20/64) = 0.6.
		expect(r.overall.statistic).toBe('kappa');
		expect(r.overall.units).toBe(8);
		expect(r.overall.percent).toBeCloseTo(0.875, 10);
		expect(r.overall.value).toBeCloseTo(0.6, 10);
		// Unrated checks have no units.
		expect(byCheck.get('S11-1')).toMatchObject({ units: 0, value: null });

		expect(r.contacts).toEqual([
			{ contactId: 'c1', consensus: 87.5, scores: { [p.kim.memberId]: 100, [p.lee.memberId]: 75 } },
			{ contactId: 'c2', consensus: 75, scores: { [p.kim.memberId]: 75, [p.lee.memberId]: 75 } }
		]);
		const kim = r.raters.find((x) => x.raterId === p.kim.memberId)!;
		expect(kim).toMatchObject({
			name: 'kim',
			contacts: 2,
			meanDeviation: 6.25,
			withinTolerance: 0.5,
			calibrated: false
		});
		expect(r.answers[p.kim.memberId]!.c1).toEqual({
			'S01-1': 'met',
			'S01-2': 'met',
			'S01-3': 'met',
			'S01-4': 'met'
		});
		// The coordinator reads the same; the manager does not.
		expect((await calibrationResults(db, p.coordinator, s.id)).overall.value).toBeCloseTo(0.6, 10);
		expect((await failure(calibrationResults(db, p.manager, s.id))).status).toBe(403);
	});
});
