/** Korean messages of the coordinator's programme screen: scenarios, the sampling plan, assignments. */
export const planningKo = {
	title: '운영 계획',
	link: '시나리오·표본 계획·배정',
	intro:
		'시나리오를 만들고, 표본 계획으로 점검 횟수를 요일·시간대·시나리오·채널에 나누고, 평가원에게 배정합니다.',
	loading: '불러오는 중…',
	notCoordinator: '이 화면은 팀 캠페인의 코디네이터만 씁니다.',
	offline:
		'오프라인입니다. 마지막으로 받은 계획을 보여 줍니다. 저장하려면 인터넷 연결이 필요합니다.',
	needsConnection: '연결이 필요합니다',
	cachedAt: (when: string) => `마지막으로 받은 시각: ${when}`,
	neverFetched: '아직 서버에서 받은 계획이 없습니다. 인터넷에 연결한 뒤 다시 여세요.',
	scenarios: {
		title: '시나리오',
		empty: '시나리오가 없습니다. 아래에서 첫 시나리오를 만드세요.',
		add: '새 시나리오',
		edit: '수정',
		archive: '보관',
		archived: '보관됨',
		archiveConfirm: (title: string) =>
			`'${title}' 시나리오를 보관할까요? 새 계획과 배정에는 더 쓰이지 않습니다.`,
		formTitleNew: '새 시나리오',
		formTitleEdit: '시나리오 수정',
		name: '제목',
		script: '고객이 말할 내용',
		channel: '채널',
		correctAnswer: '올바른 답변',
		checks: '관련 점검 항목',
		checksHint: '상담사 평가표(참고 2)에서 이 시나리오로 확인할 항목을 고르세요.',
		checkCount: (n: number) => `점검 항목 ${n}개`,
		save: '시나리오 저장',
		saved: '시나리오를 저장했습니다.',
		cancel: '취소'
	},
	plan: {
		title: '표본 계획',
		empty: '표본 계획이 없습니다. 시나리오를 만든 뒤 계획을 세우세요.',
		needScenario: '계획을 세우려면 먼저 시나리오가 하나 이상 있어야 합니다.',
		total: '총 점검 횟수',
		from: '기간 시작',
		to: '기간 끝',
		weekdays: '요일',
		slots: '시간대',
		scenarios: '시나리오',
		channels: '채널',
		waves: '차수',
		waveName: '차수 이름',
		waveFrom: '시작',
		waveTo: '끝',
		addWave: '차수 추가',
		removeWave: (name: string) => `${name || '차수'} 삭제`,
		cap: '평가원 1인당 최대 점검 수',
		gap: '같은 평가원의 점검 사이 최소 간격(일)',
		save: '계획 저장',
		saved: '표본 계획을 저장했습니다.',
		preview: (cells: number, total: number) => `${cells}칸에 ${total}회를 나눕니다.`,
		holidays: (list: string) => `기간 안의 공휴일에는 배정하지 않습니다: ${list}`,
		unknownYears: (years: string, known: string) =>
			`${years}년은 공휴일 목록이 없어(목록이 있는 해: ${known}년) 그 해 날짜에는 배정을 만들지 않습니다.`,
		holidaySource: (source: string) => `공휴일 출처: ${source}`,
		weekdayNames: {
			mon: '월',
			tue: '화',
			wed: '수',
			thu: '목',
			fri: '금',
			sat: '토',
			sun: '일'
		},
		errors: {
			'plan-more-cells-than-contacts': (cells: number, total: number) =>
				`칸이 ${cells}개인데 점검 횟수는 ${total}회뿐입니다. 어떤 칸은 한 번도 점검할 수 없으니, 횟수를 늘리거나 요일·시간대·시나리오·채널을 줄이세요.`,
			'plan-empty-grid': '요일, 시간대, 시나리오, 채널을 하나 이상씩 고르세요.',
			'plan-no-contacts': '총 점검 횟수는 1 이상의 정수여야 합니다.',
			'plan-bad-weight': '칸의 계획 수는 0 이상의 숫자여야 합니다.',
			'plan-unknown-scenario': '계획에 이 캠페인에 없는(또는 보관된) 시나리오가 들어 있습니다.',
			'plan-bad-wave': '끝이 시작보다 빠른 차수가 있습니다.',
			badPeriod: '기간의 끝이 시작보다 빠릅니다.'
		}
	},
	margin: {
		title: '이 계획의 정밀도',
		overall: (e: string, n: number) => `센터 합격률 ±${e}%p (전체 ${n}회, 95% 신뢰)`,
		slot: (slot: string, e: string, n: number) => `${slot} ±${e}%p (${n}회)`,
		bySlot: '시간대별',
		wanted: '원하는 오차 (±%p)',
		needed: (e: string, n: number) => `±${e}%p가 되려면 센터당 ${n}회가 필요합니다.`,
		note: '결과가 나오기 전이라 합격률 50%(가장 넓은 경우)로 셈한 Wilson 구간입니다. KSQI의 100회 점검은 약 ±10%p입니다.'
	},
	spread: {
		title: '평가원별 배정 분포',
		hint: '한 평가원에게 한 시간대·요일·시나리오가 몰리지 않게 나눕니다. 취소되지 않은 배정을 셉니다.',
		shopper: '평가원',
		total: '합계',
		range: (total: number, slot: number, weekday: number, scenario: number) =>
			`평가원 사이 최대−최소 차이: 합계 ${total}, 시간대 ${slot}, 요일 ${weekday}, 시나리오 ${scenario}`
	},
	grid: {
		title: '진행 현황',
		legend: '칸마다 완료/계획. ⚠ 표시는 일정보다 늦은 칸입니다.',
		behind: (n: number) => `늦은 칸 ${n}개`,
		onTrack: '모든 칸이 일정대로 진행 중입니다.',
		totals: (done: number, planned: number) => `전체 ${done}/${planned} 완료`,
		cell: (done: number, planned: number) => `${done}/${planned}`,
		cellLabel: (where: string, done: number, planned: number, behind: boolean) =>
			`${where}: 계획 ${planned}, 완료 ${done}${behind ? ', 일정보다 늦음' : ''}`,
		behindMark: '⚠',
		edit: '칸별 계획 수 고치기',
		editDone: '고치기 끝',
		weightLabel: (where: string) => `${where} 계획 수`,
		weightHint:
			'칸의 숫자는 그 칸의 비중입니다(0 = 점검 안 함). 저장하면 총 횟수를 비중대로 다시 나눕니다.'
	},
	assignments: {
		title: '배정',
		empty: '배정이 없습니다.',
		generateTitle: '계획에서 배정 만들기',
		generateHint:
			'계획의 남은 칸을 고른 평가원에게 나눕니다. 1인당 최대 점검 수와 최소 간격을 지킵니다.',
		shoppers: '평가원',
		noShoppers: '이 캠페인에 상담 평가원이 없습니다. 팀 화면에서 초대하세요.',
		wave: '차수',
		wholePeriod: '계획 전체 기간',
		waveOption: (name: string, from: string, to: string) => `${name} (${from} ~ ${to})`,
		period: (from: string, to: string) => `배정 기간: ${from} ~ ${to}`,
		skipped: (list: string) => `건너뛴 공휴일: ${list}`,
		unknownYears: (years: string) =>
			`${years}년은 공휴일 목록이 없어 그 해 날짜에는 배정하지 않았습니다.`,
		from: '시작일(비우면 오늘부터)',
		to: '종료일(비우면 계획 끝까지)',
		generate: '배정 만들기',
		generated: (made: number, unmade: number) =>
			unmade === 0
				? `배정 ${made}건을 만들었습니다.`
				: `배정 ${made}건을 만들었고, ${unmade}건은 만들지 못했습니다.`,
		unmadeReasons: {
			cap: '1인당 최대 점검 수에 도달',
			gap: '최소 간격을 지킬 날짜가 없음',
			'no-shoppers': '평가원을 고르지 않음',
			'no-date': '기간 안에 배정할 수 있는 그 요일이 없음(공휴일·공휴일 목록이 없는 해 제외)'
		},
		unmadeLine: (reason: string, n: number) => `${reason}: ${n}건`,
		handTitle: '직접 배정',
		person: '배정할 사람',
		scenario: '시나리오',
		noScenario: '(시나리오 없음)',
		channel: '채널',
		slot: '시간대',
		windowFrom: '기간 시작',
		windowTo: '기간 끝',
		add: '배정 추가',
		added: '배정을 추가했습니다.',
		listTitle: '배정 목록',
		status: {
			open: '대기',
			started: '진행 중',
			done: '완료',
			cancelled: '취소'
		},
		cancel: '취소하기',
		cancelLabel: (who: string, date: string) => `${who} ${date} 배정 취소`,
		cancelConfirm: '이 배정을 취소할까요?',
		errors: {
			'not-a-shopper':
				'이 사람은 이 캠페인의 상담 평가원이 아닙니다. 평가원에게만 배정할 수 있습니다.',
			'assignment-cap': '이 평가원은 이미 1인당 최대 점검 수만큼 배정되었습니다.',
			'assignment-gap': '이 평가원의 다른 점검과 날짜가 너무 가깝습니다(최소 간격).',
			'assignment-started': '이미 시작된 배정은 취소할 수 없습니다.',
			'unknown-scenario': '이 캠페인에 없는(또는 보관된) 시나리오입니다.',
			'no-plan': '먼저 표본 계획을 저장하세요.',
			'bad-period': '기간의 끝이 시작보다 빠릅니다.',
			'unknown-wave': '계획에 없는 차수입니다. 계획을 다시 불러오세요.'
		}
	}
} as const;
