import { describe, expect, it } from 'vitest';
import { buildIvrEvents, buildTemplate } from '../../testing/builders';
import { groupOfCheck } from '../catalog';
import { ivrMetrics, ivrSuggestionRules, ivrSuggestions } from './ivr';
import { IVR_GROUP_ID } from './plan';

const template = buildTemplate();
const valueOf = (s: ReturnType<typeof ivrSuggestions>, id: string) =>
	s.find((x) => x.checkId === id)?.value;

describe('ivrMetrics', () => {
	it('unsorted events are sorted by time before measuring', () => {
		const events = buildIvrEvents([
			['call-end', 200],
			['agent-answer', 90],
			['agent-request', 25],
			['dial', 0],
			['hold', 60],
			['greeting-end', 14],
			['agent-answer', 45],
			['greeting-start', 2],
			['menu', 20, { level: 1, key: '1' }]
		]);
		expect(ivrMetrics(events, template)).toEqual({
			greetingMs: 12_000,
			menuDepth: 2,
			attempts: 1,
			timeToAgentMs: 45_000,
			holdMs: 30_000,
			callMs: 200_000,
			droppedByMachine: false,
			agentRequested: true,
			agentReached: true,
			ended: true,
			longWait: true
		});
	});

	it('missing parts are null, never guessed', () => {
		const m = ivrMetrics(
			buildIvrEvents([
				['greeting-start', 0],
				['menu', 5, { level: 1 }],
				['hold', 9]
			]),
			template
		);
		expect(m.greetingMs).toBeNull();
		expect(m.timeToAgentMs).toBeNull();
		expect(m.callMs).toBeNull();
		expect(m.holdMs).toBeNull(); // the hold never ended
		expect(m.longWait).toBeNull();
		expect(m.menuDepth).toBe(1);
	});

	it('no events at all: every timing null, nothing requested or reached', () => {
		const m = ivrMetrics([], template);
		expect(m).toMatchObject({
			greetingMs: null,
			menuDepth: null,
			holdMs: null,
			agentReached: false
		});
	});

	it('menu depth counts menu events when none carries a level', () => {
		const m = ivrMetrics(
			buildIvrEvents([
				['menu', 1],
				['menu', 2],
				['menu', 3],
				['menu', 4]
			]),
			template
		);
		expect(m.menuDepth).toBe(4);
	});

	it('machine drop before any agent answer is droppedByMachine; hold time 0 on an ended call', () => {
		const m = ivrMetrics(
			buildIvrEvents([
				['dial', 0],
				['agent-request', 30],
				['machine-drop', 40]
			]),
			template
		);
		expect(m.droppedByMachine).toBe(true);
		expect(m.agentRequested).toBe(true);
		expect(m.holdMs).toBe(0);
		expect(m.timeToAgentMs).toBeNull();
	});

	it('a drop after the agent answered is not a machine drop', () => {
		const m = ivrMetrics(
			buildIvrEvents([
				['dial', 0],
				['agent-answer', 10],
				['machine-drop', 40]
			]),
			template
		);
		expect(m.droppedByMachine).toBe(false);
	});
});

describe('ivrMetrics: menu depth, attempts, dropped calls', () => {
	it('a key pressed in the first menu is depth 1', () => {
		const m = ivrMetrics(
			buildIvrEvents([
				['dial', 0],
				['menu', 6, { key: '1' }]
			]),
			template
		);
		expect(m.menuDepth).toBe(1);
	});

	it('no key and no agent request: depth unknown (null), not 0', () => {
		const m = ivrMetrics(buildIvrEvents([['dial', 0]]), template);
		expect(m.menuDepth).toBeNull();
	});

	it('keys 1, 2, # (pressed in menu 3), 3 (back in menu 2): depth 3', () => {
		// 1 in menu 1 (→ menu 2), 2 in menu 2 (→ menu 3), # in menu 3 (→ menu 2), 3 in menu 2.
		const m = ivrMetrics(
			buildIvrEvents([
				['dial', 0],
				['menu', 5, { key: '1' }],
				['menu', 8, { key: '2' }],
				['menu', 11, { key: '#' }],
				['menu', 14, { key: '3' }]
			]),
			template
		);
		expect(m.menuDepth).toBe(3); // the # was pressed in menu 3
	});

	it('* (replay) and 0 stay in the menu they were pressed in', () => {
		const m = ivrMetrics(
			buildIvrEvents([
				['dial', 0],
				['menu', 5, { key: '*' }],
				['menu', 9, { key: '0' }],
				['menu', 12, { key: '*' }]
			]),
			template
		);
		expect(m.menuDepth).toBe(1);
	});

	it('asking for an agent after one key counts the second menu: depth 2', () => {
		const m = ivrMetrics(
			buildIvrEvents([
				['dial', 0],
				['menu', 5, { key: '4' }],
				['agent-request', 9]
			]),
			template
		);
		expect(m.menuDepth).toBe(2);
		expect(m.agentRequested).toBe(true);
	});

	it('a redial after the machine hung up is attempt 2; time to agent from the first dial; depth per attempt', () => {
		// Attempt 1: dial 0 s, keys 1, 2 (depth 2), machine hangs up at 40 s.
		// Attempt 2: redial 60 s, key 3 (menu 1 again), agent at 95 s, end at 200 s.
		const m = ivrMetrics(
			buildIvrEvents([
				['dial', 0],
				['menu', 10, { key: '1' }],
				['menu', 15, { key: '2' }],
				['machine-drop', 40],
				['redial', 60],
				['menu', 70, { key: '3' }],
				['agent-answer', 95],
				['call-end', 200]
			]),
			template
		);
		expect(m.attempts).toBe(2);
		expect(m.timeToAgentMs).toBe(95_000);
		expect(m.menuDepth).toBe(2);
		expect(m.callMs).toBe(200_000);
		expect(m.droppedByMachine).toBe(true);
		expect(m.agentReached).toBe(true);
		expect(m.ended).toBe(true);
	});

	it('after a redial the call is running again (not ended) until it ends', () => {
		const m = ivrMetrics(
			buildIvrEvents([
				['dial', 0],
				['machine-drop', 30],
				['redial', 45]
			]),
			template
		);
		expect(m.ended).toBe(false);
		expect(m.attempts).toBe(2);
		expect(m.callMs).toBeNull();
	});

	it('a call the machine dropped has a duration: drop − dial', () => {
		const m = ivrMetrics(
			buildIvrEvents([
				['dial', 0],
				['greeting-start', 2],
				['greeting-end', 12],
				['hold', 20],
				['machine-drop', 47.5]
			]),
			template
		);
		expect(m.callMs).toBe(47_500);
		expect(m.holdMs).toBe(27_500);
		expect(m.ended).toBe(true);
		expect(m.attempts).toBe(1);
	});
});

