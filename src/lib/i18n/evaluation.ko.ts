/** Korean messages of the evaluation list, the start form and the run's frame. */
export const evaluationKo = {
	stages: {
		pre: '사전 서비스',
		ivr: 'IVR',
		agent: '상담',
		'in-call': '기타 확인',
		'follow-ups': '후속 조치',
		review: '검토·확정'
	},
	stageNav: '평가 단계',
	progress: (answered: number, total: number) => `${answered}/${total}`,
	next: (stage: string) => `다음: ${stage}`,
	previous: (stage: string) => `이전: ${stage}`,
	loading: '평가를 불러오는 중…',
	notFound: '이 평가를 찾을 수 없습니다. 삭제되었거나 다른 기기의 주소일 수 있습니다.',
	loadFailed: (reason: string) => `평가를 불러오지 못했습니다: ${reason}`,
	saved: '저장됨',
	saving: '저장 중…',
	saveFailed: '저장하지 못했습니다. 입력한 내용은 화면에 남아 있으며 자동으로 다시 시도합니다.',
	retryNow: '지금 다시 시도',
	readOnlyFinal: '확정된 평가입니다. 수정하려면 검토·확정 단계에서 새 개정판을 만드세요.',
	readOnlyAwaiting: '후속 조치를 기다리는 평가입니다. 후속 조치만 기록할 수 있습니다.',
	readOnlyImported: '가져온 평가는 읽기 전용입니다.',
	status: {
		draft: '작성 중',
		'awaiting-follow-up': '후속 조치 대기',
		final: '확정'
	},
	channels: {
		phone: '전화',
		email: '이메일',
		chat: '채팅·웹',
		'sms-sns': 'SMS·SNS'
	},
	timeSlots: {
		morning: '오전',
		lunch: '점심',
		afternoon: '오후',
		evening: '저녁',
		night: '야간'
	}
} as const;
