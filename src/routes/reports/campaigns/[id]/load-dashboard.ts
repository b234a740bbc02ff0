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

export interface DashboardData {
	report: CampaignReport;
	all: CampaignReport[];
	now: number;
}

/**
 * Loads the campaign with its scored evaluations (and the others when there are several);
 * `undefined` when the campaign does not exist.
 */
export async function loadDashboard(campaignId: string): Promise<DashboardData | undefined> {
	const campaigns = await listCampaigns();
	if (!campaigns.some((c) => c.id === campaignId)) return undefined;
	if (campaigns.length === 1) {
		const report = await loadCampaignReport(campaignId);
		return report && { report, all: [report], now: Date.now() };
	}
	const all = await loadAllCampaignReports();
	const report = all.find((r) => r.campaign.id === campaignId);
	return report && { report, all, now: Date.now() };
}
