/** `YYYY-MM-DD` as "12월 7일". */
function day(date: string): string {
	const [, m, d] = date.split('-');
	return `${Number(m)}월 ${Number(d)}일`;
}

/** Korean messages of the shopper's assignments: the list, starting from one, the script. */
export const assignmentsKo = {
	title: '내 배정',
	homeLink: '내 배정',
	homeOpen: (n: number) => (n > 0 ? `시작할 배정 ${n}건` : '시작할 배정 없음'),
	loading: '배정을 불러오는 중…',
	loadFailed: (reason: string) => `배정을 불러오지 못했습니다: ${reason}`,
	emptyTitle: '배정이 없습니다',
	emptyBody:
		'코디네이터가 팀 서버에서 배정한 평가가 동기화 후 여기에 표시됩니다. 배정이 보이지 않으면 인터넷에 연결된 상태에서 홈 화면의 "지금 동기화"를 눌러 주세요. 한 번 받은 배정은 오프라인에서도 볼 수 있습니다.',
	open: '시작할 배정',
	started: '진행 중',
	done: '완료',
	status: { open: '대기', started: '진행 중', done: '완료' },
	mark: { before: '시작 전', within: '', 'due-soon': '기한 임박', overdue: '기한 지남' },
	noScenario: '시나리오 없음',
	unknownCenter: '이 기기에 없는 캠페인',
	window: (from: string, to: string) => (from === to ? day(from) : `${day(from)} ~ ${day(to)}`),
	start: '시작',
	openEvaluation: '평가 열기',
	cachedAt: (when: string) => `배정 정보 기준: ${when}`,
	// Starting an evaluation from an assignment.
	fromTitle: '배정에서 시작',
	notFound: '이 배정을 이 기기에서 찾을 수 없습니다. 동기화한 뒤 다시 열어 주세요.',
	campaignMissing: '이 배정의 캠페인이 이 기기에 없습니다. 동기화한 뒤 다시 시도해 주세요.',
	alreadyStarted: '이 배정으로 시작한 평가가 이미 있습니다.',
	outsideWindow: (from: string, to: string) =>
		`오늘은 배정 기간(${from === to ? day(from) : `${day(from)} ~ ${day(to)}`})이 아닙니다.`,
	otherSlot: (assigned: string, now: string) =>
		`배정 시간대는 ${assigned}인데 지금은 ${now}입니다.`,
	confirmOutside: '배정과 다르게 진행하는 것을 확인했습니다',
	confirmNeeded: '배정과 다른 점을 확인해 주세요.',
	slotFromAssignment: '배정의 시간대로 정했습니다. 바꿀 수 있습니다.',
	// The scenario during the run.
	scenario: '시나리오',
	script: '고객 대사',
	correctAnswer: '정답',
	correctAnswerFor: '시나리오 정답 (잘못된 정보 판단 기준)'
} as const;
