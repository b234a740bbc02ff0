import { describe, expect, it } from 'vitest';
import { catalog } from '../catalog';
import {
	answer,
	deleteEvaluation,
	finalize,
	resolveKeepMine,
	setNote,
	setText,
	takeTheirAnswers
} from '../editing';
import type { Evaluation } from '../record/evaluation';
import { buildPlan, scoreEvaluation } from '../scoring';
import { readRecord } from '../reading';
import { buildCampaign, buildEvaluation, buildTemplate, ctxAt, T0 } from '../../testing/builders';
import { buildPhoto, buildTestBundle } from '../../testing/bundles';
import { testUuid } from '../../testing/prng';
import type { Bundle } from './bundle';
import { relateHistories } from './history';
import { conflictKey, planImport, withCampaignChanges, type ExistingRecords } from './plan-import';
import type { BundleTrust } from './trust';

const NOW = T0 + 86_400_000;
const FP = '3F2A 9C1B 77D0 E4A2';
const FP2 = '0000 1111 2222 3333';
const HERE = 'd-here';
const THERE = 'd-there';
const campaign = buildCampaign({ updatedAt: T0 + 1000 });
const VERIFIED: BundleTrust = { trust: 'verified', signerFingerprint: FP, signatureMissing: false };
const STRIPPED: BundleTrust = { trust: 'altered', signatureMissing: true };

/** A draft made on `by` with two answers (version 3). */
function made(n: number, by = HERE): Evaluation {
	let e = buildEvaluation({ id: testUuid(n), status: 'draft', deviceId: by });
	e = { ...e, changeLog: [{ ...e.changeLog[0]!, by }] };
	e = answer(e, 'A1-01', 'met', ctxAt(T0 + 1, by));
	return answer(e, 'A1-02', 'met', ctxAt(T0 + 2, by));
}

/** The same record as imported on the other device (it has an origin there). */
const imported = (e: Evaluation): Evaluation => ({
	...e,
	origin: { importedAt: T0, signerFingerprint: FP, trust: 'verified' }
});

function bundleOf(evaluations: Evaluation[], photos = [] as Bundle['photos']): Bundle {
	return buildTestBundle({ campaigns: [campaign], evaluations, photos });
}

function existing(evaluations: Evaluation[], conflicts: string[] = []): ExistingRecords {
	return {
		evaluations: new Map(evaluations.map((e) => [e.id, e])),
		campaigns: new Map([[campaign.id, campaign]]),
		conflicts: new Set(conflicts)
	};
}

const plan = (b: Bundle, ex: ExistingRecords, trust = VERIFIED) =>
	planImport(b, ex, { now: NOW, trust });

describe('relateHistories', () => {
	const base = made(1);
	const later = setNote(base, 'A1-01', 'slow', ctxAt(T0 + 3, THERE));
	const other = answer(base, 'A1-01', 'not-met', ctxAt(T0 + 3, HERE));
	it('same, descends, ancestor, diverged', () => {
		expect(relateHistories(base, structuredClone(base))).toBe('same');
		expect(relateHistories(base, later)).toBe('descends');
		expect(relateHistories(later, base)).toBe('ancestor');
		expect(relateHistories(other, later)).toBe('diverged');
	});
	it('equal logs but other content (an answer edited in the file) is diverged, not same', () => {
		const edited = structuredClone(base);
		edited.answers['A1-01']!.value = 'not-met';
		expect(relateHistories(base, edited)).toBe('diverged');
	});
	it('a later clock or a larger revision counter does not make a copy newer', () => {
		expect(relateHistories(base, { ...base, updatedAt: NOW, revision: 1_000_000 })).toBe(
			'diverged'
		);
	});
	it('tombstones: a deletion of this version or later descends; an edit after it diverges', () => {
		const gone = deleteEvaluation(later, ctxAt(T0 + 9, THERE));
		expect(relateHistories(base, gone)).toBe('descends');
		expect(relateHistories(later, gone)).toBe('descends');
		expect(relateHistories(gone, base)).toBe('ancestor');
		const edited = setText(later, 'overallOpinion', 'x', ctxAt(T0 + 10, HERE));
		expect(relateHistories(edited, gone)).toBe('diverged');
	});
});

