// The words for a refused planning request: by the server's error code, the rest as the team
// screens word them.
import type { ReportMessages } from '$lib/i18n';
import { teamErrorText } from '$lib/state/team-auth';
import { TeamRequestError } from '$lib/sync/http';

type T = ReportMessages['planning'];

/** A sentence for a failed write; `cells`/`contacts` word a plan that does not spread. */
export function planningErrorText(
	error: unknown,
	t: T,
	team: ReportMessages['team'],
	plan?: { cells: number; contacts: number }
): string {
	if (error instanceof TeamRequestError) {
		const code = error.code;
		if (code === 'plan-more-cells-than-contacts' && plan) {
			return t.plan.errors[code](plan.cells, plan.contacts);
		}
		if (code in t.plan.errors && code !== 'plan-more-cells-than-contacts') {
			const text =
				t.plan.errors[code as Exclude<keyof T['plan']['errors'], 'plan-more-cells-than-contacts'>];
			return text;
		}
		if (code in t.assignments.errors) {
			return t.assignments.errors[code as keyof T['assignments']['errors']];
		}
		if (error.kind === 'refused') return error.message;
		if (error.kind === 'forbidden') return team.errors.forbidden;
		if (error.kind === 'signed-out') return team.errors.signedOut;
	}
	return teamErrorText(error, team);
}
