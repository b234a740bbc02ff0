import { describe, expect, it } from 'vitest';
import type { IvrEvent } from '../record/evaluation';
import { stopwatchRunning } from './stopwatch';

const at = (type: IvrEvent['type'], n: number): IvrEvent => ({ id: `e${n}`, type, at: n * 1000 });
const run = (...types: IvrEvent['type'][]) => ({ ivr: { events: types.map(at) } });

describe('stopwatchRunning', () => {
	it('is false before the call is dialled', () => {
		expect(stopwatchRunning(run())).toBe(false);
	});

	it('is true from the dial until the call ends', () => {
		expect(stopwatchRunning(run('dial'))).toBe(true);
		expect(stopwatchRunning(run('dial', 'greeting-start', 'agent-answer'))).toBe(true);
		expect(stopwatchRunning(run('dial', 'agent-answer', 'call-end'))).toBe(false);
	});

	it('is false after a machine drop, and true again after a redial', () => {
		expect(stopwatchRunning(run('dial', 'machine-drop'))).toBe(false);
		expect(stopwatchRunning(run('dial', 'machine-drop', 'redial'))).toBe(true);
	});
});
