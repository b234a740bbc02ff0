/** The evaluation's own text fields: 종합 의견, scenario, 상담사 현황, 상담 일시. */
import type { ConsultedAt, Evaluation } from '../record/evaluation';
import { commit, type EditContext } from './commit';

export type TextField = 'overallOpinion' | 'scenario';

/** Sets 종합 의견 or the scenario ('' clears 종합 의견). */
export function setText(
	e: Evaluation,
	field: TextField,
	value: string,
	ctx: EditContext
): Evaluation {
	const old = e[field];
	if ((old ?? '') === value) return e;
	const stored = field === 'overallOpinion' && value === '' ? undefined : value;
	return commit(e, ctx, { field, old: old ?? null, new: stored ?? null }, { [field]: stored });
}

/** Sets 상담사 현황 (name, team); blanks are dropped. */
export function setAgent(
	e: Evaluation,
	agent: { name: string; team: string },
	ctx: EditContext
): Evaluation {
	const next: NonNullable<Evaluation['agent']> = {};
	if (agent.name.trim()) next.name = agent.name.trim();
	if (agent.team.trim()) next.team = agent.team.trim();
	const old = { name: e.agent?.name ?? null, team: e.agent?.team ?? null };
	const now = { name: next.name ?? null, team: next.team ?? null };
	if (old.name === now.name && old.team === now.team) return e;
	return commit(e, ctx, { field: 'agent', old, new: now }, { agent: next });
}

/** Sets 상담 일시 (Seoul local date and from–to times), or clears it. */
export function setConsultedAt(
	e: Evaluation,
	value: ConsultedAt | undefined,
	ctx: EditContext
): Evaluation {
	const old = e.consultedAt;
	if (old?.date === value?.date && old?.from === value?.from && old?.to === value?.to) return e;
	return commit(
		e,
		ctx,
		{ field: 'consultedAt', old: old ? { ...old } : null, new: value ? { ...value } : null },
		{ consultedAt: value ? { ...value } : undefined }
	);
}
