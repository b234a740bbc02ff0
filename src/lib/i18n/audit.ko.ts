/** Korean messages of the audit screens. */
export const auditKo = {
	title: '인증 심사',
	loading: '심사 자료를 불러오는 중…',
	notFound: '캠페인을 찾을 수 없습니다. 삭제되었거나 주소가 잘못되었습니다.',
	loadFailed: (reason: string) => `심사 자료를 불러오지 못했습니다: ${reason}`,
	backToCampaigns: '캠페인 목록으로',
	print: '인쇄',
	auditor: '심사원',
	auditorHint: '보고서에 인쇄되는 심사원 이름',
	basis: (final: number) => `확정된 평가 ${final}건을 근거로 합니다.`,
	excluded: (draft: number, awaiting: number) =>
		`임시 저장 ${draft}건, 후속 조치 대기 ${awaiting}건은 제외했습니다.`,
	noFinal: '확정된 평가가 없습니다. 체크리스트와 사업장 심사는 그대로 작성할 수 있습니다.',
	saving: '저장 중…',
	saved: '저장됨',
	saveFailed: '저장하지 못했습니다. 입력한 내용은 화면에 남아 있으며 자동으로 다시 시도합니다.',
	retryNow: '지금 다시 시도',
	noteFailed: (reason: string) => `비고를 저장하지 못했습니다: ${reason}`,
	sectionsLabel: '심사 구분',
	tabs: {
		service: '서비스 심사기준',
		checklist: '진단용 체크리스트',
		site: '사업장 심사기준'
	},
	progress: (done: number, total: number) => `${done}/${total}`,
	verdicts: { 적합: '적합', 부적합: '부적합', 관찰: '관찰' },
	verdictGroup: (item: string) => `${item} 판정`,
	clear: '지우기',
	note: '비고',
	service: {
		heading: '2. 서비스 심사기준',
		intro:
			'평가 결과로 제안된 판정을 참고해 심사원이 직접 판정합니다. 미리 선택된 판정은 없습니다.',
		clauses: (list: string) => `KS S 1006 ${list}`,
		evidence: '평가 근거',
		noEvaluations: '평가 없음',
		noAnswers: '해당 응답 없음',
		answers: (n: number) => `응답 ${n}건`,
		compliance: (rate: string, low: string, high: string) =>
			`준수율 ${rate} (95% 신뢰구간 ${low}–${high})`,
		notMet: (n: number) => `미충족 ${n}건`,
		critical: (n: number) => `치명적 결함 ${n}건`,
		worst: '준수율이 낮은 항목',
		worstRate: (rate: string, notMet: number, n: number) => `${rate} (미충족 ${notMet}/${n})`,
		suggested: '제안 판정',
		confirmed: '확정 판정',
		notConfirmed: '미확정',
		differs: '제안과 다름',
		noteNeedsVerdict: '판정을 선택하면 비고를 적을 수 있습니다.'
	},
	checklist: {
		heading: '참고 1 진단용 체크리스트',
		intro: '모든 확인사항을 O/X로 표시합니다. 미리 채워진 값은 없습니다. 평가 결과는 참고용입니다.',
		auditorOnly: '심사원 확인',
		hint: (n: number, rate: string) => `평가 ${n}건 중 충족 ${rate}`,
		hintNone: '평가 응답 없음',
		agentRef: '참고 2 상담사 평가표의 총점으로 확인합니다.',
		agentTotal: (mean: string, n: number) => `상담사 총점 평균 ${mean}점 (평가 ${n}건)`,
		agentSpread: (median: string, min: string, max: string) =>
			`중앙값 ${median} · 최저 ${min} · 최고 ${max}`,
		agentNone: '상담사 총점 없음 (확정 평가 없음)',
		column: {
			item: '평가항목',
			content: '평가내용',
			check: '확인사항',
			ox: 'O/X',
			note: '비고'
		}
	},
	site: {
		heading: '1. 사업장 심사기준',
		intro: '사업장에서 심사사항마다 심사기준을 확인하고 판정합니다.',
		criterion: '심사기준',
		noClause: 'KS S 1006 전반'
	},
	report: {
		title: 'KS S 1006 서비스 인증 심사 보고서',
		center: '센터',
		auditor: '심사원',
		date: '작성일',
		catalog: '심사기준',
		catalogValue: (date: string, revision: number) =>
			`KS S 1006 인증심사기준 (${date} 제정) · 카탈로그 개정 ${revision}`,
		basis: '근거 평가',
		basisValue: (final: number, excluded: number) =>
			`확정 평가 ${final}건 (미확정 ${excluded}건 제외)`,
		summary: '판정 요약',
		summaryValue: (service: string, checklist: string, site: string) =>
			`서비스 ${service} · 체크리스트 ${checklist} · 사업장 ${site}`,
		unnamed: '(미기재)',
		serviceTable: '2. 서비스 심사기준',
		checklistTable: '참고 1 진단용 체크리스트',
		siteTable: '1. 사업장 심사기준',
		col: {
			item: '심사사항',
			criterion: '심사기준',
			evidence: '평가 근거',
			suggested: '제안 판정',
			confirmed: '확정 판정',
			note: '비고',
			verdict: '판정'
		},
		appendix: '부록. 3. 인증의 표시 방법',
		place: '표시 장소',
		method: '표시 방법',
		contents: '표시 내용',
		classification: '서비스 인증 구분',
		standardNo: '한국산업표준(KS) 번호',
		standardName: '한국산업표준(KS) 명',
		grade: '종류 또는 등급'
	}
} as const;
