/**
 * The campaign dashboard's filters: period (Seoul dates), channels, time slots, evaluators.
 * The URL query is their shareable form (`?from=2025-09-01&channel=phone&slot=lunch`); the
 * page writes `search` back to the address after each change.
 */
import type { AggregateFilter } from '$lib/domain/aggregate';
import {
	channels as allChannels,
	seoulLocalToEpoch,
	timeSlots as allSlots,
	type Channel,
	type TimeSlot
} from '$lib/domain/record';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DAY_MS = 86_400_000;

const isChannel = (v: string): v is Channel => (allChannels as readonly string[]).includes(v);
const isSlot = (v: string): v is TimeSlot => (allSlots as readonly string[]).includes(v);

/** Toggles `value` in `list`, keeping the canonical order of `order` (stable URLs). */
function toggled<T extends string>(list: readonly T[], value: T, order: readonly T[]): T[] {
	const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
	return order.filter((v) => next.includes(v));
}

const param = (key: string, value: string) =>
	`${encodeURIComponent(key)}=${encodeURIComponent(value)}`;

export class DashboardFilters {
	#from = $state('');
	#to = $state('');
	#channels = $state.raw<Channel[]>([]);
	#timeSlots = $state.raw<TimeSlot[]>([]);
	#evaluators = $state.raw<string[]>([]);

	#filter = $derived.by((): AggregateFilter => {
		const f: AggregateFilter = {};
		if (this.#from) f.from = seoulLocalToEpoch(this.#from, '00:00');
		// Inclusive end of the Seoul day.
		if (this.#to) f.to = seoulLocalToEpoch(this.#to, '00:00') + DAY_MS - 1;
		if (this.#channels.length) f.channels = this.#channels;
		if (this.#timeSlots.length) f.timeSlots = this.#timeSlots;
		if (this.#evaluators.length) f.evaluators = this.#evaluators;
		return f;
	});

	#search = $derived.by(() => {
		const parts: string[] = [];
		if (this.#from) parts.push(param('from', this.#from));
		if (this.#to) parts.push(param('to', this.#to));
		for (const c of this.#channels) parts.push(param('channel', c));
		for (const s of this.#timeSlots) parts.push(param('slot', s));
		for (const e of this.#evaluators) parts.push(param('evaluator', e));
		return parts.join('&');
	});

	constructor(params?: URLSearchParams) {
		if (params) this.load(params);
	}

	/** Reads filters from a URL query, ignoring unknown or malformed values. */
	load(params: URLSearchParams): void {
		const date = (v: string | null) => (v && DATE.test(v) ? v : '');
		this.#from = date(params.get('from'));
		this.#to = date(params.get('to'));
		const chans = params.getAll('channel').filter(isChannel);
		this.#channels = allChannels.filter((c) => chans.includes(c));
		const slots = params.getAll('slot').filter(isSlot);
		this.#timeSlots = allSlots.filter((s) => slots.includes(s));
		const names = params.getAll('evaluator').filter((e) => e.trim() !== '');
		this.#evaluators = names.filter((e, i) => names.indexOf(e) === i);
	}

	/** `YYYY-MM-DD` (Seoul) or ''. */
	get from(): string {
		return this.#from;
	}
	get to(): string {
		return this.#to;
	}
	get channels(): readonly Channel[] {
		return this.#channels;
	}
	get timeSlots(): readonly TimeSlot[] {
		return this.#timeSlots;
	}
	get evaluators(): readonly string[] {
		return this.#evaluators;
	}

	/** The aggregate filter these choices stand for. */
	get filter(): AggregateFilter {
		return this.#filter;
	}

	/** The filter without evaluators: what applies across campaigns in a comparison. */
	get sharedFilter(): AggregateFilter {
		const { evaluators: _evaluators, ...rest } = this.#filter;
		return rest;
	}

	/** The URL query (without '?'), '' when nothing is filtered. */
	get search(): string {
		return this.#search;
	}

	/** How many kinds of filter are set (period counts once). */
	get activeCount(): number {
		return (
			(this.#from || this.#to ? 1 : 0) +
			(this.#channels.length ? 1 : 0) +
			(this.#timeSlots.length ? 1 : 0) +
			(this.#evaluators.length ? 1 : 0)
		);
	}

	setFrom(date: string): void {
		this.#from = DATE.test(date) ? date : '';
	}

	setTo(date: string): void {
		this.#to = DATE.test(date) ? date : '';
	}

	toggleChannel(channel: Channel): void {
		this.#channels = toggled(this.#channels, channel, allChannels);
	}

	toggleTimeSlot(slot: TimeSlot): void {
		this.#timeSlots = toggled(this.#timeSlots, slot, allSlots);
	}

	/** Toggles an evaluator; `known` gives the display order. */
	toggleEvaluator(name: string, known: readonly string[]): void {
		this.#evaluators = toggled(this.#evaluators, name, [
			...known,
			...this.#evaluators.filter((e) => !known.includes(e))
		]);
	}

	reset(): void {
		this.#from = '';
		this.#to = '';
		this.#channels = [];
		this.#timeSlots = [];
		this.#evaluators = [];
	}
}
