// Words for the refusals of the center's and the disputes' endpoints (never a raw status).
import type { ReportMessages } from '$lib/i18n';
import { TeamRequestError } from '$lib/sync/http';
import { refusalOf } from './refusals';
import { teamErrorText } from './team-auth';

/** The server's refusal codes and the message that says each. */
const REFUSALS = {
	'deadline-passed': 'deadline',
	'already-open': 'alreadyOpen',
	'version-changed': 'versionChanged',
	'too-large': 'tooLarge',
	'already-decided': 'alreadyDecided',
	'file-missing': 'fileMissing'
} as const satisfies Record<string, keyof ReportMessages['center']['errors']>;

export function centerErrorText(error: unknown, t: ReportMessages): string {
	if (error instanceof TeamRequestError) {
		if (error.kind === 'offline') return t.center.offline;
		const refusal = refusalOf(error.code, REFUSALS);
		if (refusal) return t.center.errors[refusal];
		if (error.status === 422 && /not been released/.test(error.message)) {
			return t.center.errors.notReleased;
		}
	}
	return teamErrorText(error, t.team);
}
