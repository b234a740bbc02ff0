/**
 * The answers a check can have and what each earns: plain data without zod, so the screens
 * that only label answers (the first screen among them) do not load the schemas.
 */

/** The answers a check can have, in the order the screens offer them. */
export const answerValues = ['met', 'partial', 'not-met', 'na'] as const;
export type AnswerValue = (typeof answerValues)[number];

/** The share of a check's point an answer earns; `null` = not applicable (out of the score). */
export const answerCredit: Record<AnswerValue, number | null> = {
	met: 1,
	partial: 0.5,
	'not-met': 0,
	na: null
};

/** The answers offered under a template: 'partial' only where the template allows it. */
export function offeredAnswers(allowPartial: boolean): AnswerValue[] {
	return answerValues.filter((v) => allowPartial || v !== 'partial');
}
