/**
 * The scoring template: every number that turns answers into a score. A campaign carries a
 * copy, so later edits to a template never rescore old campaigns silently. Defaults and their
 * reasons are in docs/scoring.md.
 */
import { z } from '../base/zod';
import { checkId, Channel, idString, LIMITS, heldName } from './common';

const weight = z.number().min(0).max(1000);

export const ScoringTemplate = z
	.object({
		id: idString,
		name: heldName.min(1),
		version: z.number().int().min(1).max(1_000_000),
		/** Weights of 사전 / 서비스 / 사후 in the overall score; sections without answers drop out. */
		sectionWeights: z.object({ pre: weight, in: weight, post: weight }),
		/** How the 'in' section combines IVR (B1), the agent sheet 총점 and the other B groups. */
		inPartWeights: z.object({ ivr: weight, agent: weight, other: weight }),
		/** Agent-sheet stage weights by stage id; empty = every applicable check weighs the same. */
		stageWeights: z.record(z.string().regex(/^S\d{2}$/), weight),
		/** When false the UI offers met / not met only and finalising rejects 'partial'. */
		allowPartial: z.boolean(),
		criticalCheckIds: z.array(checkId).max(LIMITS.criticalChecks),
		criticalMode: z.enum(['fail-evaluation', 'flag']),
		thresholds: z.object({
			pass: z.number().min(0).max(100),
			excellent: z.number().min(0).max(100)
		}),
		ivr: z.object({
			maxMenuDepth: z.number().int().min(1).max(20),
			maxGreetingSeconds: z.number().min(1).max(600),
			serviceLevelSeconds: z.number().min(1).max(3600),
			callbackOfferAfterSeconds: z.number().min(1).max(3600)
		}),
		followUp: z.object({
			callbackToleranceMinutes: z
				.number()
				.min(0)
				.max(24 * 60),
			callbackNoReservationHours: z
				.number()
				.min(1)
				.max(24 * 30)
		}),
		/** Checks a channel is not expected to answer: a check, group (`B1`) or stage (`S02`) id. */
		channelExclusions: z.partialRecord(Channel, z.array(z.string().max(20)).max(200)),
		/** Service-audit verdict rule: conforming rate and least number of applicable answers. */
		audit: z.object({
			conformityRate: z.number().min(0).max(1),
			minEvidence: z.number().int().min(1).max(10_000)
		})
	})
	.refine((t) => t.thresholds.excellent >= t.thresholds.pass, {
		message: 'excellent threshold must be at least the pass threshold',
		path: ['thresholds', 'excellent']
	});
export type ScoringTemplate = z.infer<typeof ScoringTemplate>;

/** Exclusions shared by the text channels: no IVR, no voice stages, no "hangs up first". */
const TEXT_CHANNEL_EXCLUSIONS = ['B1', 'S02', 'S03', 'S11-5'];

/** The default template (KS S 1006 service audit, mystery shopping); see docs/scoring.md. */
export function defaultTemplate(): ScoringTemplate {
	return {
		id: 'ks-s-1006-default',
		name: 'KS S 1006 mystery shopping (default)',
		version: 1,
		sectionWeights: { pre: 20, in: 60, post: 20 },
		inPartWeights: { ivr: 1, agent: 1, other: 1 },
		stageWeights: {},
		allowPartial: true,
		criticalCheckIds: ['B1-06', 'B1-07'],
		criticalMode: 'flag',
		thresholds: { pass: 80, excellent: 90 },
		ivr: {
			maxMenuDepth: 3,
			maxGreetingSeconds: 15,
			serviceLevelSeconds: 20,
			callbackOfferAfterSeconds: 30
		},
		followUp: { callbackToleranceMinutes: 15, callbackNoReservationHours: 24 },
		channelExclusions: {
			email: [...TEXT_CHANNEL_EXCLUSIONS],
			chat: [...TEXT_CHANNEL_EXCLUSIONS],
			'sms-sns': [...TEXT_CHANNEL_EXCLUSIONS]
		},
		audit: { conformityRate: 0.8, minEvidence: 5 }
	};
}
