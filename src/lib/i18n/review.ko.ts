/** Review and release of evaluations: the coordinator's queue and panel, the shopper's return. */
export const reviewKo = {
	state: {
		'in-progress': '작성 중',
		waiting: '검토 대기',
		returned: '반려됨',
		approved: '승인됨',
		released: '공개됨'
	},
	/** The review state machine's stages (docs/programme.md "Review and release"). */
	stage: {
		draft: '작성 중',
		submitted: '검토 대기',
		returned: '반려됨',
		revised: '수정본 검토 대기',
		approved: '승인됨',
		released: '공개됨',
		disputed: '이의 제기 중',
		decided: '이의 결정됨'
	},
	panel: {
		title: '검토 및 공개',
		stateLabel: '검토 상태',
		notFinal: '확정된 평가만 검토할 수 있습니다.',
		approve: '승인',
		approving: '승인하는 중…',
		returnOpen: '반려…',
		returnTitle: '반려 의견',
		returnHint: '항목을 고르고 의견을 적으세요. 평가원의 휴대폰에 항목 옆에 보입니다.',
		checkLabel: (n: number) => `항목 ${n}`,
		wholeEvaluation: '평가 전체',
		commentLabel: (n: number) => `의견 ${n}`,
		addComment: '의견 추가',
		removeComment: '이 의견 삭제',
		sendReturn: '반려 보내기',
		returning: '보내는 중…',
		cancel: '취소',
		commentRequired: '의견을 하나 이상 적으세요.',
		releaseTitle: '센터 관리자에게 공개',
		releaseBody: '승인된 이 버전을 센터 관리자가 볼 수 있게 합니다.',
		releaseNow: '지금 공개',
		releaseOn: '날짜 지정',
		releaseDate: '공개 일시',
		releaseScheduled: '지정한 일시에 공개',
		releasing: '공개하는 중…',
		dateRequired: '공개 일시를 고르세요 (지금 이후, 1년 안).',
		released: (date: string) => `센터 관리자에게 공개됨 · ${date}`,
		scheduled: (date: string) => `${date}부터 센터 관리자에게 공개`,
		approvedNote: '승인되었습니다. 공개하면 센터 관리자가 볼 수 있습니다.',
		returnedNote: '반려되었습니다. 평가원이 수정해 다시 확정하면 검토 대기로 돌아옵니다.',
		waitingNote: '이 버전을 승인하거나 항목별 의견과 함께 반려하세요.',
		revisedNote: '반려 의견을 반영해 다시 확정한 버전입니다. 승인하거나 다시 반려하세요.',
		history: '검토 기록',
		noHistory: '아직 검토 기록이 없습니다.',
		now: '지금',
		version: (v: number) => `버전 ${v}`
	},
	events: {
		approved: '승인',
		returned: '반려',
		released: '공개',
		acknowledged: '확인(센터)'
	},
	who: (name: string, date: string) => `${name} · ${date}`,
	someone: '알 수 없는 사용자',
	offline: '이 작업은 인터넷 연결이 필요합니다. 아무것도 바뀌지 않았습니다.',
	errors: {
		forbidden: '이 캠페인의 코디네이터만 검토하고 공개할 수 있습니다. 아무것도 바뀌지 않았습니다.',
		versionChanged: '서버에 더 새로운 버전이 있습니다. 동기화한 뒤 다시 검토하세요.',
		notApproved: '승인된 버전만 공개할 수 있습니다.',
		awaitingRevision:
			'반려된 버전은 승인하거나 공개할 수 없습니다. 평가원이 수정해 다시 확정하면 검토할 수 있습니다. 아무것도 바뀌지 않았습니다.',
		alreadyApproved: '이 버전은 이미 승인되었습니다.',
		alreadyReleased: '이 버전은 이미 공개되었습니다.',
		notFinal: '확정된 평가만 검토하거나 공개할 수 있습니다.',
		other: (message: string) => `처리하지 못했습니다: ${message}`
	},
	queue: {
		title: '검토 대기열',
		link: '검토 대기열',
		linkCount: (n: number) => `검토 대기 ${n}건`,
		waiting: '검토 대기',
		returned: '반려됨 (수정 대기)',
		approved: '승인됨 (공개 전)',
		empty: '이 목록에 평가가 없습니다.',
		noCampaigns: '코디네이터로 참여한 팀 캠페인이 없습니다.',
		loading: '불러오는 중…',
		cachedNote: '이 휴대폰에 동기화된 평가와 검토 기록을 보여 줍니다.',
		open: '평가표 보기'
	},
	shopper: {
		returnedTitle: '반려됨 — 코디네이터 의견',
		returnedBy: (name: string, date: string) => `${name} · ${date}`,
		whole: '평가 전체',
		revise: '수정하기',
		revising: '여는 중…',
		reviseReason: (date: string) => `검토 반려(${date}) 의견 반영`,
		revisedNote: '새 개정판에서 의견을 반영한 뒤 다시 확정하고 동기화하세요.',
		commentTitle: '코디네이터 의견',
		commentOn: (checkId: string) => `${checkId} 항목에 대한 코디네이터 의견`,
		homeReturned: (n: number) => `반려된 평가 ${n}건 — 의견을 확인하고 수정하세요.`,
		failed: (message: string) => `수정을 시작하지 못했습니다: ${message}`
	}
};
