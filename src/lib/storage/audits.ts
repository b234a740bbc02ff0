/**
 * The auditor's checklists, one record per campaign, in the `meta` store. Parsed with the
 * domain's zod schema on read; a damaged record is reported, not replaced silently.
 */
import { AuditRecord, auditIdOf, emptyAudit } from '$lib/domain/audit';
import { withDb } from './db';
import { StorageError } from './errors';

/** The audit record of a campaign (an empty one when none was saved yet). */
export async function getAudit(campaignId: string, now: number): Promise<AuditRecord> {
	const row = await withDb((db) => db.get('meta', auditIdOf(campaignId)));
	if (row === undefined) return emptyAudit(campaignId, now);
	const parsed = AuditRecord.safeParse(row);
	if (!parsed.success) throw new StorageError('corrupt', 'stored audit checklist is invalid');
	return parsed.data;
}

/** Saves an audit record. */
export async function saveAudit(record: AuditRecord): Promise<void> {
	await withDb((db) => db.put('meta', structuredClone(record)));
}
