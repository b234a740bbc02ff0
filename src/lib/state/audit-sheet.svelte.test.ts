import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCampaign, buildEvaluation } from '$lib/testing/builders';
import { testUuid } from '$lib/testing/prng';
import { putCampaign } from '$lib/storage/campaigns';
import { saveEvaluation } from '$lib/storage/evaluations';
import { AuditSheet, openAudit } from './audit-sheet.svelte';
import { wipeDatabase } from '$lib/testing/database';

const campaign = buildCampaign({ id: testUuid(3, 0xca) });

describe('AuditSheet against real IndexedDB', () => {
	beforeEach(wipeDatabase);
	afterEach(wipeDatabase);

	it('keeps a service verdict, its note and the auditor across a new instance', async () => {
		const sheet = await AuditSheet.load(campaign.id);
		expect(sheet.record.service).toEqual({});
		await sheet.setServiceVerdict('SV1', '부적합');
		await sheet.setServiceNote('SV1', '콜백 약속 미이행');
		await sheet.setAuditor('김심사');
		await sheet.flush();
		expect(sheet.error).toBeNull();
		expect(sheet.progress.service).toEqual({ done: 1, total: 7 });

		const reloaded = await AuditSheet.load(campaign.id);
		expect(reloaded.record.service['SV1']).toEqual({ verdict: '부적합', note: '콜백 약속 미이행' });
		expect(reloaded.record.auditor).toBe('김심사');
	});

	it('a service note without a verdict is not stored (the schema needs a verdict)', async () => {
		const sheet = await AuditSheet.load(campaign.id);
		await sheet.setServiceNote('SV3', 'memo');
		expect(sheet.record.service['SV3']).toBeUndefined();
	});

	it('toggles O/X on a checklist item, clears it and keeps the note', async () => {
		const sheet = await AuditSheet.load(campaign.id);
		await sheet.setOx('B5-08', 'O');
		await sheet.setChecklistNote('B5-08', '월 4회 모니터링 기록 확인');
		await sheet.setOx('B5-08', 'X');
		await sheet.flush();
		expect((await AuditSheet.load(campaign.id)).record.checklist['B5-08']).toEqual({
			ox: 'X',
			note: '월 4회 모니터링 기록 확인'
		});
		expect(sheet.progress.checklist).toEqual({ done: 1, total: 56 });

		await sheet.setOx('B5-08', null);
		await sheet.flush();
		const reloaded = await AuditSheet.load(campaign.id);
		expect(reloaded.record.checklist['B5-08']).toEqual({
			ox: null,
			note: '월 4회 모니터링 기록 확인'
		});
		expect(reloaded.progress.checklist.done).toBe(0);
	});

	it('sets and clears a site audit verdict', async () => {
		const sheet = await AuditSheet.load(campaign.id);
		await sheet.setSiteVerdict('RA-4', '적합');
		await sheet.setSiteNote('RA-4', '품질관리담당자 자격증 확인');
		await sheet.flush();
		expect((await AuditSheet.load(campaign.id)).record.site['RA-4']).toEqual({
			verdict: '적합',
			note: '품질관리담당자 자격증 확인'
		});
		await sheet.setSiteVerdict('RA-4', null);
		await sheet.flush();
		expect((await AuditSheet.load(campaign.id)).record.site['RA-4']?.verdict).toBeNull();
	});

	it('a failed write (quota) keeps the value, exposes the error and saves after flush()', async () => {
		const sheet = await AuditSheet.load(campaign.id);
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function () {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
		try {
			await sheet.setOx('A1-01', 'O');
			expect(sheet.record.checklist['A1-01']?.ox).toBe('O');
			expect(sheet.error?.kind).toBe('quota');
			expect(sheet.dirty).toBe(true);
		} finally {
			IDBObjectStore.prototype.put = put;
		}
		expect((await AuditSheet.load(campaign.id)).record.checklist['A1-01']).toBeUndefined();

		await sheet.flush();
		expect(sheet.error).toBeNull();
		expect(sheet.dirty).toBe(false);
		expect((await AuditSheet.load(campaign.id)).record.checklist['A1-01']?.ox).toBe('O');
		sheet.dispose();
	});

	it('openAudit counts only final evaluations and reports the drafts it left out', async () => {
		expect(await openAudit(campaign.id)).toBeUndefined();
		await putCampaign(campaign);
		const all = Object.fromEntries(
			Array.from({ length: 10 }, (_, i) => [`A1-${String(i + 1).padStart(2, '0')}`, 'met' as const])
		);
		await saveEvaluation(
			buildEvaluation({ id: testUuid(1), campaignId: campaign.id, values: all }),
			campaign,
			Date.now()
		);
		await saveEvaluation(
			buildEvaluation({
				id: testUuid(2),
				campaignId: campaign.id,
				status: 'draft',
				values: { 'A1-01': 'not-met' }
			}),
			campaign,
			Date.now()
		);
		const view = await openAudit(campaign.id);
		expect(view?.result.counts).toMatchObject({ total: 2, draft: 1, final: 1, scored: 1 });
		expect(view?.result.checks['A1-01']).toMatchObject({ n: 1, rate: 1, notMet: 0 });
		const sv1 = view?.result.serviceAudit.find((s) => s.id === 'SV1');
		expect(sv1?.evidence.n).toBe(10);
	});
});
