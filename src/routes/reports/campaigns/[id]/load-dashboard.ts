/**
 * What the dashboard needs from storage: this campaign's report and, when other campaigns
 * exist, theirs for the comparison table. With one campaign only its own evaluations are read.
 */
import {
	loadAllCampaignReports,
	loadCampaignReport,
	type CampaignReport
} from '$lib/state/report-data';
import { listCampaigns } from '$lib/storage/campaigns';

export type DashboardData =
	| { kind: 'not-found' }
	| { kind: 'found'; report: CampaignReport; all: CampaignReport[]; now: number };

/** Loads the campaign with its scored evaluations (and the others when there are several). */
export async function loadDashboard(campaignId: string): Promise<DashboardData> {
	const campaigns = await listCampaigns();
	if (!campaigns.some((c) => c.id === campaignId)) return { kind: 'not-found' };
	if (campaigns.length === 1) {
		const report = await loadCampaignReport(campaignId);
		return report
			? { kind: 'found', report, all: [report], now: Date.now() }
			: { kind: 'not-found' };
	}
	const all = await loadAllCampaignReports();
	const report = all.find((r) => r.campaign.id === campaignId);
	return report ? { kind: 'found', report, all, now: Date.now() } : { kind: 'not-found' };
}