describe('planImport by history', () => {
	it('new id → add, descendant of an imported copy → update, same → skip, ancestor → older, two edits → conflict', () => {
		const [a, b, c, d, e] = [1, 2, 3, 4, 5].map((n) => made(n, THERE));
		const bLater = setNote(b!, 'A1-01', 'n', ctxAt(T0 + 5, THERE));
		const dLater = setNote(d!, 'A1-01', 'mine', ctxAt(T0 + 5, THERE));
		const eMine = setNote(e!, 'A1-01', 'mine', ctxAt(T0 + 5, HERE));
		const eTheirs = setNote(e!, 'A1-01', 'theirs', ctxAt(T0 + 6, THERE));
		const local = [imported(b!), imported(c!), imported(dLater), imported(eMine)];
		const p = plan(bundleOf([a!, bLater, c!, d!, eTheirs]), existing(local));
		expect(p.evaluations.map((i) => [i.action, i.existingVersion, i.reason ?? i.conflict])).toEqual(
			[
				['add', undefined, undefined],
				['update', 3, undefined],
				['skip', 3, 'same version'],
				['older', 4, 'this device has a later version'],
				['conflict', 4, 'diverged']
			]
		);
		expect(p.writes.evaluations.map((x) => x.id)).toEqual([a!.id, b!.id]);
		expect(p.writes.conflicts).toEqual([
			{
				key: `${e!.id}@4@${THERE}`,
				evaluationId: e!.id,
				receivedAt: NOW,
				reason: 'diverged',
				incoming: expect.objectContaining({ version: 4, deviceId: THERE })
			}
		]);
		expect(p.summary.conflicts).toEqual([e!.id]);
	});

	it('a record made here is never updated: another device’s later copy of it is a conflict', () => {
		const mine = made(1);
		const theirs = setNote(mine, 'A1-01', 'added there', ctxAt(T0 + 5, THERE));
		const p = plan(bundleOf([theirs]), existing([mine]));
		expect(p.evaluations[0]).toMatchObject({ action: 'conflict', conflict: 'made-here' });
		expect(p.writes.evaluations).toEqual([]);
		expect(p.writes.conflicts).toHaveLength(1);
	});

	it('hostile: own record exported, signature removed, revision 2 and an answer changed → conflict, not overwrite', () => {
		const mine = made(1);
		const forged = structuredClone(mine);
		forged.revision = 2;
		forged.answers['A1-01']!.value = 'not-met';
		const p = plan(bundleOf([forged]), existing([mine]), STRIPPED);
		expect(p.evaluations[0]).toMatchObject({ action: 'conflict', trust: 'altered' });
		expect(p.writes.evaluations).toEqual([]);
		expect(p.writes.conflicts[0]?.incoming.origin?.trust).toBe('altered');
	});

	it('hostile: an unsigned copy with revision 1,000,000 does not pin the record; the genuine next version still updates', () => {
		const original = made(1, THERE);
		const pinned = { ...structuredClone(original), revision: 1_000_000 };
		const local = existing([imported(original)]);
		expect(plan(bundleOf([pinned]), local, STRIPPED).evaluations[0]?.action).toBe('conflict');
		const genuine = setNote(original, 'A1-01', 'real', ctxAt(T0 + 5, THERE));
		expect(plan(bundleOf([genuine]), local).evaluations[0]?.action).toBe('update');
	});

	it('hostile: a forged longer history over a record made here is a conflict, never newer', () => {
		const mine = made(1);
		let forged = mine;
		for (let k = 0; k < 50; k++) forged = setNote(forged, 'A1-01', `x${k}`, ctxAt(T0 + k, HERE));
		const p = plan(bundleOf([forged]), existing([mine]), STRIPPED);
		expect(p.evaluations[0]).toMatchObject({ action: 'conflict', conflict: 'made-here' });
	});

	it('an incoming copy already kept as a conflict is skipped, not kept twice', () => {
		const mine = made(1);
		const theirs = setNote(mine, 'A1-01', 'x', ctxAt(T0 + 5, THERE));
		const p = plan(bundleOf([theirs]), existing([mine], [conflictKey(theirs)]));
		expect(p.evaluations[0]).toMatchObject({ action: 'skip', reason: 'conflict already kept' });
		expect(p.writes.conflicts).toEqual([]);
	});

	it('tombstones: descending from an imported copy → update; of a record made here → conflict; unknown → skip', () => {
		const theirs = made(1, THERE);
		const gone = deleteEvaluation(theirs, ctxAt(T0 + 9, THERE));
		expect(plan(bundleOf([gone]), existing([imported(theirs)])).evaluations[0]?.action).toBe(
			'update'
		);
		const mine = made(2);
		const goneMine = deleteEvaluation(mine, ctxAt(T0 + 9, THERE));
		expect(plan(bundleOf([goneMine]), existing([mine])).evaluations[0]).toMatchObject({
			action: 'conflict',
			conflict: 'made-here'
		});
		expect(plan(bundleOf([gone]), existing([])).evaluations[0]).toMatchObject({
			action: 'skip',
			reason: 'deleted elsewhere'
		});
	});
});

