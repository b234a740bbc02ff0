// A role added with one entry of the permissions table (here `observer`: released records, no
// action, no field) and granted in campaign_members is refused every server step it is not
// granted, changes nothing, and reads only what its scope and fields give.
import { sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { WITHHELD_NAME } from '$lib/domain/programme/redact';
import { buildMondayPlan, buildScenario } from '$lib/testing/programme';
import type { CampaignRole } from '$lib/domain/sync/protocol';
import type { Db } from '../db';
import { rowsOf } from '../db';
import { calibrationRaters } from '../db/schema';
import { statusOf } from '../../testing/api-failure';
import { createInvite, listMembers, removeMember } from '../auth/invites';
import { grant, testDatabaseKinds } from '../../testing/server-db';
import { campaignAggregate } from '../records/aggregate';
import { parseContentRange, putBlob } from '../records/blobs';
import { getBlob } from '../records/blob-read';
import { listCampaigns, putCampaign } from '../records/campaigns';
import { knownKeys } from '../records/device-keys';
import { pull } from '../records/pull';
import { release } from './release';
import { evaluationOf, person, pushAs, withTeamDb, type Team } from '../../testing/server-team';
import { addAssignment, cancelAssignment, generateAssignments } from './assignments';
import * as calibrations from './calibration';
import { acknowledge, centerFiguresOf } from './center';
import { decideDispute, disputeFile, openDispute, setDisputeDays } from './disputes';
import { archiveScenario, putPlan, putScenario } from './planning';
import { review } from './review';
import { programmeSnapshot } from './snapshot';

vi.mock('$lib/domain/access/permissions', async (importOriginal) => {
	const real = await importOriginal<typeof import('$lib/domain/access/permissions')>();
	const roleTable = {
		...real.roleTable,
		// The one entry a new role needs.
		observer: { scope: 'released', actions: [], fields: [], invitable: [] }
	} as const;
	return {
		...real,
		roleTable,
		campaignRoles: Object.keys(roleTable),
		...real.permissionsOf(roleTable)
	};
});

const OBSERVER = 'observer' as CampaignRole;

const scenario = buildScenario('sc-observed', '요금 문의', {
	script: '요금을 묻는다.',
	correctAnswer: '약정 종료'
});
const plan = buildMondayPlan(scenario.id, 'morning', 2);

async function hexOf(bytes: Uint8Array): Promise<string> {
	const d = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
	return Array.from(d, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A programme with a released, an approved and a draft-free waiting evaluation. */
async function setUp({ db, tm }: { db: Db; tm: Team }) {
	const observer = await person(db, '참관인');
	await grant(db, tm.campaignId, observer.id, OBSERVER);
	const c = tm.coordinator.session;
	await putScenario(db, c, tm.campaignId, scenario.id, scenario);
	await putPlan(db, c, tm.campaignId, plan);
	const assignment = await addAssignment(db, c, tm.campaignId, {
		shopperId: tm.shopper.id,
		scenarioId: scenario.id,
		channel: 'phone',
		timeSlot: 'morning',
		windowFrom: '2026-03-02',
		windowTo: '2026-03-02'
	});
	const bytes = Uint8Array.from({ length: 400 }, (_, i) => (i * 7) % 251);
	const hash = await hexOf(bytes);
	const base = evaluationOf(tm.campaignId, {
		evaluator: '쇼퍼 김',
		scenario: scenario.title,
		scenarioId: scenario.id,
		assignmentId: assignment.id,
		consultedAt: { date: '2026-03-02', from: '09:10', to: '09:15' },
		overallOpinion: '친절함',
		values: { 'A1-01': 'met' }
	});
	const released = {
		...base,
		answers: {
			'A1-01': { ...base.answers['A1-01']!, note: '밝은 인사', evidenceIds: [`sha256-${hash}`] }
		}
	};
	const approved = evaluationOf(tm.campaignId, { values: { 'A1-01': 'met' } });
	const waiting = evaluationOf(tm.campaignId, { values: { 'A1-01': 'not-met' } });
	await pushAs(db, tm.shopper, [released, approved, waiting]);
	await putBlob(db, tm.shopper.session, hash, parseContentRange(null, bytes.length), bytes);
	for (const e of [released, approved])
		await review(db, c, e.id, { action: 'approve', version: e.version });
	await release(db, c, released.id, released.version);
	const { dispute } = await openDispute(db, tm.manager.session, released.id, {
		version: released.version,
		checkId: 'A1-01',
		reason: '녹취와 다름'
	});
	const calibration = await calibrations.createCalibrationSession(db, c, {
		campaignId: tm.campaignId,
		title: '보정',
		contacts: [{ description: '녹취 1' }],
		raterIds: [tm.shopper.id, tm.coordinator.id]
	});
	return { tm, observer, assignment, hash, released, approved, waiting, dispute, calibration };
}

describe.each(testDatabaseKinds())('a role added in one table entry (%s)', (kind) => {
	let db: Db;
	let s: Awaited<ReturnType<typeof setUp>>;
	withTeamDb(kind, async (opened) => ([db, s] = [opened.db, await setUp(opened)]));

	/** Every row of every table a step could change, to compare before and after. */
	async function everything(): Promise<string> {
		const tables = rowsOf<{ name: string }>(
			await db.orm.execute(
				sql`select tablename as name from pg_tables where schemaname = 'public' and tablename not in ('sessions', 'rate_limits') order by tablename`
			)
		);
		const out: Record<string, unknown[]> = {};
		for (const { name } of tables) {
			const rows = rowsOf<Record<string, unknown>>(
				await db.orm.execute(sql.raw(`select * from "${name}"`))
			);
			out[name] = rows.map((r) => JSON.stringify(r)).sort();
		}
		return JSON.stringify(out);
	}

	it('is refused (403) every step the table does not grant it, and nothing changes', async () => {
		const { tm, observer, assignment, hash, released, approved, waiting, dispute, calibration } = s;
		const o = observer.session;
		const id = tm.campaignId;
		const before = await everything();
		// The comparison covers the programme's rows: the records, reviews, disputes, sessions…
		for (const table of ['evaluations', 'review_events', 'disputes', 'assignments', 'invites'])
			expect(before).toContain(`"${table}"`);
		expect(before).toContain(released.id);
		const steps: Record<string, () => Promise<unknown>> = {
			'campaign edit': () => putCampaign(db, o, id, { orgId: tm.orgId, campaign: tm.campaign }),
			'dispute deadline': () => setDisputeDays(db, o, id, 30),
			invite: () => createInvite(db, o, id, { role: OBSERVER }, 'https://x'),
			'invite a shopper': () => createInvite(db, o, id, { role: 'shopper' }, 'https://x'),
			members: () => listMembers(db, o, id),
			'remove a member': () => removeMember(db, o, id, tm.shopper.id, 'shopper'),
			aggregate: () => campaignAggregate(db, o, id),
			scenario: () => putScenario(db, o, id, 'sc-2', { ...scenario, id: 'sc-2' }),
			'archive a scenario': () => archiveScenario(db, o, id, scenario.id),
			plan: () => putPlan(db, o, id, plan),
			assignment: () =>
				addAssignment(db, o, id, {
					shopperId: tm.shopper.id,
					channel: 'phone',
					timeSlot: 'morning',
					windowFrom: '2026-04-06',
					windowTo: '2026-04-06'
				}),
			'generate assignments': () => generateAssignments(db, o, id, { shopperIds: [tm.shopper.id] }),
			'cancel an assignment': () => cancelAssignment(db, o, id, assignment.id),
			review: () => review(db, o, waiting.id, { action: 'approve', version: waiting.version }),
			release: () => release(db, o, approved.id, approved.version),
			acknowledge: () => acknowledge(db, o, released.id, released.version),
			'open a dispute': () =>
				openDispute(db, o, released.id, {
					version: released.version,
					checkId: 'A1-02',
					reason: 'x'
				}),
			'decide a dispute': () =>
				decideDispute(db, o, dispute.id, { outcome: 'upheld', reason: 'x' }),
			'dispute file': () => disputeFile(db, o, dispute.id),
			'center figures': () => centerFiguresOf(db, o, id),
			'open a calibration': () =>
				calibrations.createCalibrationSession(db, o, {
					campaignId: id,
					title: 'x',
					contacts: [{ description: 'x' }],
					raterIds: [tm.shopper.id, tm.coordinator.id]
				}),
			'read a calibration': () => calibrations.calibrationView(db, o, calibration.id),
			'calibration results': () => calibrations.calibrationResults(db, o, calibration.id),
			'close a calibration': () => calibrations.closeCalibrationSession(db, o, calibration.id),
			'upload a file': () =>
				putBlob(db, o, '0'.repeat(64), parseContentRange(null, 1), new Uint8Array(1)),
			'download a photo': () => getBlob(db, o, hash)
		};
		const statuses = Object.fromEntries(
			await Promise.all(
				Object.entries(steps).map(async ([name, step]) => [name, await statusOf(step)] as const)
			)
		);
		expect(statuses).toEqual(Object.fromEntries(Object.keys(steps).map((k) => [k, 403])));
		// Pushing its own record: refused record by record.
		const own = evaluationOf(id);
		expect((await pushAs(db, observer, [own])).results.map((r) => r.status)).toEqual([403]);
		// Not assignable, not a rater, even when put on a session's list by hand.
		await db.orm
			.insert(calibrationRaters)
			.values({ sessionId: calibration.id, memberId: observer.id });
		const rated = await statusOf(() =>
			calibrations.putCalibrationRating(db, o, calibration.id, 'c1', { 'S01-1': 'met' })
		);
		expect(rated).toBe(403);
		await db.orm.execute(
			sql`delete from calibration_raters where member_id = ${observer.id} and session_id = ${calibration.id}`
		);
		expect(await everything()).toEqual(before);
		const coordinatorAssigns = await statusOf(() =>
			addAssignment(db, tm.coordinator.session, id, {
				shopperId: observer.id,
				channel: 'phone',
				timeSlot: 'morning',
				windowFrom: '2026-04-06',
				windowTo: '2026-04-06'
			})
		);
		expect(coordinatorAssigns).toBe(422);
		expect(
			await statusOf(() =>
				calibrations.createCalibrationSession(db, tm.coordinator.session, {
					campaignId: id,
					title: 'x',
					contacts: [{ description: 'x' }],
					raterIds: [tm.shopper.id, observer.id]
				})
			)
		).toBe(422);
		expect(await everything()).toEqual(before);
	});

	it('reads only what its scope and fields give', async () => {
		const { tm, observer, released } = s;
		const o = observer.session;
		// Released records only, with nothing of the table's fields.
		const items = (await pull(db, o, 0, 500)).items;
		expect(items.map((i) => i.evaluation.id)).toEqual([released.id]);
		const got = items[0]!;
		expect(got).not.toHaveProperty('signer');
		expect(got.programme).toBe('verified');
		expect(got.evaluation.evaluator).toBe(WITHHELD_NAME);
		expect(got.evaluation.scenario).toBe('');
		expect(got.evaluation).not.toHaveProperty('consultedAt');
		expect(got.evaluation).not.toHaveProperty('overallOpinion');
		expect(got.evaluation.answers['A1-01']).toEqual(
			expect.objectContaining({ value: 'met', evidenceIds: [] })
		);
		expect(got.evaluation.answers['A1-01']).not.toHaveProperty('note');
		// The programme: no scenario, plan, assignment or dispute; only the release.
		const snap = await programmeSnapshot(db, o, tm.campaignId);
		expect(snap.scenarios).toEqual([]);
		expect(snap.plan).toBeNull();
		expect(snap.assignments).toEqual([]);
		expect(snap.disputes).toEqual([]);
		expect(snap.reviews.flatMap((r) => r.events.map((e) => e.action))).toEqual(['released']);
		// No one's key, no calibration session; its campaign with its role.
		expect((await knownKeys(db, o)).keys.map((k) => k.memberId)).toEqual([observer.id]);
		expect((await calibrations.listCalibrationSessions(db, o)).sessions).toEqual([]);
		const listed = await listCampaigns(db, o);
		expect(listed.campaigns.map((c) => c.roles)).toEqual([[OBSERVER]]);
	});
});
