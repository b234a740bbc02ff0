import type { Widen } from './messages';
import type { ivrKo } from './ivr.ko';

/** English messages of the IVR run screen. */
export const ivrEn: Widen<typeof ivrKo> = {
	title: 'IVR',
	notPhone: 'IVR timing applies to the phone channel only. There is nothing to record here.',
	intro:
		'Tap what you hear as the call goes on. Each tap stores the time, so the run survives a reload.',
	clockLabel: 'Call time elapsed',
	clockIdle: 'The clock starts when you tap Dial',
	clockRunning: 'On the call',
	clockEnded: 'Call ended',
	wakeLockHeld: 'Keeping the screen on',
	wakeLockMissing: 'This device cannot keep the screen on. Do not let it turn off.',
	readOnly: 'This evaluation cannot be edited; the record is shown read-only.',
	controls: 'IVR recording buttons',
	events: {
		dial: 'Dial',
		'greeting-start': 'Greeting starts',
		'greeting-end': 'Greeting ends',
		menu: 'Menu choice',
		'agent-request': 'Ask for agent',
		hold: 'Queue message',
		'agent-answer': 'Agent answered',
		'call-end': 'Call ended',
		'machine-drop': 'Machine hung up',
		redial: 'Redial'
	},
	keypad: {
		label: 'Menu keypad',
		level: (n: number) =>
			n === 0 ? 'No menu key pressed yet' : `Keys pressed down to menu level ${n}`,
		key: (k: string) => `Menu ${k}`,
		back: 'Back',
		replay: 'Replay',
		backKey: 'Menu # (back)',
		replayKey: 'Menu * (replay)'
	},
	menuEvent: (key: string, level: number) => `Menu ${key} (at level ${level})`,
	undo: (event: string) => `Undo last: ${event}`,
	undoIdle: 'Undo last',
	timeline: 'Record',
	timelineEmpty: 'Nothing recorded yet.',
	metrics: 'Measurements',
	unknown: 'Not yet known',
	seconds: (s: string) => `${s} s`,
	levels: (n: number) => `${n} ${n === 1 ? 'level' : 'levels'}`,
	greeting: 'Greeting',
	greetingLimit: (s: number) => `Greeting within ${s} s`,
	menuDepth: 'Menu depth',
	menuLimit: (n: number) => `Menu within ${n} levels`,
	timeToAgent: 'Time to agent',
	waiting: 'Waiting for an agent',
	serviceLevel: (s: number) => `Agent within ${s} s target`,
	longWait: (s: number) => `Over ${s} s to reach an agent. Note whether a callback was offered.`,
	hold: 'Hold time',
	call: 'Call length',
	dropped: 'Machine hung up',
	yes: 'Yes',
	no: 'No',
	over: 'Over the limit',
	within: 'Within the limit',
	checks: 'IVR checks',
	noChecks: 'This evaluation asks no checks on the IVR screen.',
	agentRequestHint: 'Pressed the agent key (e.g. 0) or asked by voice? Tap this one button.',
	attempts: 'Call attempts',
	attemptsValue: (n: number) => `${n}`,
	redialHint:
		'When the machine hung up and you call again, it is recorded as the next attempt of the same call.',
	callBar: 'Call outcome'
};
