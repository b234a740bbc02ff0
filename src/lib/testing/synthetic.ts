/** Seeded synthetic catalogs and evaluations for benches and property-style tests. */
import type { Catalog } from '../domain/catalog/types';
import type { AnswerValue } from '../domain/record/common';
import type { Answer, Evaluation, FollowUp, IvrEvent } from '../domain/record/evaluation';
import { timeSlotOf } from '../domain/record/seoul-time';
import { buildCatalog } from './catalog-builder';
import { mulberry32, pick, testUuid, type Rng } from './prng';

const seq = (prefix: string, n: number, pad = 2) =>
	Array.from({ length: n }, (_, i) => `${prefix}${String(i + 1).padStart(pad, '0')}`);

/** A catalog shaped like the real one: 56 checklist checks and 11 stages of 39 checks (95). */
export function syntheticCatalog(): Catalog {
	const stageSizes = [4, 3, 5, 3, 4, 2, 2, 3, 5, 3, 5];
	const stages: Record<string, string[]> = {};
	stageSizes.forEach((n, i) => {
		const sid = `S${String(i + 1).padStart(2, '0')}`;
		stages[sid] = seq(`${sid}-`, n, 1);
	});
	const b5 = seq('B5-', 17);
	return buildCatalog({
		groups: {
			A1: seq('A1-', 10),
			B1: seq('B1-', 9),
			B2: 'agent',
			B3: seq('B3-', 5),
			B4: seq('B4-', 3),
			B5: b5,
			B6: seq('B6-', 7),
			C1: seq('C1-', 5)
		},
		stages,
		auditorOnly: [...b5, ...seq('B6-', 7)],
		serviceAudit: [
			{ id: 'SV1', section: 'pre', evidenceCheckIds: seq('A1-', 10) },
			{ id: 'SV2-ga', section: 'in', evidenceCheckIds: seq('B1-', 9) },
			{ id: 'SV2-ra', section: 'in', evidenceCheckIds: [...b5, ...Object.values(stages).flat()] },
			{ id: 'SV3', section: 'post', evidenceCheckIds: seq('C1-', 5) }
		]
	});
}

/** Every check id of a catalog, checklist first. */
export function allCheckIds(catalog: Catalog): string[] {
	return [
		...catalog.checklist.flatMap((s) => s.groups.flatMap((g) => g.checks.map((c) => c.id))),
		...catalog.agentSheet.stages.flatMap((s) => s.checks.map((c) => c.id))
	];
}

function randomValue(rng: Rng): AnswerValue {
	const r = rng();
	return r < 0.08 ? 'na' : r < 0.16 ? 'partial' : r < 0.28 ? 'not-met' : 'met';
}

function randomIvr(rng: Rng, start: number): IvrEvent[] {
	const ev: IvrEvent[] = [];
	let t = start;
	const push = (type: IvrEvent['type'], extra: Partial<IvrEvent> = {}) =>
		ev.push({ id: `e${ev.length}`, type, at: t, ...extra });
	push('dial');
	t += 1000 + rng() * 2000;
	push('greeting-start');
	t += 5000 + rng() * 15000;
	push('greeting-end');
	const depth = 1 + Math.floor(rng() * 4);
	for (let l = 1; l <= depth; l++) {
		t += 2000 + rng() * 6000;
		push('menu', { level: l, key: l === depth ? '0' : '1' });
	}
	if (rng() < 0.05) {
		t += 5000;
		push('machine-drop');
		return ev;
	}
	t += 2000 + rng() * 40000;
	push('agent-answer');
	t += 60000 + rng() * 240000;
	push('call-end');
	return ev;
}

/** `n` evaluations answering every check of `catalog`, reproducible from `seed`. */
export function syntheticEvaluations(n: number, catalog: Catalog, seed = 1): Evaluation[] {
	const rng = mulberry32(seed);
	const ids = allCheckIds(catalog);
	const campaigns = [testUuid(1, 0xca), testUuid(2, 0xca), testUuid(3, 0xca)];
	const evaluators = ['Kim', 'Lee', 'Park', 'Choi', 'Jung'];
	const agents = Array.from({ length: 20 }, (_, i) => `Agent ${i + 1}`);
	const start = Date.UTC(2025, 0, 1);
	const out: Evaluation[] = [];
	for (let k = 0; k < n; k++) {
		const at = start + Math.floor(rng() * 365) * 86_400_000 + Math.floor(rng() * 86_400_000);
		const answers: Record<string, Answer> = {};
		for (const id of ids)
			answers[id] = { value: randomValue(rng), evidenceIds: [], answeredAt: at };
		const followUps: FollowUp[] = [];
		if (rng() < 0.3) {
			const reserved = at + 3_600_000;
			const responded = rng() < 0.8 ? reserved + (rng() - 0.5) * 40 * 60_000 : undefined;
			followUps.push({
				id: `f${k}`,
				kind: 'callback',
				via: 'ivr',
				requestedAt: at,
				reservedAt: reserved,
				...(responded === undefined ? {} : { respondedAt: Math.round(responded) })
			});
		}
		out.push({
			schemaVersion: 3,
			id: testUuid(k + 1),
			version: 1,
			baseVersion: 0,
			deviceId: 'd-synthetic',
			campaignId: pick(rng, campaigns),
			evaluator: pick(rng, evaluators),
			channel: rng() < 0.85 ? 'phone' : 'chat',
			scenario: 'synthetic',
			timeSlot: timeSlotOf(at),
			status: rng() < 0.9 ? 'final' : 'draft',
			revision: 1,
			answers,
			ivr: {
				startedAt: at,
				events: randomIvr(rng, at).map((e) => ({ ...e, at: Math.round(e.at) }))
			},
			followUps,
			agent: { name: pick(rng, agents), team: 'A' },
			createdAt: at,
			updatedAt: at,
			changeLog: [
				{ version: 1, at, by: 'd-synthetic', field: 'created', old: null, new: 'synthetic' }
			]
		});
	}
	return out;
}
