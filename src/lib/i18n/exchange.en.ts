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
		hint: "Signed files carry this device's key, so the receiver can tell whether they were changed.",
		nameWords: {
			title: 'Words that look like names',
			intro:
				'These words in the free text (notes, opinions) look like people’s names. Choose the ones to hide: they become Agent A, B … like the names.',
			formOf: (name: string, n: number) => `another way to write ${name} · ${n}×`,
			other: (n: number) => `may be another person’s name · ${n}×`,
			confirm: 'Hide the chosen words and export',
			cancel: 'Cancel'
		}
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
		updated: (n: number) => `update ${n} to a later version`,
		skipped: (n: number) => `skip ${n} with the same version`,
		older: (n: number) => `skip ${n} older than this device's version`,
		campaigns: (added: number, changed: number) =>
			`campaigns: ${added} new, ${changed} differ from this device's`,
		apply: 'Import',
		cancel: 'Cancel',
		applying: 'Importing…',
		doneTitle: 'Imported',
		failed: (reason: string) => `Could not import. Nothing stored was changed: ${reason}`,
		another: 'Import another file',
		tooLarge: (name: string, size: string, limit: string) =>
			`${name} is ${size}. Files up to ${limit} can be imported, so it was not read. Export the evaluations in smaller parts and import those.`,
		unsignedConfirm: 'I know this file is unsigned and import it anyway',
		signatureMissing:
			'This file has no signature. This app always signs files of this format, so the signature was removed: it is treated as altered.',
		conflicts: (n: number) =>
			`${n} conflicts: both versions are kept and shown side by side. You decide which stays.`,
		recordTrust: (n: number) =>
			`${n} evaluations already marked by the sender (unsigned or altered file): the mark stays.`,
		trustLabel: {
			verified: 'Signature verified',
			'unknown-signer': 'Unknown signer',
			unsigned: 'Unsigned',
			altered: 'Altered file'
		},
		signerTitle: 'The signing key changed',
		signerChange: (from: string, to: string | null) => `key ${from} → ${to ?? 'unsigned'}`,
		signerConfirm: 'I checked that the signing key changed and import anyway',
		campaignChanged: (name: string) => `Campaign "${name}" differs from this device's`,
		campaignCenter: (a: string, b: string) => `Center name: ${a} → ${b}`,
		campaignCenterDetails: 'The center contacts differ',
		campaignTemplate: (a: number, b: number, fields: string) =>
			`Scoring template v${a} → v${b}: ${fields}`,
		campaignEmailHours: (a: number | null, b: number | null) =>
			`E-mail answer standard: ${a ?? 'none'} → ${b ?? 'none'}`,
		campaignApply: 'Apply this campaign change (final evaluations keep their scores)',
		campaignKept: "Unless applied, this device's campaign stays as it is.",
		conflictsLink: 'Show conflicts',
		doneConflicts: (n: number) => `${n} kept as conflicts`
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
		imported: 'Imported',
		conflictsBadge: (n: number) => `${n} conflicts to resolve`
	},
	conflicts: {
		title: 'Conflicts',
		intro:
			'The same evaluation was edited in two places. Compare both versions side by side and decide which stays. Nothing is overwritten automatically.',
		none: 'No conflicts to resolve.',
		mine: 'This device',
		theirs: 'Received file',
		madeHere:
			'This evaluation was made on this device. The received content can only come in as edits made here.',
		missingLocal: 'This device does not hold this evaluation.',
		lastChange: (who: string, when: string) => `last change ${who} · ${when}`,
		version: (n: number) => `version ${n}`,
		signer: (fp: string) => `signing key ${fp}`,
		noSigner: 'unsigned',
		check: 'Check',
		opinion: 'Overall opinion',
		scenario: 'Scenario',
		agent: 'Agent',
		differs: 'differs',
		none2: '—',
		keepMine: "Keep this device's",
		takeTheirs: 'Take the received one',
		takeTheirAnswers: 'Apply the received answers as edits here',
		reason: "Resolving a conflict with another device's version",
		resolved: 'Conflict resolved.',
		failed: (reason: string) => `Could not resolve: ${reason}`,
		open: 'Open scorecard',
		server: 'Team server',
		otherDevice: 'another device',
		fromServer:
			'The team server holds another version of this evaluation. Whichever you keep is recorded on top of the server’s version; this device’s copy, if not kept, stays in this device’s conflict record.',
		takeServer: 'Use the server’s answers'
	}
};
