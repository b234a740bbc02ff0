/** Korean messages of the calibration screens: sessions, blind rating, agreement results. */
export const calibrationKo = {
	homeLink: '보정 세션',
	homeHint: '같은 상담을 여러 평가원이 따로 채점해 판단 기준을 맞춥니다',
	list: {
		title: '보정 세션',
		intro:
			'보정 세션에서는 두 명 이상의 평가원이 같은 상담(녹취나 함께 건 전화)을 서로 모르게 채점하고, 세션이 닫히면 항목별 일치도를 봅니다.',
		newSession: '새 세션',
		empty: '아직 보정 세션이 없습니다.',
		emptyCoordinator: '코디네이터는 ‘새 세션’으로 세션을 만들 수 있습니다.',
		open: '진행 중',
		closed: '닫힘',
		progress: (rated: number, total: number) => `내 채점 ${rated}/${total}건`,
		raters: (names: string) => `평가원: ${names}`,
		loading: '불러오는 중…'
	},
	form: {
		title: '새 보정 세션',
		campaign: '캠페인',
		noCampaign: '코디네이터로 참여한 캠페인이 없습니다. 보정 세션은 코디네이터만 만들 수 있습니다.',
		sessionTitle: '세션 이름',
		contacts: '상담',
		contactHint:
			'녹취 파일 이름이나 함께 건 전화의 일시처럼, 평가원이 어떤 상담인지 알 수 있게 적으세요.',
		contactLabel: (n: number) => `상담 ${n} 설명`,
		addContact: '상담 추가',
		removeContact: (n: number) => `상담 ${n} 빼기`,
		raters: '평가원 (두 명 이상)',
		ratersHint: '캠페인의 상담 평가원과 코디네이터 가운데에서 고릅니다.',
		noMembers: '이 캠페인에 평가원이 아직 없습니다.',
		create: '세션 만들기',
		creating: '만드는 중…',
		needTitle: '세션 이름을 적으세요.',
		needContact: '상담을 하나 이상 적으세요.',
		needRaters: '평가원을 두 명 이상 고르세요.'
	},
	rate: {
		blind:
			'블라인드 채점: 다른 평가원의 답은 코디네이터가 세션을 닫은 뒤에만 보입니다. 닫히기 전에는 코디네이터도 아무의 답도 볼 수 없고, 누가 몇 건을 채점했는지만 보입니다.',
		contact: (n: number) => `상담 ${n}`,
		contactsLabel: '채점할 상담',
		answered: (n: number, total: number) => `${n}/${total} 항목`,
		notRater: '이 세션의 평가원이 아니어서 채점하지 않습니다.',
		saved: '저장됨',
		saving: '보내는 중…',
		unsent: '아직 보내지 못한 답이 있습니다. 이 화면을 닫지 마세요. 연결되면 자동으로 보냅니다.',
		retry: '다시 보내기',
		clearHint: '누른 답을 다시 누르면 답이 지워집니다 (미응답).',
		closedNote: '세션이 닫혀 답을 더 바꿀 수 없습니다.',
		results: '결과 보기',
		progressTitle: '채점 진행',
		progress: (name: string, rated: number, total: number) => `${name}: ${rated}/${total}건`,
		close: '세션 닫기',
		closeConfirm: '닫으면 누구도 답을 바꿀 수 없고, 모두가 서로의 답과 결과를 봅니다. 닫을까요?',
		closeYes: '닫기',
		closeNo: '취소',
		closing: '닫는 중…'
	},
	results: {
		title: '보정 결과',
		overall: '전체 (모든 항목)',
		perCheck: '항목별 일치도',
		perCheckHint:
			'일치율: 두 평가원 이상이 답한 상담에서 같은 답을 고른 비율. 해당없음과 미응답은 빠집니다. κ는 두 평가원이 모든 상담에 답했을 때, α는 평가원이 셋 이상이거나 빠진 답이 있을 때 씁니다.',
		percent: (p: string) => `일치율 ${p}%`,
		units: (n: number) => `상담 ${n}건`,
		kappa: 'κ',
		alpha: 'α',
		interval: (low: string, high: string) => `95% 구간 ${low} ~ ${high}`,
		noValue: '계산할 수 없음',
		noUnits: '두 명 이상이 답하지 않음',
		reading: {
			poor: '우연보다 못한 일치',
			slight: '우연 이상 일치 약간',
			fair: '우연 이상 일치 어느 정도',
			moderate: '우연 이상 일치 보통',
			substantial: '우연 이상 일치 상당함',
			'almost-perfect': '거의 완전한 일치',
			reliable: '신뢰할 만한 일치 (α ≥ 0.8)',
			tentative: '잠정적으로만 쓸 수 있음 (0.667 ≤ α < 0.8)',
			unreliable: '신뢰하기 어려움 (α < 0.667)'
		},
		undefinedKappa: '모두 같은 답 하나만 골라 κ를 정할 수 없습니다',
		ratersTitle: '평가원별 보정',
		ratersHint:
			'합의 점수 = 그 상담을 채점한 평가원들의 참고 2 총점 평균. 모든 상담이 합의 점수 ±10점 안이면 보정됨입니다.',
		meanDeviation: (d: string) => `합의 대비 평균 ${d}점`,
		within: (p: string) => `±10점 안 ${p}%`,
		contactsRated: (n: number) => `상담 ${n}건`,
		calibrated: '보정됨',
		notCalibrated: '보정 필요',
		noScores: '비교할 점수 없음',
		scoresTitle: '상담별 총점',
		consensus: '합의',
		showAnswers: '평가원별 답 보기',
		notClosed: '세션이 아직 닫히지 않았습니다. 결과는 코디네이터가 닫은 뒤에 보입니다.',
		unrated: (n: number) => `두 명 이상이 답하지 않은 항목 ${n}개는 뺐습니다.`,
		pooledUnits: (n: number) => `항목×상담 ${n}건`,
		back: '세션으로'
	},
	offline: '오프라인입니다. 보정 세션은 팀 서버에 연결되어 있을 때만 열 수 있습니다.',
	notLinked: '보정 세션은 팀 서버에 로그인한 팀원만 쓸 수 있습니다.',
	errors: {
		closed: '세션이 닫혀 답을 더 바꿀 수 없습니다.',
		open: '세션이 닫힌 뒤에 결과를 볼 수 있습니다.',
		forbidden: '이 세션에 참여하지 않아 열 수 없습니다.'
	}
};
