/** Whether an evaluation still has a timer running, read from its stored instants. */
import type { Evaluation } from '../record/evaluation';
import { ivrEnded, tappedIvrEvents } from './ivr';

/**
 * True while the IVR stopwatch runs: the call was dialled and neither ended nor dropped since
 * the last (re)dial. Finalizing then would keep a call with no end, so the screens flag it.
 */
export function stopwatchRunning(e: Pick<Evaluation, 'ivr'>): boolean {
	const events = tappedIvrEvents(e.ivr.events);
	return events.length > 0 && !ivrEnded(events);
}
