/**
 * The campaign editor's fields as plain strings (what inputs hold), turned into a validated
 * Campaign by the domain's own parser, so the form accepts exactly what storage accepts.
 */
import { isEmailAddress, isPhoneNumber, isWebAddress } from '$lib/domain/contact';
import {
	CURRENT_SCHEMA_VERSION,
	defaultTemplate,
	parseCampaign,
	type Campaign,
	type CenterChannel
} from '$lib/domain/record';
import { settings } from './settings.svelte';

export interface ChannelRow {
	key: string;
	kind: CenterChannel['kind'];
	name: string;
	address: string;
}

/** What a number input holds: a number once typed, '' or null when empty. */
type NumberField = string | number | null;

const lines = (text: string) =>
	text
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean);

export class CampaignForm {
	name = $state('');
	phoneNumbers = $state('');
	email = $state('');
	web = $state('');
	channels = $state<ChannelRow[]>([]);
	emailStandardHours = $state<NumberField>('');
	pass = $state<NumberField>('80');
	excellent = $state<NumberField>('90');
	allowPartial = $state(true);
	criticalMode = $state<Campaign['template']['criticalMode']>('flag');
	maxMenuDepth = $state<NumberField>('3');
	maxGreetingSeconds = $state<NumberField>('15');
	serviceLevelSeconds = $state<NumberField>('20');
	callbackToleranceMinutes = $state<NumberField>('15');
	/** Error messages by field path (e.g. `center.name`, `template.thresholds.pass`). */
	errors = $state<Record<string, string>>({});
	#base: Campaign | undefined;

	constructor(existing?: Campaign) {
		this.#base = existing;
		const t = existing?.template ?? defaultTemplate();
		if (existing) {
			this.name = existing.center.name;
			this.phoneNumbers = existing.center.phoneNumbers.join('\n');
			this.email = existing.center.email ?? '';
			this.web = existing.center.web ?? '';
			this.channels = existing.center.channels.map((c) => ({
				key: crypto.randomUUID(),
				kind: c.kind,
				name: c.name,
				address: c.address ?? ''
			}));
			this.emailStandardHours = existing.emailAnswerStandardHours?.toString() ?? '';
		}
		this.pass = String(t.thresholds.pass);
		this.excellent = String(t.thresholds.excellent);
		this.allowPartial = t.allowPartial;
		this.criticalMode = t.criticalMode;
		this.maxMenuDepth = String(t.ivr.maxMenuDepth);
		this.maxGreetingSeconds = String(t.ivr.maxGreetingSeconds);
		this.serviceLevelSeconds = String(t.ivr.serviceLevelSeconds);
		this.callbackToleranceMinutes = String(t.followUp.callbackToleranceMinutes);
	}

	addChannel(): void {
		this.channels.push({ key: crypto.randomUUID(), kind: 'chat', name: '', address: '' });
	}

	removeChannel(key: string): void {
		this.channels = this.channels.filter((c) => c.key !== key);
	}

	/** Builds and validates the campaign; on failure fills `errors` and returns undefined. */
	build(now: number): Campaign | undefined {
		const base = this.#base;
		const t = base?.template ?? defaultTemplate();
		const num = (v: NumberField) =>
			v === null || String(v).trim() === '' ? Number.NaN : Number(v);
		const changedTemplate = {
			...t,
			allowPartial: this.allowPartial,
			criticalMode: this.criticalMode,
			thresholds: { pass: num(this.pass), excellent: num(this.excellent) },
			ivr: {
				...t.ivr,
				maxMenuDepth: num(this.maxMenuDepth),
				maxGreetingSeconds: num(this.maxGreetingSeconds),
				serviceLevelSeconds: num(this.serviceLevelSeconds)
			},
			followUp: { ...t.followUp, callbackToleranceMinutes: num(this.callbackToleranceMinutes) }
		};
		const templateChanged = JSON.stringify(changedTemplate) !== JSON.stringify(t);
		const candidate = {
			schemaVersion: CURRENT_SCHEMA_VERSION,
			id: base?.id ?? crypto.randomUUID(),
			center: {
				name: this.name.trim(),
				phoneNumbers: lines(this.phoneNumbers),
				email: this.email.trim() || undefined,
				web: this.web.trim() || undefined,
				channels: this.channels.map((c) => ({
					kind: c.kind,
					name: c.name.trim(),
					address: c.address.trim() || undefined
				}))
			},
			emailAnswerStandardHours:
				this.emailStandardHours === null || String(this.emailStandardHours).trim() === ''
					? undefined
					: num(this.emailStandardHours),
			template: templateChanged ? { ...changedTemplate, version: t.version + 1 } : t,
			createdAt: base?.createdAt ?? now,
			updatedAt: now
		};
		const parsed = parseCampaign(candidate);
		const errors = this.#contactErrors(candidate.center);
		if (parsed.ok && Object.keys(errors).length === 0) {
			this.errors = {};
			return parsed.value;
		}
		if (!parsed.ok) {
			for (const e of parsed.errors) {
				// One box holds all phone numbers: an error on any line belongs to it.
				const path = e.path.startsWith('center.phoneNumbers') ? 'center.phoneNumbers' : e.path;
				errors[path] ??= e.message;
			}
		}
		this.errors = errors;
		return undefined;
	}

	/**
	 * The record's schema only bounds lengths (imports may carry anything); what a person types
	 * here must also be usable: one plain e-mail address, phone numbers, an http(s) address.
	 */
	#contactErrors(center: { phoneNumbers: string[]; email?: string; web?: string }) {
		const t = settings.t.campaigns;
		const errors: Record<string, string> = {};
		const badPhone = center.phoneNumbers.find((p) => !isPhoneNumber(p));
		if (badPhone !== undefined) errors['center.phoneNumbers'] = t.phoneInvalid(badPhone);
		if (center.email !== undefined && !isEmailAddress(center.email)) {
			errors['center.email'] = t.emailInvalid;
		}
		if (center.web !== undefined && !isWebAddress(center.web)) errors['center.web'] = t.webInvalid;
		return errors;
	}
}
