// Words for the refusals of the center's and the disputes' endpoints (never a raw status).
import type { ReportMessages } from '$lib/i18n';
import { TeamRequestError } from '$lib/sync/http';
import { teamErrorText } from './team-auth';

export function centerErrorText(error: unknown, t: ReportMessages): string {
	if (error instanceof TeamRequestError) {
		if (error.kind === 'offline') return t.center.offline;
		switch (error.code) {
			case 'deadline-passed':
				return t.center.errors.deadline;
			case 'already-open':
				return t.center.errors.alreadyOpen;
			case 'version-changed':
				return t.center.errors.versionChanged;
			case 'too-large':
				return t.center.errors.tooLarge;
			case 'already-decided':
				return t.center.errors.alreadyDecided;
			case 'file-missing':
				return t.center.errors.fileMissing;
		}
		if (error.status === 422 && /not been released/.test(error.message)) {
			return t.center.errors.notReleased;
		}
	}
	return teamErrorText(error, t.team);
}
