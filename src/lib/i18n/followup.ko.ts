/** Korean messages of the follow-up screens (callbacks, e-mail answers, the follow-up tab). */
export const followupKo = {
	title: '후속 조치',
	readOnly: '다른 기기에서 가져온 평가라 후속 조치를 여기서 기록하지 않습니다.',
	kinds: { callback: '콜백', email: '이메일 답변' },
	via: { web: '홈페이지', ivr: 'ARS', agent: '상담사' },
	status: {
		pending: '대기 중',
		met: '충족',
		'not-met': '미충족',
		'unknown-standard': '답변 기준 미등록'
	},
	callback: {
		title: '콜백 요청',
		via: '요청 경로',
		requestedAt: '요청 시각',
		reserved: '시간 예약',
		noSlot: (h: number) => `예약 없음 (${h}시간 안에 와야 함)`,
		withSlot: (m: number) => `시간 예약 (±${m}분)`,
		reservedAt: '예약 시각',
		add: '콜백 요청 기록'
	},
	email: {
		title: '이메일 문의',
		sentAt: '보낸 시각',
		standard: (h: number) => `센터 답변 기준: ${h}시간`,
		noStandard: '이 센터의 이메일 답변 기준이 등록되지 않아 충족 여부를 판단할 수 없습니다.',
		add: '이메일 문의 기록'
	},
	timeZoneHint: (zone: string) => `시간대: ${zone}`,
	invalidTime: '시각을 입력하세요.',
	list: '요청 목록',
	empty: '기록한 콜백이나 이메일 문의가 없습니다.',
	requested: (at: string) => `요청 ${at}`,
	reservedFor: (at: string) => `예약 ${at}`,
	sent: (at: string) => `보냄 ${at}`,
	deadline: (at: string) => `기한 ${at}`,
	window: (from: string, to: string) => `약속 시간 ${from} ~ ${to}`,
	noDeadline: '기한 없음',
	remaining: (clock: string) => `${clock} 남음`,
	remainingLabel: (words: string) => `기한까지 ${words} 남음`,
	respondedAt: (at: string) => `받음 ${at}`,
	received: { callback: '콜백 받음', email: '답변 받음' },
	receivedAt: '받은 시각',
	save: '저장',
	cancel: '취소',
	clearResponse: '받음 취소',
	remove: '삭제',
	removeConfirm: '잘못 기록한 요청을 삭제할까요?',
	removeYes: '삭제하기',
	checks: '후속 조치 확인사항',
	noChecks: '이 평가에서 후속 조치 화면에 묻는 항목이 없습니다.',
	tab: {
		intro: '요청한 콜백과 이메일 문의의 답변 기한을 추적합니다. 기한이 지나면 미충족으로 바뀝니다.',
		loading: '불러오는 중…',
		loadFailed: (message: string) => `후속 조치를 불러오지 못했습니다: ${message}`,
		pending: '대기 중',
		emptyTitle: '대기 중인 후속 조치가 없습니다',
		emptyBody:
			'평가 중에 콜백이나 이메일 문의를 기록하면 기한까지 남은 시간과 함께 여기에 표시됩니다.',
		recent: '최근 결과 (7일)',
		open: (center: string) => `${center} 후속 조치 열기`,
		noScenario: '시나리오 없음',
		saveFailed: '저장하지 못했습니다. 잠시 후 다시 시도합니다.'
	},
	badge: (n: number) => `대기 ${n}건`,
	late: {
		hint: '평가가 이미 확정되어 새 개정판으로 기록합니다. 사유는 변경 기록에 남습니다.',
		reason: '개정 사유',
		reasonDefault: '후속 조치 늦게 기록',
		reasonRequired: '사유를 적어야 합니다.',
		save: '개정판으로 저장'
	},
	saveFailed: (reason: string) => `저장하지 못했습니다: ${reason}`,
	actualTimeHint: '콜백이나 답장이 실제로 온 시각을 적으세요. 늦게 적어도 됩니다.'
} as const;
