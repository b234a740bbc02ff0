import { describe, expect, it } from 'vitest';
import { buildEvaluation, ctxAt } from '../../testing/builders';
import { addIvrEvent, currentMenuLevel, ivrEnded } from './ivr';

const T0 = Date.UTC(2026, 10, 25, 1);

function run(steps: [string, ('menu' | 'dial' | 'redial' | 'agent-request' | 'machine-drop')?][]) {
	let e = buildEvaluation({ status: 'draft' });
	steps.forEach(([key, type], i) => {
		const event =
			type === undefined
				? { id: `k${i}`, type: 'menu' as const, key: key as '1' }
				: { id: `k${i}`, type };
		e = addIvrEvent(e, event, ctxAt(T0 + i * 1000));
	});
	return e.ivr.events;
}

describe('IVR menu levels as recorded', () => {
	it('the first key is pressed in menu 1 (level 1), the next in menu 2', () => {
		const events = run([['', 'dial'], ['1'], ['2']]);
		expect(events.map((e) => e.level)).toEqual([undefined, 1, 2]);
		expect(currentMenuLevel(events)).toBe(2);
	});

	it('an agent request carries the menu it was made in', () => {
		const events = run([['', 'dial'], ['1'], ['', 'agent-request']]);
		expect(events.at(-1)).toMatchObject({ type: 'agent-request', level: 2 });
	});

	it('a redial starts again at the first menu and reopens the call', () => {
		const events = run([['', 'dial'], ['1'], ['', 'machine-drop'], ['', 'redial'], ['5']]);
		expect(events.at(-1)?.level).toBe(1);
		expect(ivrEnded(events.slice(0, 3))).toBe(true);
		expect(ivrEnded(events)).toBe(false);
	});
});