describe('trust marks', () => {
	it('the stored copy gets the file’s trust and signer; a record’s own worse mark wins', () => {
		const a = made(1, THERE);
		const b = { ...made(2, THERE), origin: { importedAt: T0, trust: 'altered' as const } };
		const p = plan(bundleOf([a, b]), existing([]));
		expect(p.writes.evaluations[0]?.origin).toEqual({
			importedAt: NOW,
			signerFingerprint: FP,
			trust: 'verified'
		});
		// Re-exported by a device that accepted it from an altered file: still altered here.
		expect(p.writes.evaluations[1]?.origin?.trust).toBe('altered');
	});

	it('an update never makes a record more trusted than it was', () => {
		const e = made(1, THERE);
		const local = { ...e, origin: { importedAt: T0, trust: 'unsigned' as const } };
		const later = setNote(e, 'A1-01', 'n', ctxAt(T0 + 5, THERE));
		const item = plan(bundleOf([later]), existing([local])).evaluations[0];
		expect(item).toMatchObject({ action: 'update', trust: 'unsigned' });
		expect(item?.evaluation.origin?.trust).toBe('unsigned');
	});

	it('a later version signed by another key is flagged for confirmation', () => {
		const e = made(1, THERE);
		const later = setNote(e, 'A1-01', 'n', ctxAt(T0 + 5, THERE));
		const other: BundleTrust = { ...VERIFIED, signerFingerprint: FP2 };
		const p = plan(bundleOf([later]), existing([imported(e)]), other);
		expect(p.evaluations[0]?.signerChanged).toEqual({ from: FP, to: FP2 });
		expect(p.signerChanges).toEqual([e.id]);
		const unsigned = plan(bundleOf([later]), existing([imported(e)]), {
			trust: 'unsigned',
			signatureMissing: false
		});
		expect(unsigned.evaluations[0]?.signerChanged).toEqual({ from: FP, to: null });
		expect(plan(bundleOf([later]), existing([imported(e)])).signerChanges).toEqual([]);
	});
});

describe('photos', () => {
	it('only photos of added or updated evaluations are written, each with its own evaluation', () => {
		const a = made(1, THERE);
		const b = made(2, THERE);
		const photos = [
			buildPhoto({ id: 'sha256-' + 'a'.repeat(64), evaluationId: a.id }),
			buildPhoto({ id: 'sha256-' + 'a'.repeat(64), evaluationId: b.id })
		];
		const p = plan(bundleOf([a, b], photos), existing([imported(b)]));
		expect(p.writes.photos.map((x) => x.evaluationId)).toEqual([a.id]);
	});
});

