import type { Widen } from './messages';
import type { scorecardKo } from './scorecard.ko';

/** English messages of the scorecard screens. */
export const scorecardEn: Widen<typeof scorecardKo> = {
	title: 'scorecard'
};
