import type { Widen } from './messages';
import type { assignmentsKo } from './assignments.ko';

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `YYYY-MM-DD` as "7 Dec". */
function day(date: string): string {
	const [, m, d] = date.split('-');
	return `${Number(d)} ${months[Number(m) - 1] ?? m}`;
}

/** English messages of the shopper's assignments. */
export const assignmentsEn: Widen<typeof assignmentsKo> = {
	title: 'My assignments',
	homeLink: 'My assignments',
	homeOpen: (n: number) => (n > 0 ? `${n} to start` : 'None to start'),
	loading: 'Loading assignments…',
	loadFailed: (reason: string) => `Could not load the assignments: ${reason}`,
	emptyTitle: 'No assignments',
	emptyBody:
		'Evaluations a coordinator assigns to you on the team server show here after a sync. If none show, tap "Sync now" on the home screen while online. Assignments once received stay available offline.',
	open: 'To start',
	started: 'In progress',
	done: 'Done',
	status: { open: 'Waiting', started: 'In progress', done: 'Done' },
	mark: { before: 'Not yet', within: '', 'due-soon': 'Due soon', overdue: 'Overdue' },
	noScenario: 'No scenario',
	unknownCenter: 'Campaign not on this device',
	window: (from: string, to: string) => (from === to ? day(from) : `${day(from)} – ${day(to)}`),
	start: 'Start',
	openEvaluation: 'Open evaluation',
	cachedAt: (when: string) => `Assignments as of ${when}`,
	fromTitle: 'From an assignment',
	notFound: 'This assignment is not on this device. Sync, then open it again.',
	campaignMissing: "This assignment's campaign is not on this device. Sync, then try again.",
	alreadyStarted: 'An evaluation was already started from this assignment.',
	outsideWindow: (from: string, to: string) =>
		`Today is outside the assignment's dates (${from === to ? day(from) : `${day(from)} – ${day(to)}`}).`,
	otherSlot: (assigned: string, now: string) =>
		`The assignment's time slot is ${assigned}; it is now ${now}.`,
	confirmOutside: 'I confirm this differs from the assignment',
	confirmNeeded: 'Confirm the difference from the assignment.',
	slotFromAssignment: "Set to the assignment's time slot; you can change it.",
	scenario: 'Scenario',
	script: 'What to say',
	correctAnswer: 'Correct answer',
	correctAnswerFor: "Scenario's correct answer (judge wrong information against it)"
};