describe('ivrSuggestions', () => {
	it('B1-02 met at exactly 15 s greeting and 3 menu levels (inclusive limits)', () => {
		const m = ivrMetrics(
			buildIvrEvents([
				['greeting-start', 0],
				['greeting-end', 15],
				['menu', 20, { level: 3 }]
			]),
			template
		);
		const s = ivrSuggestions(m, template);
		expect(valueOf(s, 'B1-02')).toBe('met');
		expect(s[0]?.reason.en).toBe('greeting 15 s ≤ 15 s; menu depth 3 ≤ 3');
	});

	it('B1-02 not met when the greeting is 15.1 s, even with the menu depth unknown', () => {
		const m = ivrMetrics(
			buildIvrEvents([
				['greeting-start', 0],
				['greeting-end', 15.1]
			]),
			template
		);
		expect(valueOf(ivrSuggestions(m, template), 'B1-02')).toBe('not-met');
	});

	it('B1-02 has no suggestion while the greeting is unknown and the depth within limits', () => {
		const m = ivrMetrics(buildIvrEvents([['menu', 2, { level: 2 }]]), template);
		expect(valueOf(ivrSuggestions(m, template), 'B1-02')).toBeUndefined();
	});

	it('machine drop after asking for an agent: B1-02 (20 s, 4 levels), B1-06 and B1-07 not met', () => {
		const m = ivrMetrics(
			buildIvrEvents([
				['dial', 0],
				['greeting-start', 1],
				['greeting-end', 21],
				['menu', 22],
				['menu', 24],
				['menu', 26],
				['agent-request', 30],
				['machine-drop', 40]
			]),
			template
		);
		const s = ivrSuggestions(m, template);
		expect(s.map((x) => [x.checkId, x.value])).toEqual([
			['B1-02', 'not-met'],
			['B1-06', 'not-met'],
			['B1-07', 'not-met']
		]);
		expect(s[0]?.reason).toEqual({
			en: 'greeting 20 s > 15 s; menu depth 4 > 3',
			ko: '초기 안내말 20초 > 15초, 메뉴 4단계 > 3단계'
		});
	});

	it('B1-06 met after asking for an agent and reaching one; B1-07 met', () => {
		const m = ivrMetrics(
			buildIvrEvents([
				['dial', 0],
				['agent-request', 5],
				['agent-answer', 12]
			]),
			template
		);
		const s = ivrSuggestions(m, template);
		expect(valueOf(s, 'B1-06')).toBe('met');
		expect(valueOf(s, 'B1-07')).toBe('met');
	});

	it('B1-06 no suggestion while the call is still ringing after the request', () => {
		const m = ivrMetrics(
			buildIvrEvents([
				['dial', 0],
				['agent-request', 5]
			]),
			template
		);
		expect(valueOf(ivrSuggestions(m, template), 'B1-06')).toBeUndefined();
	});

	it('B1-06 not met when asked and the call ended without an agent', () => {
		const m = ivrMetrics(
			buildIvrEvents([
				['dial', 0],
				['agent-request', 5],
				['call-end', 300]
			]),
			template
		);
		expect(valueOf(ivrSuggestions(m, template), 'B1-06')).toBe('not-met');
		expect(valueOf(ivrSuggestions(m, template), 'B1-07')).toBeUndefined();
	});
});

describe('ivrSuggestionRules', () => {
	it('every rule answers a check of the IVR group, each check once', () => {
		const ids = ivrSuggestionRules.map((r) => r.checkId);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(groupOfCheck(id)?.id).toBe(IVR_GROUP_ID);
	});

	it('ivrSuggestions lists the rules that propose something, in the rules’ order', () => {
		const m = ivrMetrics(
			buildIvrEvents([
				['dial', 0],
				['greeting-start', 1],
				['greeting-end', 5],
				['menu', 8, { key: '1' }],
				['agent-answer', 20]
			]),
			template
		);
		expect(ivrSuggestions(m, template).map((s) => [s.checkId, s.value])).toEqual([
			['B1-02', 'met'],
			['B1-07', 'met']
		]);
	});
});
