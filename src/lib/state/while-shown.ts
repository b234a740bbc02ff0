/**
 * Calls `tick` every `intervalMs` and again whenever the page is shown (a phone's timers sleep
 * while it is hidden); returns the stop function.
 */
export function tickWhileShown(tick: () => void, intervalMs: number): () => void {
	const timer = setInterval(tick, intervalMs);
	const onVisible = () => {
		if (document.visibilityState === 'visible') tick();
	};
	document.addEventListener('visibilitychange', onVisible);
	return () => {
		clearInterval(timer);
		document.removeEventListener('visibilitychange', onVisible);
	};
}
