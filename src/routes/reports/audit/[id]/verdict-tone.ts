/** Colours of the verdict and O/X toggles, and the option lists they show. */
import { auditVerdicts, type AuditVerdict } from '$lib/domain/audit';
import type { Messages } from '$lib/i18n';

export function verdictTone(v: AuditVerdict): 'good' | 'bad' | 'neutral' {
	return v === '적합' ? 'good' : v === '부적합' ? 'bad' : 'neutral';
}

export function oxTone(v: 'O' | 'X'): 'good' | 'bad' {
	return v === 'O' ? 'good' : 'bad';
}

/** 적합 / 부적합 / 관찰 in the current language. */
export function verdictOptions(t: Messages['audit']): { value: AuditVerdict; text: string }[] {
	return auditVerdicts.map((value) => ({ value, text: t.verdicts[value] }));
}

export const oxOptions = [
	{ value: 'O', text: 'O' },
	{ value: 'X', text: 'X' }
] as const;
