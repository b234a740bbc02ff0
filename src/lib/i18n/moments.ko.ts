/**
 * Korean messages of the call player on the run screens, a check's moments, the moment players
 * of the scorecard, the review and disputes, and a dispute's stretch of the call.
 */
export const momentsKo = {
	player: '통화 녹음',
	play: '재생',
	pause: '일시 정지',
	back5: '5초 뒤로',
	back5Short: '−5초',
	seek: '재생 위치',
	loading: '녹음을 여는 중…',
	time: (now: string, total: string) => `${now} / ${total}`,
	/** Why a recording cannot be played here. */
	unavailable: {
		expired: '보존 기간이 지나 녹음을 삭제했습니다',
		offline: '오프라인이라 녹음을 받을 수 없습니다',
		'not-allowed': '이 녹음을 들을 권한이 없습니다',
		missing: '이 기기에 녹음이 없습니다',
		unplayable: '이 녹음을 재생할 수 없습니다'
	},
	bind: '이 순간',
	bindHint: (check: string) => `지금 재생 위치 ±5초를 ${check}의 근거로 연결합니다`,
	bindFailed: (reason: string) => `구간을 연결하지 못했습니다: ${reason}`,
	moments: '녹음 구간',
	playRange: (range: string) => `${range} 재생`,
	stopRange: (range: string) => `${range} 정지`,
	adjust: '조정',
	adjustLabel: (range: string) => `${range} 조정`,
	remove: '삭제',
	removeLabel: (range: string) => `${range} 구간 삭제`,
	startEarlier: '시작 −1초',
	startLater: '시작 +1초',
	endEarlier: '끝 −1초',
	endLater: '끝 +1초',
	/** The range as the print view shows it. */
	printed: (range: string) => `녹음 구간 ${range}`,
	dispute: {
		range: '이의 구간 (선택)',
		rangeHint: '센터 녹음이 아니라 평가자 녹음 기준 시각입니다. 예: 1:05 – 1:20',
		from: '시작 (분:초)',
		to: '끝 (분:초)',
		badClock: '시각은 분:초로 입력해 주세요 (예: 1:05).',
		needBoth: '이의 구간은 시작과 끝을 모두 입력해 주세요.',
		endAfterStart: '이의 구간의 끝은 시작보다 뒤여야 합니다.',
		tooLong: '이의 구간이 녹음 최대 길이(1시간)를 넘습니다.',
		disputedRange: (range: string) => `이의 구간 ${range}`,
		checkMoments: '이 항목의 녹음 구간',
		noRecording: '이 기기에 이 평가의 녹음이 없습니다. 동기화 후 다시 열어 주세요.',
		share: '센터와 공유',
		shareLabel: (range: string) => `${range} 센터와 공유`,
		sharing: '공유하는 중…',
		shared: '공유함',
		shareFailed: (reason: string) => `공유하지 못했습니다: ${reason}`,
		clips: '센터와 공유한 구간',
		clip: (range: string) => `공유된 구간 ${range}`,
		sharedBy: (who: string, when: string) => `${who} · ${when}`
	}
} as const;
