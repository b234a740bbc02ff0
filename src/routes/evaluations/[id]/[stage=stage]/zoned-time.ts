/**
 * `<input type="datetime-local">` values read and written in a chosen time zone (Asia/Seoul by
 * default), independent of the device's own zone, so a shopper abroad still enters Seoul times.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
	let f = formatters.get(timeZone);
	if (!f) {
		f = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit'
		});
		formatters.set(timeZone, f);
	}
	return f;
}

/** The zone's offset from UTC (ms) at instant `ms`. */
function offsetAt(ms: number, timeZone: string): number {
	const parts = partsFormatter(timeZone).formatToParts(ms);
	const get = (type: Intl.DateTimeFormatPartTypes) =>
		Number(parts.find((p) => p.type === type)?.value ?? 0);
	const wall = Date.UTC(
		get('year'),
		get('month') - 1,
		get('day'),
		get('hour'),
		get('minute'),
		get('second')
	);
	return wall - (ms - (((ms % 1000) + 1000) % 1000));
}

/** `YYYY-MM-DDTHH:MM` of instant `ms` in `timeZone`. */
export function toInputValue(ms: number, timeZone: string): string {
	return new Date(ms + offsetAt(ms, timeZone)).toISOString().slice(0, 16);
}

/** The instant an input value names in `timeZone`; null when the value is empty or malformed. */
export function fromInputValue(value: string, timeZone: string): number | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(value);
	if (!m) return null;
	const [, y, mo, d, h, mi, s] = m;
	const wall = Date.UTC(
		Number(y),
		Number(mo) - 1,
		Number(d),
		Number(h),
		Number(mi),
		Number(s ?? 0)
	);
	// Two passes settle the offset across a daylight-saving change.
	const guess = wall - offsetAt(wall, timeZone);
	return wall - offsetAt(guess, timeZone);
}
