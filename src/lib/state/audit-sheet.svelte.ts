/**
 * The auditor's sheet for one campaign: confirmed service audit verdicts, the 참고 1 checklist
 * O/X and the site audit. Every edit is shown at once and queued for IndexedDB immediately
 * (SaveQueue); a failed write keeps the edit on screen, exposes the error and retries.
 */
import { catalog } from '$lib/domain/catalog';
import { aggregate, type AggregateResult } from '$lib/domain/aggregate';
import type { AuditRecord, AuditVerdict } from '$lib/domain/audit';
import type { StorageError } from '$lib/storage/errors';
import { getAudit, saveAudit } from '$lib/storage/audits';
import { loadCampaignReport, type CampaignReport } from './report-data';
import { SaveQueue } from './save-queue.svelte';

export type Ox = 'O' | 'X';

const SERVICE_IDS = catalog.serviceAudit.map((item) => item.id);
const CHECK_IDS = catalog.checklist.flatMap((s) =>
	s.groups.flatMap((g) => g.checks.map((c) => c.id))
);
const SITE_IDS = catalog.siteAudit.flatMap((area) => area.items.map((item) => item.id));

export interface Progress {
	done: number;
	total: number;
}

export class AuditSheet {
	#record = $state.raw<AuditRecord>() as AuditRecord;
	#queue = new SaveQueue<AuditRecord>((record) => saveAudit(record));

	constructor(record: AuditRecord) {
		this.#record = record;
	}

	/** The stored sheet of a campaign (an empty one when none was saved yet). */
	static async load(campaignId: string): Promise<AuditSheet> {
		return new AuditSheet(await getAudit(campaignId, Date.now()));
	}

	get record(): AuditRecord {
		return this.#record;
	}
	get saving(): boolean {
		return this.#queue.saving;
	}
	get savedAt(): number | null {
		return this.#queue.savedAt;
	}
	get error(): StorageError | null {
		return this.#queue.error;
	}
	/** True while an edit is not yet on disk. */
	get dirty(): boolean {
		return this.#queue.dirty;
	}

	readonly progress = $derived({
		service: count(SERVICE_IDS, (id) => this.#record.service[id] !== undefined),
		checklist: count(CHECK_IDS, (id) => (this.#record.checklist[id]?.ox ?? null) !== null),
		site: count(SITE_IDS, (id) => (this.#record.site[id]?.verdict ?? null) !== null)
	});

	#commit(next: AuditRecord): Promise<void> {
		this.#record = next;
		return this.#queue.save(next);
	}

	#with(change: Partial<AuditRecord>): Promise<void> {
		return this.#commit({ ...this.#record, ...change, updatedAt: Date.now() });
	}

	setAuditor(name: string): Promise<void> {
		if (name === this.#record.auditor) return Promise.resolve();
		return this.#with({ auditor: name });
	}

	/** Confirms the verdict of a service audit item; the note is kept. */
	setServiceVerdict(itemId: string, verdict: AuditVerdict): Promise<void> {
		const current = this.#record.service[itemId];
		if (current?.verdict === verdict) return Promise.resolve();
		return this.#with({ service: { ...this.#record.service, [itemId]: { ...current, verdict } } });
	}

	/** The note of a service audit item; it needs a confirmed verdict to be stored. */
	setServiceNote(itemId: string, note: string): Promise<void> {
		const current = this.#record.service[itemId];
		if (!current || (current.note ?? '') === note) return Promise.resolve();
		return this.#with({
			service: { ...this.#record.service, [itemId]: { verdict: current.verdict, note } }
		});
	}

	/** Sets O or X on a checklist item, or clears it with null (the note stays). */
	setOx(checkId: string, ox: Ox | null): Promise<void> {
		const current = this.#record.checklist[checkId];
		if ((current?.ox ?? null) === ox) return Promise.resolve();
		return this.#with({
			checklist: { ...this.#record.checklist, [checkId]: { ...current, ox } }
		});
	}

	setChecklistNote(checkId: string, note: string): Promise<void> {
		const current = this.#record.checklist[checkId];
		if ((current?.note ?? '') === note) return Promise.resolve();
		return this.#with({
			checklist: { ...this.#record.checklist, [checkId]: { ox: current?.ox ?? null, note } }
		});
	}

	/** Sets the verdict of a site audit item, or clears it with null (the note stays). */
	setSiteVerdict(itemId: string, verdict: AuditVerdict | null): Promise<void> {
		const current = this.#record.site[itemId];
		if ((current?.verdict ?? null) === verdict) return Promise.resolve();
		return this.#with({ site: { ...this.#record.site, [itemId]: { ...current, verdict } } });
	}

	setSiteNote(itemId: string, note: string): Promise<void> {
		const current = this.#record.site[itemId];
		if ((current?.note ?? '') === note) return Promise.resolve();
		return this.#with({
			site: { ...this.#record.site, [itemId]: { verdict: current?.verdict ?? null, note } }
		});
	}

	/** Waits for queued writes; retries a failed one at once. */
	flush(): Promise<void> {
		return this.#queue.flush();
	}

	/** Stops retrying when the page is torn down. */
	dispose(): void {
		this.#queue.dispose();
	}
}

function count(ids: readonly string[], done: (id: string) => boolean): Progress {
	return { done: ids.filter(done).length, total: ids.length };
}

/** What the audit view shows: the campaign's report, its aggregate and the auditor's sheet. */
export interface AuditView {
	report: CampaignReport;
	/** Statistics over the evaluations that count in reports (`countsInReports`); counts cover every status. */
	result: AggregateResult;
	sheet: AuditSheet;
}

/** Loads the audit view of a campaign; undefined when the campaign does not exist. */
export async function openAudit(
	campaignId: string,
	now = Date.now()
): Promise<AuditView | undefined> {
	const report = await loadCampaignReport(campaignId);
	if (!report) return undefined;
	const result = aggregate(report.items, {
		plan: report.plan,
		now,
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a read-only lookup, not state
		campaigns: new Map([[report.campaign.id, report.campaign]])
	});
	return { report, result, sheet: await AuditSheet.load(campaignId) };
}
