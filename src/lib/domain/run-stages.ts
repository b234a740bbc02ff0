/**
 * The guided run's screens, in order. Kept free of imports: the route matcher uses it, and
 * matchers load with the app's entry, before any page.
 */
export const runStages = ['pre', 'ivr', 'agent', 'in-call', 'follow-ups', 'review'] as const;
export type RunStage = (typeof runStages)[number];

/** Whether a URL segment names a run stage. */
export function isRunStage(value: string): value is RunStage {
	return (runStages as readonly string[]).includes(value);
}
