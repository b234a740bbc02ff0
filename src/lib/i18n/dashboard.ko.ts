/** Korean messages of the dashboard screens. */
export const dashboardKo = {
	title: '캠페인 대시보드',
	titleOf: (center: string) => `${center} 대시보드`,
	loading: '평가를 불러오는 중…',
	notFoundTitle: '캠페인을 찾을 수 없습니다',
	notFoundBody: '삭제되었거나 주소가 잘못되었습니다. 저장된 다른 데이터는 그대로 있습니다.',
	loadFailed: (reason: string) => `대시보드를 불러오지 못했습니다: ${reason}`,
	chartFailed: (reason: string) =>
		`그래프를 그리지 못했습니다: ${reason}. 표로 보기는 계속 쓸 수 있습니다.`,
	backToReports: '보고서로',
	emptyTitle: '아직 평가가 없습니다',
	emptyBody:
		'이 캠페인의 평가를 확정하면 점수, 합격률, 상담사 연결 시간과 항목별 준수율이 여기에 표시됩니다. 작성 중인 평가는 통계에 넣지 않습니다.',
	noMatch: '필터에 맞는 채점된 평가가 없습니다. 필터를 바꾸거나 초기화하세요.',
	scope: (scored: number) =>
		`확정·후속 조치 대기 평가 ${scored}건 기준. 작성 중인 평가는 통계에서 뺍니다.`,
	filters: {
		title: '필터',
		period: '기간',
		from: '시작일',
		to: '종료일',
		channel: '채널',
		timeSlot: '시간대',
		evaluator: '평가자',
		reset: '필터 초기화',
		active: (n: number) => `필터 ${n}개 적용 중`,
		show: '필터 펼치기',
		hide: '필터 접기'
	},
	figures: {
		title: '주요 지표',
		evaluations: '평가',
		evaluationsValue: (n: number) => `${n}건`,
		byStatus: (final: number, awaiting: number, draft: number) =>
			`확정 ${final} · 후속 조치 대기 ${awaiting} · 작성 중 ${draft}`,
		mean: '평균 점수',
		points: (x: string) => `${x}점`,
		spread: (sd: string, min: string, max: string, median: string, n: number) =>
			`표준편차 ${sd} · 범위 ${min}–${max} · 중앙값 ${median} (n=${n})`,
		agentTotal: '상담 총점 평균 (참고 2)',
		passRate: '합격률',
		passRateHint: (pass: number) => `${pass}점 이상`,
		timeToAgent: '상담사 연결 시간',
		timeToAgentValue: (median: string) => `중앙값 ${median}초`,
		timeToAgentDetail: (p90: string, n: number) => `90번째 백분위 ${p90}초 (n=${n})`,
		serviceLevel: (seconds: number) => `${seconds}초 이내 연결`,
		serviceLevelHint: 'IVR에서 끊긴 통화는 미연결로 셉니다.',
		callback: '콜백 준수율',
		email: '이메일 답변 준수율',
		pending: (n: number) => `대기 ${n}건 제외`,
		unknownStandard: (n: number) => `답변 기준 미공개 ${n}건 제외`,
		critical: '핵심 결함률',
		criticalHint: '핵심 항목(B1-06, B1-07 등)에 답한 평가 중 미충족이 있는 비율',
		rate: (pct: string, n: number, low: string, high: string) =>
			`${pct} % (n=${n}, 95 % 구간 ${low}–${high} %)`,
		none: '–',
		reasons: {
			noScored: '채점된 평가가 없습니다',
			noTimes: '연결 시간이 기록된 통화가 없습니다',
			noCalls: '연결 여부를 알 수 있는 통화가 없습니다',
			noCallbacks: '판정된 콜백이 없습니다',
			noEmails: '판정된 이메일 문의가 없습니다',
			noCritical: '핵심 항목에 답한 평가가 없습니다',
			noAgent: '상담 항목에 답한 평가가 없습니다'
		}
	},
	charts: {
		showTable: '표로 보기',
		loading: '그래프를 준비하는 중…',
		percent: '준수율 (%)',
		interval: '95 % 구간',
		n: 'n',
		noData: '자료 없음',
		sections: '영역별 준수율',
		sectionsSummary: (parts: string) => `영역별 준수율: ${parts}`,
		sectionLabels: {
			pre: '사전 서비스',
			ivr: 'IVR',
			agent: '상담 (참고 2)',
			other: '기타 서비스',
			post: '사후 서비스',
			in: '서비스 전체'
		},
		area: '영역',
		stages: '상담 단계별 준수율',
		stagesSummary: (worst: string) => `상담 11단계 준수율. 가장 낮은 단계: ${worst}`,
		stage: '단계',
		checks: '항목별 준수율 (낮은 순)',
		checksSummary: (n: number, worst: string) =>
			`${n}개 항목 준수율, 낮은 순. 가장 낮은 항목: ${worst}`,
		check: '항목',
		notMet: '미충족',
		showAllChecks: (n: number) => `${n}개 항목 모두 그래프로 보기`,
		showWorstChecks: (n: number) => `낮은 ${n}개 항목만 보기`,
		trend: '평균 점수 추이',
		trendSummary: (unit: string, n: number, last: string) =>
			`${unit}별 평균 점수, ${n}개 기간. 마지막 기간 평균 ${last}점`,
		week: '주',
		month: '월',
		period: '기간',
		meanScore: '평균 점수',
		count: '평가 수',
		tta: '상담사 연결 시간 분포',
		ttaSummary: (n: number, within: number, seconds: number, lost: number) =>
			`연결된 통화 ${n}건 중 ${within}건이 ${seconds}초 이내. 연결 안 된 통화 ${lost}건`,
		ttaThreshold: (seconds: number) => `${seconds}초 이내 (서비스 레벨 기준)`,
		ttaOver: (seconds: number) => `${seconds}초 초과`,
		ttaBin: (from: number, to: number) => `${from}–${to}초`,
		ttaOverflow: (from: number) => `${from}초 초과`,
		ttaLost: '연결 안 됨',
		calls: '통화 수',
		bin: '구간'
	},
	comparison: {
		title: '캠페인 비교',
		caption: '같은 기간·채널·시간대 필터를 적용한 캠페인별 결과 (평가자 필터 제외)',
		center: '센터',
		n: 'n',
		mean: '평균',
		passRate: '합격률',
		tta: '연결 중앙값',
		serviceLevel: '서비스 레벨',
		critical: '핵심 결함률',
		current: '(현재)',
		seconds: (x: string) => `${x}초`
	}
} as const;
