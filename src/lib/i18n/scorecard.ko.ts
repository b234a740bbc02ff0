import { termLabels } from '../domain/labels';

const AKO = termLabels.ko.answer;

/** Korean messages of the scorecard screens. */
export const scorecardKo = {
	title: '평가표',
	loading: '평가표를 불러오는 중…',
	notFound: '이 평가를 찾을 수 없습니다. 삭제되었거나 다른 기기의 주소일 수 있습니다.',
	loadFailed: (reason: string) => `평가표를 불러오지 못했습니다: ${reason}`,
	print: '인쇄',
	printHint: '인쇄 창에서 "PDF로 저장"을 고르면 PDF 파일로 보관할 수 있습니다.',
	header: {
		title: '평가 정보',
		center: '센터',
		scenario: '평가 시나리오',
		channel: '채널',
		timeSlot: '시간대',
		evaluator: '평가자',
		status: '상태',
		revision: (n: number) => `개정판 ${n}`,
		revisionReason: (reason: string) => `개정 사유: ${reason}`,
		consultedAt: '상담 일시',
		createdAt: '작성 일시',
		origin: '출처',
		imported: '가져온 평가',
		importedAt: (at: string) => `${at}에 가져옴`,
		signer: (fingerprint: string) => `서명자 지문 ${fingerprint}`,
		unsigned: '서명 없음',
		rules: '적용 기준',
		catalog: (standard: string, date: string, revision: number) =>
			`${standard} 고객콘택트센터 서비스 · 기준일 ${date} · 항목표 개정 ${revision}`,
		template: (name: string, version: number) => `채점 기준: ${name} (버전 ${version})`,
		evaluationId: '평가 ID',
		noScenario: '(없음)',
		defaultTemplate: 'KS S 1006 미스터리 쇼핑 기본 기준'
	},
	verdict: {
		title: '평가 결과',
		overall: '종합 점수',
		points: (score: string) => `${score}점`,
		noScore: '점수 없음',
		noScoreReason: '해당 항목에 답한 것이 없어 점수를 낼 수 없습니다.',
		verdicts: termLabels.ko.verdict,
		thresholds: (pass: number, excellent: number) =>
			`판정 기준: 우수 ${excellent}점 이상, 합격 ${pass}점 이상, 그 밖은 불합격`,
		sectionsTitle: '구분별 점수',
		section: '구분',
		score: '점수',
		weight: '가중치',
		sections: { pre: '사전 서비스', in: '서비스', post: '사후 서비스' },
		inParts: { ivr: '자동응답(IVR)', agent: '상담 (참고 2 총점)', other: '기타 서비스 항목' },
		inPartsNote: '서비스 점수는 아래 세 부분의 가중 평균입니다.',
		agentTotal: '총점 (참고 2 상담사 확인사항)',
		notApplicable: '해당 없음',
		criticalTitle: '핵심 항목 미충족',
		criticalNone: '핵심 항목 미충족이 없습니다.',
		criticalFlagMode: '핵심 항목 미충족은 표시만 하며 점수는 그대로입니다.',
		failedByCritical: (uncapped: string) =>
			`핵심 항목 미충족으로 점수를 0점으로 처리했습니다. 처리 전 점수: ${uncapped}점`,
		incomplete: (n: number) => `미응답 ${n}개: 점수는 응답한 항목 기준`
	},
	marks: { ...termLabels.ko.answer, unanswered: termLabels.ko.unanswered },
	legend: `O ${AKO.met} · △ ${AKO.partial} · X ${AKO['not-met']} · N/A ${AKO.na} · – ${termLabels.ko.unanswered}`,
	overridden: (suggested: string) => `제안 무시 (제안: ${suggested})`,
	photos: (n: number) => `사진 ${n}장`,
	criticalTag: '핵심 항목',
	checklist: {
		title: '참고 1: 진단용 체크리스트',
		area: '평가항목',
		content: '평가내용',
		item: '확인사항',
		ox: 'O/X',
		remarks: '비고',
		refersToAgent: '참고 2 상담사 확인사항 표에서 평가합니다.',
		empty: '이 평가에 해당하는 체크리스트 항목이 없습니다.'
	},
	agent: {
		title: '참고 2: 상담사의 상담단계별 확인사항',
		category: '분류',
		stage: '항목',
		item: '확인 사항',
		result: '결과',
		remarks: '비고',
		stageScore: (score: string) => `단계 점수 ${score}`,
		total: '총점',
		opinion: '종합 의견',
		consultedAt: '상담 일시',
		consultedAtValue: (y: number, m: number, d: number, from: string, to: string) =>
			`${y}년 ${m}월 ${d}일 (${from} ~ ${to})`,
		agentStatus: '상담사 현황',
		name: '성명',
		team: '소속',
		anonymised: '익명 처리됨',
		blank: '(기록 없음)',
		empty: '이 평가에 해당하는 상담 확인사항이 없습니다.'
	},
	ivr: {
		title: '자동응답(IVR) 기록',
		timeline: '통화 기록',
		offset: '경과',
		event: '이벤트',
		wallTime: '시각',
		noEvents: '기록된 IVR 이벤트가 없습니다.',
		metrics: '측정 결과',
		metric: '항목',
		value: '측정값',
		threshold: '기준',
		result: '판정',
		greeting: '초기 안내말 길이',
		menuDepth: '메뉴 단계',
		timeToAgent: '상담사 연결까지',
		hold: '대기 시간',
		call: '통화 시간',
		dropped: '기계에 의한 끊김',
		unknown: '모름',
		seconds: (s: string) => `${s}초`,
		levels: (n: number) => `${n}단계`,
		atMostSeconds: (s: number) => `${s}초 이내`,
		atMostLevels: (n: number) => `${n}단계 이내`,
		callbackOffer: (s: number) => `${s}초 넘으면 콜백 안내`,
		noDrop: '끊기지 않아야 함',
		noThreshold: '–',
		within: '기준 이내',
		over: '기준 초과',
		met: '충족',
		notMet: '미충족',
		yes: '예',
		no: '아니요'
	},
	followUps: {
		title: '후속 조치',
		empty: '기록한 콜백이나 이메일 문의가 없습니다.',
		kind: '종류',
		requested: '요청·발송',
		reserved: '예약 시각',
		deadline: '기한',
		responded: '응답',
		status: '판정',
		callback: (via: string) => `콜백 (${via})`,
		email: '이메일 답변',
		noSlot: (h: number) => `예약 없음 (${h}시간 이내)`,
		notApplicable: '–',
		noResponse: '응답 없음',
		noDeadline: '기준 없음',
		statuses: {
			met: '충족',
			'not-met': '미충족',
			pending: '대기 중',
			'unknown-standard': '기준 미등록'
		},
		asOf: (at: string) => `${at} 기준 판정`
	},
	evidence: {
		title: '증빙 사진',
		empty: '첨부한 사진이 없습니다.',
		loading: '사진을 불러오는 중…',
		missing: '이 기기에 사진이 없습니다',
		alt: (checkId: string, n: number) => `${checkId} 증빙 사진 ${n}`
	},
	footer: {
		generated: (at: string) => `이 평가표는 ${at}에 생성되었습니다.`,
		integrity:
			'이 인쇄물은 평가 기록의 사본입니다. 원본과 같은지는 서명된 내보내기 파일(번들)로 확인할 수 있습니다.'
	},
	rescore: {
		title: '채점 기준이 바뀌었습니다',
		body: (from: number, to: number) =>
			`이 평가는 확정할 때의 채점 기준 v${from}로 계속 채점됩니다. 캠페인의 현재 기준은 v${to}입니다. 현재 기준으로 다시 채점하려면 이유를 적으세요. 변경 기록에 남습니다.`,
		reason: '다시 채점하는 이유',
		reasonRequired: '이유를 적어야 다시 채점할 수 있습니다.',
		submit: '현재 기준으로 다시 채점'
	}
} as const;
