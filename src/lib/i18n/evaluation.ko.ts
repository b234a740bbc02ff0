import { termLabels } from '../domain/scoring/labels';

/** Korean messages of the evaluation list, the start form and the run's frame. */
export const evaluationKo = {
	start: {
		title: '새 평가',
		campaign: '캠페인 (센터)',
		noCampaigns: '먼저 평가할 센터를 캠페인으로 등록하세요.',
		addCampaign: '캠페인 추가',
		channel: '채널',
		scenario: '시나리오',
		scenarioHint: '예: 카드 분실 신고, 요금 문의',
		evaluator: '평가자',
		evaluatorHint: '이 기기에 기억됩니다.',
		timeSlot: '시간대',
		timeSlotHint: '지금 시각으로 정했습니다. 바꿀 수 있습니다.',
		begin: '평가 시작',
		required: '필수 항목입니다.',
		failed: (reason: string) => `평가를 만들지 못했습니다: ${reason}`
	},
	list: {
		newEvaluation: '새 평가',
		filterAll: '전체',
		score: (n: string) => `${n}점`,
		noScore: '점수 없음',
		incomplete: (n: number) => `미응답 ${n}`,
		critical: (n: number) => `핵심 미충족 ${n}`,
		imported: '가져옴',
		trust: { unsigned: '서명 없음', altered: '변경된 파일', 'unknown-signer': '모르는 서명자' },
		revision: (n: number) => `개정판 ${n}`,
		delete: '삭제',
		deleteLabel: (what: string) => `${what} 삭제`,
		deleted: '평가를 삭제했습니다.',
		undo: '되돌리기',
		deleteFailed: (reason: string) => `삭제하지 못했습니다: ${reason}`,
		corrupt: (n: number) => `손상된 기록 ${n}건은 표시하지 않았습니다.`,
		verdicts: termLabels.ko.verdict,
		confirmFinal:
			'확정된 평가를 삭제하면 되돌릴 수 없습니다. 삭제 직후 몇 초 동안만 "되돌리기"로 복구할 수 있고, 사진도 함께 지워집니다.',
		confirmImported:
			'가져온 평가를 삭제하면 되돌릴 수 없습니다. 삭제 직후 몇 초 동안만 "되돌리기"로 복구할 수 있고, 사진도 함께 지워집니다.',
		confirmDelete: '삭제 확인',
		cancelDelete: '취소',
		confirmDraft:
			'이 평가와 사진을 삭제합니다. 삭제 직후 몇 초 동안 "되돌리기"로 복구할 수 있습니다.',
		occurred: (at: string) => `상담 일시 ${at}`,
		updated: (at: string) => `수정 ${at}`,
		filterLabel: '상태별 보기'
	},
	stages: {
		pre: '사전 서비스',
		ivr: 'IVR',
		agent: '상담',
		'in-call': '기타 확인',
		'follow-ups': '후속 조치',
		review: '검토·확정'
	},
	stageNav: '평가 단계',
	pagerNav: '이전·다음 단계',
	scorecardLink: '평가표 보기·내보내기',
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
	readOnlyAwaiting: '후속 조치 대기 중인 평가입니다. 후속 조치만 기록할 수 있습니다.',
	readOnlyImported: '가져온 평가는 읽기 전용입니다.',
	status: termLabels.ko.status,
	channels: termLabels.ko.channel,
	timeSlots: termLabels.ko.timeSlot,
	penElsewhere: '다른 탭에서 이 평가를 편집 중입니다. 이 탭에서는 볼 수만 있습니다.',
	penTaken:
		'다른 탭에서 이 평가를 편집 중입니다. 이 탭에서 입력한 내용은 저장했고, 이제 볼 수만 있습니다.',
	penTake: '여기서 편집',
	penTaking: '편집을 넘겨받는 중…',
	readOnlyHere: '읽기 전용',
	notSaved: '저장 안 됨'
} as const;
