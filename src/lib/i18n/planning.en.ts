import type { Widen } from './messages';
import type { planningKo } from './planning.ko';

/** English messages of the coordinator's programme screen. */
export const planningEn: Widen<typeof planningKo> = {
	title: 'Programme plan',
	link: 'Scenarios, sampling plan, assignments',
	intro:
		'Write scenarios, spread the contacts over weekdays, slots, scenarios and channels, and assign them to shoppers.',
	loading: 'Loading…',
	notCoordinator: 'This screen is for the coordinators of a team campaign.',
	offline: 'Offline. Showing the plan as last received. Saving needs a connection.',
	needsConnection: 'Needs a connection',
	cachedAt: (when: string) => `Last received: ${when}`,
	neverFetched: 'No plan received from the server yet. Connect and open this screen again.',
	scenarios: {
		title: 'Scenarios',
		empty: 'No scenarios yet. Write the first one below.',
		add: 'New scenario',
		edit: 'Edit',
		archive: 'Archive',
		archived: 'archived',
		archiveConfirm: (title: string) =>
			`Archive the scenario '${title}'? New plans and assignments will no longer use it.`,
		formTitleNew: 'New scenario',
		formTitleEdit: 'Edit scenario',
		name: 'Title',
		script: 'What the customer says',
		channel: 'Channel',
		correctAnswer: 'Correct answer',
		checks: 'Checks it exercises',
		checksHint: 'Pick the agent-sheet (참고 2) checks this scenario tests.',
		checkCount: (n: number) => `${n} checks`,
		save: 'Save scenario',
		saved: 'Scenario saved.',
		cancel: 'Cancel'
	},
	plan: {
		title: 'Sampling plan',
		empty: 'No sampling plan yet. Write scenarios, then make a plan.',
		needScenario: 'A plan needs at least one scenario first.',
		total: 'Contacts in total',
		from: 'Period from',
		to: 'Period to',
		weekdays: 'Weekdays',
		slots: 'Time slots',
		scenarios: 'Scenarios',
		channels: 'Channels',
		waves: 'Waves',
		waveName: 'Wave name',
		waveFrom: 'From',
		waveTo: 'To',
		addWave: 'Add a wave',
		removeWave: (name: string) => `Remove ${name || 'wave'}`,
		cap: 'Most contacts per shopper',
		gap: 'Minimum days between one shopper’s contacts',
		save: 'Save plan',
		saved: 'Sampling plan saved.',
		holidays: (list: string) =>
			`No contact is scheduled on the public holidays in the period: ${list}`,
		unknownYears: (years: string, known: string) =>
			`There is no public holiday list for ${years} (listed: ${known}), so no contact is scheduled in that year.`,
		holidaySource: (source: string) => `Holidays from: ${source}`,
		preview: (cells: number, total: number) => `${total} contacts over ${cells} cells.`,
		weekdayNames: {
			mon: 'Mon',
			tue: 'Tue',
			wed: 'Wed',
			thu: 'Thu',
			fri: 'Fri',
			sat: 'Sat',
			sun: 'Sun'
		},
		errors: {
			'plan-more-cells-than-contacts': (cells: number, total: number) =>
				`The plan has ${cells} cells but only ${total} contacts: some cells could never be sampled. Add contacts or remove weekdays, slots, scenarios or channels.`,
			'plan-empty-grid': 'Choose at least one weekday, slot, scenario and channel.',
			'plan-no-contacts': 'The number of contacts must be a whole number of 1 or more.',
			'plan-bad-weight': 'A cell’s planned count must be a number of 0 or more.',
			'plan-unknown-scenario':
				'The plan names a scenario that is not (or no longer) in this campaign.',
			'plan-bad-wave': 'A wave ends before it starts.',
			badPeriod: 'The period ends before it starts.'
		}
	},
	margin: {
		title: 'Precision of this plan',
		overall: (e: string, n: number) =>
			`A center's pass rate ±${e} points (${n} contacts, 95 % confidence)`,
		slot: (slot: string, e: string, n: number) => `${slot} ±${e} points (${n})`,
		bySlot: 'By time slot',
		wanted: 'Margin wanted (± points)',
		needed: (e: string, n: number) => `±${e} points needs ${n} contacts per center.`,
		note: 'Wilson interval at a 50 % pass rate (the widest case) until results come in. KSQI’s 100 calls give about ±10 points.'
	},
	spread: {
		title: 'Assignments per shopper',
		hint: 'No shopper should get all of one slot, weekday or scenario. Counts assignments not cancelled.',
		shopper: 'Shopper',
		total: 'Total',
		range: (total: number, slot: number, weekday: number, scenario: number) =>
			`Largest max − min between shoppers: total ${total}, slot ${slot}, weekday ${weekday}, scenario ${scenario}`
	},
	grid: {
		title: 'Progress',
		legend: 'Each cell: done/planned. ⚠ marks cells behind schedule.',
		behind: (n: number) => `${n} cells behind`,
		onTrack: 'Every cell is on schedule.',
		totals: (done: number, planned: number) => `${done}/${planned} done in total`,
		cell: (done: number, planned: number) => `${done}/${planned}`,
		cellLabel: (where: string, done: number, planned: number, behind: boolean) =>
			`${where}: planned ${planned}, done ${done}${behind ? ', behind schedule' : ''}`,
		behindMark: '⚠',
		edit: 'Edit planned counts per cell',
		editDone: 'Done editing',
		weightLabel: (where: string) => `${where} planned count`,
		weightHint:
			'A cell’s number is its weight (0 = never). Saving spreads the total again by these weights.'
	},
	assignments: {
		title: 'Assignments',
		empty: 'No assignments.',
		generateTitle: 'Assign from the plan',
		generateHint:
			'Spreads the plan’s open cells over the chosen shoppers, within the cap per shopper and the minimum gap.',
		shoppers: 'Shoppers',
		noShoppers: 'The campaign has no mystery shoppers. Invite them in the team panel.',
		wave: 'Wave',
		wholePeriod: 'The whole plan period',
		waveOption: (name: string, from: string, to: string) => `${name} (${from} – ${to})`,
		period: (from: string, to: string) => `Assigned for ${from} – ${to}`,
		skipped: (list: string) => `Public holidays skipped: ${list}`,
		unknownYears: (years: string) =>
			`No public holiday list for ${years}: no contact was scheduled in that year.`,
		from: 'From (empty = today)',
		to: 'To (empty = end of plan)',
		generate: 'Make assignments',
		generated: (made: number, unmade: number) =>
			unmade === 0
				? `Made ${made} assignments.`
				: `Made ${made} assignments; ${unmade} could not be made.`,
		unmadeReasons: {
			cap: 'cap per shopper reached',
			gap: 'no date keeps the minimum gap',
			'no-shoppers': 'no shopper chosen',
			'no-date':
				'no usable day of that weekday in the period (public holidays and years without a holiday list left out)'
		},
		unmadeLine: (reason: string, n: number) => `${reason}: ${n}`,
		handTitle: 'Assign by hand',
		person: 'Person',
		scenario: 'Scenario',
		noScenario: '(no scenario)',
		channel: 'Channel',
		slot: 'Time slot',
		windowFrom: 'Window from',
		windowTo: 'Window to',
		add: 'Add assignment',
		added: 'Assignment added.',
		listTitle: 'All assignments',
		status: {
			open: 'Waiting',
			started: 'In progress',
			done: 'Done',
			cancelled: 'Cancelled'
		},
		cancel: 'Cancel it',
		cancelLabel: (who: string, date: string) => `Cancel ${who}'s assignment of ${date}`,
		cancelConfirm: 'Cancel this assignment?',
		errors: {
			'not-a-shopper':
				'This person is not a mystery shopper of the campaign. Only shoppers can be assigned.',
			'assignment-cap': 'This shopper already has as many contacts as the plan allows.',
			'assignment-gap': 'This date is too close to another contact of this shopper (minimum gap).',
			'assignment-started': 'An assignment already started cannot be cancelled.',
			'unknown-scenario': 'The scenario is not (or no longer) in this campaign.',
			'no-plan': 'Save a sampling plan first.',
			'bad-period': 'The period ends before it starts.',
			'unknown-wave': 'The plan has no such wave. Reload the plan.'
		}
	}
};
