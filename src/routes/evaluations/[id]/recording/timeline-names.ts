/** How an event of the recording's timeline is named on its row and on the waveform. */
import type { IvrEvent } from '$lib/domain/record';
import type { Messages } from '$lib/i18n';

/** "상담사 연결", "메뉴 1". */
export function timelineName(e: Pick<IvrEvent, 'type' | 'key'>, t: Messages['ivr']): string {
	return e.type === 'menu' && e.key !== undefined ? t.keypad.key(e.key) : t.events[e.type];
}
