/**
 * The review state machine of a programme's evaluation, as data: the stages (`stages` in
 * ./review, read from the events by `reviewOf`), the steps that move between them, and the
 * permission (docs: the permissions table) a member needs to take each. The server refuses a
 * step the stage does not allow (409, nothing written) and the screens offer only the steps
 * `allowedActions` gives. Rules: docs/programme.md "Review and release".
 */
import { permissionsOf, roleTable, type Action, type RoleRules } from '../access/permissions';
import type { ReviewView, Stage } from './review';

/** What someone does to an evaluation on its way from the shopper to the center. */
export const steps = [
	/** The shopper finalizes the evaluation and pushes it. */
	'submit',
	/** The shopper reopens a returned evaluation, changes it and finalizes it again. */
	'revise',
	/** The coordinator approves the version. */
	'approve',
	/** The coordinator sends the version back with comments. */
	'return',
	/** The coordinator releases the approved version to the center (now or from a date). */
	'release',
	/** The center's manager acknowledges the released scorecard. */
	'acknowledge',
	/** The center's manager disputes a check of the released version. */
	'dispute',
	/** The coordinator keeps the score a dispute is about. */
	'uphold',
	/** The coordinator changes the disputed answer: a new revision, released by the same step. */
	'overturn'
] as const;
export type Step = (typeof steps)[number];

export interface Transition {
	from: Stage;
	step: Step;
	to: Stage;
	/** The permission that lets a member take the step. */
	permission: Action;
}

/**
 * Every step the machine allows. A new version the shopper finalizes after an approval or a
 * release starts again at `submitted` (the release stays with the version released); an
 * upheld or overturned dispute leaves the evaluation `disputed` while another one is open.
 */
export const transitions: readonly Transition[] = [
	{ from: 'draft', step: 'submit', to: 'submitted', permission: 'evaluation.write' },
	{ from: 'submitted', step: 'approve', to: 'approved', permission: 'evaluation.review' },
	{ from: 'submitted', step: 'return', to: 'returned', permission: 'evaluation.review' },
	{ from: 'returned', step: 'revise', to: 'revised', permission: 'evaluation.write' },
	{ from: 'revised', step: 'approve', to: 'approved', permission: 'evaluation.review' },
	{ from: 'revised', step: 'return', to: 'returned', permission: 'evaluation.review' },
	{ from: 'approved', step: 'return', to: 'returned', permission: 'evaluation.review' },
	{ from: 'approved', step: 'release', to: 'released', permission: 'evaluation.release' },
	{ from: 'released', step: 'acknowledge', to: 'released', permission: 'evaluation.acknowledge' },
	{ from: 'released', step: 'dispute', to: 'disputed', permission: 'dispute.open' },
	{ from: 'disputed', step: 'acknowledge', to: 'disputed', permission: 'evaluation.acknowledge' },
	{ from: 'disputed', step: 'dispute', to: 'disputed', permission: 'dispute.open' },
	{ from: 'disputed', step: 'uphold', to: 'decided', permission: 'dispute.decide' },
	{ from: 'disputed', step: 'overturn', to: 'decided', permission: 'dispute.decide' },
	{ from: 'decided', step: 'acknowledge', to: 'decided', permission: 'evaluation.acknowledge' },
	{ from: 'decided', step: 'dispute', to: 'disputed', permission: 'dispute.open' }
];

/** Why a step is refused in a stage (the server says it in a sentence, the phone in words). */
export type Refusal =
	/** Not final: there is nothing to review, release or dispute yet. */
	| 'not-final'
	/** Sent back: only the shopper's revision moves it on. */
	| 'awaiting-revision'
	/** Waiting for review: a release needs an approval first. */
	| 'not-approved'
	/** Approved already. */
	| 'already-approved'
	/** Released already: review steps are over for this version. */
	| 'already-released'
	/** A center's step on a version not released to it. */
	| 'not-released'
	/** A decision without an open dispute. */
	| 'no-open-dispute'
	/** A shopper's step that is not theirs to take now (final already, not returned). */
	| 'not-open';

/** A center's step, or a decision on a dispute, before the version is released. */
const beforeRelease: Partial<Record<Step, Refusal>> = {
	acknowledge: 'not-released',
	dispute: 'not-released',
	uphold: 'not-released',
	overturn: 'not-released'
};
/** A decision when no dispute is open. */
const noDispute: Partial<Record<Step, Refusal>> = {
	uphold: 'no-open-dispute',
	overturn: 'no-open-dispute'
};

/** The refusal of each stage for a step it does not allow, with the exceptions by step. */
const refusals: Record<Stage, { otherwise: Refusal; steps?: Partial<Record<Step, Refusal>> }> = {
	draft: { otherwise: 'not-final', steps: { ...beforeRelease, revise: 'not-open' } },
	submitted: { otherwise: 'not-open', steps: { ...beforeRelease, release: 'not-approved' } },
	returned: { otherwise: 'awaiting-revision', steps: { ...beforeRelease, submit: 'not-open' } },
	revised: { otherwise: 'not-open', steps: { ...beforeRelease, release: 'not-approved' } },
	approved: { otherwise: 'not-open', steps: { ...beforeRelease, approve: 'already-approved' } },
	released: { otherwise: 'already-released', steps: noDispute },
	disputed: { otherwise: 'already-released' },
	decided: { otherwise: 'already-released', steps: noDispute }
};

/** The transition that takes `step` from `stage`, if the machine has one. */
export function transitionOf(stage: Stage, step: Step): Transition | undefined {
	return transitions.find((t) => t.from === stage && t.step === step);
}

/** The permission a step needs (the same in every stage it is allowed in). */
export function permissionOf(step: Step): Action {
	return transitions.find((t) => t.step === step)!.permission;
}

/** Why the stage refuses `step` (null when the machine allows it; permissions aside). */
export function refusalOf(view: Pick<ReviewView, 'stage'>, step: Step): Refusal | null {
	if (transitionOf(view.stage, step)) return null;
	const rule = refusals[view.stage];
	return rule.steps?.[step] ?? rule.otherwise;
}

/**
 * The steps a member with `roles` may take now: the stage allows them and one of the roles
 * grants their permission. The screens offer exactly these.
 */
export function allowedActions(
	view: Pick<ReviewView, 'stage'>,
	roles: readonly string[],
	table: Record<string, RoleRules> = roleTable
): Step[] {
	return transitions
		.filter((t) => t.from === view.stage && permissionsOf(table).can(roles, t.permission))
		.map((t) => t.step);
}
