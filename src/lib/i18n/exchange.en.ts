import type { exchangeKo } from './exchange.ko';
import type { Widen } from './messages';

/** English messages of export, import and the reports index. */
export const exchangeEn: Widen<typeof exchangeKo> = {
	title: 'Export and import',
	export: {
		title: 'Export',
		anonymise: 'Anonymise agent names (Agent A, B …)',
		bundle: 'Signed file (JSON)',
		csv: 'CSV (for Excel)',
		working: 'Preparing the file…',
		done: (names: string) => `Exported: ${names}`,
		shared: (names: string) => `Shared: ${names}`,
		cancelled: 'Sharing cancelled; no file was sent.',
		failed: (reason: string) => `Could not export: ${reason}`,
		nothing: 'Choose at least one evaluation to export.',
		hint: "Signed files carry this device's key, so the receiver can tell whether they were changed."
	},
	import: {
		title: 'Import',
		intro:
			'Import a signed file (JSON) exported on another device. Imported evaluations are read-only and show where they came from.',
		choose: 'Choose file',
		reading: (name: string) => `Checking ${name}…`,
		invalidTitle: 'This file cannot be imported',
		invalidBody: 'Nothing stored was changed. Problems:',
		moreErrors: (hidden: number, total: number) =>
			`and ${hidden.toLocaleString('en')} more problems (${total.toLocaleString('en')} in all).`,
		verified: (fp: string) => `Signature verified · key ${fp}`,
		verifiedHint: 'Ask the sender whether this key fingerprint is theirs.',
		unsigned: 'Unsigned: who made it and whether it was changed cannot be told.',
		altered: (fp: string) => `Altered after signing · claimed key ${fp}`,
		alteredBody:
			'This file was changed after it was signed. It cannot be trusted. To import it anyway, confirm below.',
		alteredConfirm: 'I know this file was altered and import it anyway',
		notices: 'Notes',
		summaryTitle: 'Importing will',
		added: (n: number) => `add ${n} new evaluations`,
		updated: (n: number) => `update ${n} to a newer revision`,
		skipped: (n: number) => `skip ${n} with the same revision`,
		older: (n: number) => `skip ${n} older than this device's revision`,
		campaigns: (added: number, updated: number) => `campaigns: ${added} new, ${updated} updated`,
		replacesOwn: (n: number) => `This replaces ${n} evaluations made on this device.`,
		apply: 'Import',
		cancel: 'Cancel',
		applying: 'Importing…',
		doneTitle: 'Imported',
		failed: (reason: string) => `Could not import. Nothing stored was changed: ${reason}`,
		another: 'Import another file',
		tooLarge: (name: string, size: string, limit: string) =>
			`${name} is ${size}. Files up to ${limit} can be imported, so it was not read. Export the evaluations in smaller parts and import those.`
	},
	index: {
		title: 'Reports',
		campaigns: 'Campaigns',
		dashboard: 'Dashboard',
		audit: 'Audit',
		evaluations: 'Scorecards',
		noCampaigns: 'No campaigns.',
		noEvaluations: 'No evaluations.',
		select: (what: string) => `Select ${what}`,
		selectAll: 'Select all',
		selected: (n: number) => `${n} selected`,
		importLink: 'Import a file',
		imported: 'Imported'
	}
};
