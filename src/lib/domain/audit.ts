/**
 * The auditor's own record for one campaign: confirmed verdicts on the service audit items
 * (2. 서비스 심사기준), the full 참고 1 checklist with O/X and 비고 (auditor-only items too),
 * and the site audit criteria (1. 사업장 심사기준) with a verdict and a note each.
 */
import { z } from './base/zod';
import { epochMs, LIMITS, uuid } from './record/common';

export const auditVerdicts = ['적합', '부적합', '관찰'] as const;
export const AuditVerdict = z.enum(auditVerdicts);
export type AuditVerdict = z.infer<typeof AuditVerdict>;

const note = z.string().max(LIMITS.note);
const itemId = z.string().max(40);

export const AuditRecord = z.object({
	/** `audit:<campaignId>`: one record per campaign. */
	id: z.string().max(60),
	campaignId: uuid,
	auditor: z.string().max(LIMITS.name),
	/** 2. 서비스 심사기준: the auditor's confirmed verdict per item (SV1 … SV3). */
	service: z.record(itemId, z.object({ verdict: AuditVerdict, note: note.optional() })),
	/** 참고 1: O/X and 비고 per check id. */
	checklist: z.record(
		itemId,
		z.object({ ox: z.enum(['O', 'X']).nullable(), note: note.optional() })
	),
	/** 1. 사업장 심사기준: verdict and note per item (GA-1 …). */
	site: z.record(itemId, z.object({ verdict: AuditVerdict.nullable(), note: note.optional() })),
	updatedAt: epochMs
});
export type AuditRecord = z.infer<typeof AuditRecord>;

/** The record id of a campaign's audit. */
export function auditIdOf(campaignId: string): string {
	return `audit:${campaignId}`;
}

/** An empty audit record for a campaign. */
export function emptyAudit(campaignId: string, now: number): AuditRecord {
	return {
		id: auditIdOf(campaignId),
		campaignId,
		auditor: '',
		service: {},
		checklist: {},
		site: {},
		updatedAt: now
	};
}