describe('campaigns', () => {
	const raised = {
		...campaign,
		updatedAt: T0 + 99_000,
		center: { ...campaign.center, name: 'Other center' },
		template: buildTemplate({ version: 2, thresholds: { pass: 99, excellent: 100 } })
	};

	it('new → add; same content → skip, whatever its updatedAt', () => {
		const none: ExistingRecords = { evaluations: new Map(), campaigns: new Map() };
		const b = buildTestBundle({ campaigns: [campaign], evaluations: [], photos: [] });
		expect(plan(b, none).campaigns[0]).toMatchObject({ action: 'add' });
		const newer = { ...campaign, updatedAt: T0 + 50_000 };
		const b2 = buildTestBundle({ campaigns: [newer], evaluations: [], photos: [] });
		expect(plan(b2, existing([])).campaigns[0]).toMatchObject({
			action: 'skip',
			reason: 'same content'
		});
	});

	it('hostile: a campaign-only bundle with a later updatedAt asks; applying it never re-scores a final evaluation', () => {
		const b = buildTestBundle({ campaigns: [raised], evaluations: [], photos: [] });
		const p = plan(b, existing([]));
		expect(p.campaigns[0]).toMatchObject({
			action: 'changed',
			diff: {
				centerName: ['Test center', 'Other center'],
				templateFields: ['thresholds', 'version'],
				templateVersion: [1, 2]
			}
		});
		expect(p.writes.campaigns).toEqual([]);
		expect(withCampaignChanges(p, new Set()).writes.campaigns).toEqual([]);
		expect(withCampaignChanges(p, new Set([campaign.id])).writes.campaigns).toEqual([raised]);

		// A final evaluation keeps the template it was finalised under.
		const checks = buildPlan(catalog, campaign.template).checkIds;
		let e = buildEvaluation({ status: 'draft' });
		for (const id of checks) e = answer(e, id, 'met', ctxAt());
		const done = finalize(
			e,
			scoreEvaluation(e, buildPlan(catalog, campaign.template)),
			campaign,
			ctxAt()
		);
		if (!done.ok) throw new Error('expected final');
		const before = readRecord(done.evaluation, campaign, NOW, catalog).score;
		const after = readRecord(done.evaluation, raised, NOW, catalog).score;
		expect(after.score).toBe(before.score);
		expect(after.verdict).toBe(before.verdict);
	});
});

describe('resolving a conflict of a record made here', () => {
	const mine = setNote(made(1), 'A1-01', 'mine', ctxAt(T0 + 5, HERE));
	const theirs = answer(
		setNote(made(1), 'A1-01', 'theirs', ctxAt(T0 + 5, THERE)),
		'A1-02',
		'not-met',
		ctxAt(T0 + 6, THERE)
	);

	it('keep mine: one conflict-resolved entry naming the other copy', () => {
		const kept = resolveKeepMine(mine, theirs, ctxAt(NOW, HERE));
		expect(kept.version).toBe(mine.version + 1);
		expect(kept.answers).toEqual(mine.answers);
		expect(kept.changeLog.at(-1)).toMatchObject({
			field: 'conflict-resolved',
			old: { version: theirs.version, deviceId: THERE },
			new: 'kept-mine',
			by: HERE
		});
	});

	it('take their answers: one edit made here per difference, then the resolution', () => {
		const took = takeTheirAnswers(mine, theirs, 'conflict', ctxAt(NOW, HERE));
		expect(took.answers['A1-01']?.note).toBe('theirs');
		expect(took.answers['A1-02']?.value).toBe('not-met');
		const added = took.changeLog.slice(mine.version);
		expect(added.map((c) => c.field)).toEqual(['note', 'answer', 'conflict-resolved']);
		expect(added.every((c) => c.by === HERE)).toBe(true);
		// The result descends from mine, so it is an ordinary later version of it.
		expect(relateHistories(mine, took)).toBe('descends');
	});
});
