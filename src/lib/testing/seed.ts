/**
 * A campaign's worth of evaluations for the measurement scripts (scripts/perf*.js), made with
 * the domain's own operations: weekday contacts 09:00–18:00 Seoul over the last 12 weeks, most
 * by phone (with an IVR run), every check the channel expects answered, finalized; each with
 * its summary row as the app stores it. The same data on every run (a seeded generator).
 */
import { catalog } from '../domain/catalog';
import { addIvrEvent, answer, finalize, newEvaluation, type EditContext } from '../domain/editing';
import type { AnswerValue, Channel } from '../domain/record/common';
import type { Campaign } from '../domain/record/campaign';
import type { Evaluation } from '../domain/record/evaluation';
import { timeSlotOf } from '../domain/record/seoul-time';
import { readRecord } from '../domain/reading/read';
import { summaryAt } from '../domain/summarize';
import type { EvaluationSummary } from '../domain/summary';
import { mulberry32, pick } from './prng';

const DAY = 86_400_000;
const SEOUL = 9 * 3_600_000;

export interface Seed {
	evaluations: Evaluation[];
	summaries: EvaluationSummary[];
}

/** `n` final evaluations of `campaign` before `now`, and their summary rows at `now`. */
export function seedEvaluations(campaign: Campaign, n: number, now: number): Seed {
	const random = mulberry32(20250901);
	const evaluators = ['김평가', '이평가', '박평가', '최평가'];
	const seoulMidnight = Math.floor((now + SEOUL) / DAY) * DAY - SEOUL;
	const evaluations: Evaluation[] = [];
	for (let i = 0; i < n; i++) {
		const day = Math.floor(random() * 12 * 7);
		const at = seoulMidnight - day * DAY + (9 * 60 + Math.floor(random() * 540)) * 60_000;
		const r = random();
		const channel: Channel = r < 0.7 ? 'phone' : r < 0.85 ? 'email' : r < 0.95 ? 'chat' : 'sms-sns';
		let t = at;
		const ctx = (ms = 1000): EditContext => ({ at: (t += ms), by: 'd-perf' });
		let e = newEvaluation(
			{
				id: crypto.randomUUID(),
				campaignId: campaign.id,
				evaluator: pick(random, evaluators),
				channel,
				scenario: `성능 측정 ${i + 1}`,
				timeSlot: timeSlotOf(at)
			},
			ctx(0)
		);
		if (channel === 'phone') {
			e = addIvrEvent(e, { id: 'e0', type: 'dial' }, ctx(0));
			if (random() < 0.05) {
				e = addIvrEvent(e, { id: 'e1', type: 'agent-request', key: '0' }, ctx(5_000));
				e = addIvrEvent(e, { id: 'e2', type: 'machine-drop' }, ctx(35_000));
			} else {
				const wait = Math.round((3 + random() * 25 + random() * random() * 60) * 1000);
				e = addIvrEvent(e, { id: 'e1', type: 'agent-answer' }, ctx(wait));
				e = addIvrEvent(e, { id: 'e2', type: 'call-end' }, ctx(180_000));
			}
		}
		for (const checkId of readRecord(e, campaign, t, catalog).score.incomplete) {
			const v = random();
			const value: AnswerValue =
				v < 0.75 ? 'met' : v < 0.83 ? 'partial' : v < 0.95 ? 'not-met' : 'na';
			e = answer(e, checkId, value, ctx());
		}
		const done = finalize(e, readRecord(e, campaign, t, catalog).score, campaign, ctx());
		if (!done.ok) throw new Error(`cannot finalize: ${JSON.stringify(done.issues)}`);
		evaluations.push(done.evaluation);
	}
	return { evaluations, summaries: evaluations.map((e) => summaryAt(e, campaign, now)) };
}
