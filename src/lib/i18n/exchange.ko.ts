/** Korean messages of export, import and the reports index. */
export const exchangeKo = {
	title: '내보내기·가져오기',
	export: {
		title: '내보내기',
		anonymise: '상담사 이름 익명 처리 (상담사 A, B …)',
		bundle: '서명된 파일 (JSON)',
		csv: 'CSV (엑셀용)',
		working: '파일을 만드는 중…',
		done: (names: string) => `내보냈습니다: ${names}`,
		shared: (names: string) => `공유했습니다: ${names}`,
		cancelled: '공유를 취소했습니다. 파일을 보내지 않았습니다.',
		failed: (reason: string) => `내보내지 못했습니다: ${reason}`,
		nothing: '내보낼 평가를 하나 이상 고르세요.',
		hint: '서명된 파일은 이 기기의 키로 서명되어, 받는 쪽에서 변경 여부를 확인할 수 있습니다.'
	},
	import: {
		title: '가져오기',
		intro:
			'다른 기기에서 내보낸 서명된 파일(JSON)을 가져옵니다. 가져온 평가는 읽기 전용이며 출처가 표시됩니다.',
		choose: '파일 선택',
		reading: (name: string) => `${name} 확인 중…`,
		invalidTitle: '가져올 수 없는 파일입니다',
		invalidBody: '저장된 데이터는 바뀌지 않았습니다. 문제:',
		moreErrors: (hidden: number, total: number) =>
			`이 밖에 문제가 ${hidden.toLocaleString('ko-KR')}개 더 있습니다 (모두 ${total.toLocaleString('ko-KR')}개).`,
		verified: (fp: string) => `서명 확인됨 · 키 ${fp}`,
		verifiedHint: '보낸 사람에게 키 지문이 맞는지 확인하세요.',
		unsigned: '서명 없음: 누가 만들었는지, 바뀌었는지 확인할 수 없습니다.',
		altered: (fp: string) => `서명 후 변경됨 · 주장된 키 ${fp}`,
		alteredBody:
			'이 파일은 서명된 뒤에 내용이 바뀌었습니다. 신뢰할 수 없습니다. 그래도 가져오려면 아래에서 확인하세요.',
		alteredConfirm: '변경된 파일임을 알고 가져옵니다',
		notices: '참고',
		summaryTitle: '가져오면 이렇게 바뀝니다',
		added: (n: number) => `새 평가 ${n}건`,
		updated: (n: number) => `새 개정판으로 갱신 ${n}건`,
		skipped: (n: number) => `같은 개정판이라 건너뜀 ${n}건`,
		older: (n: number) => `이 기기에 더 새 개정판이 있어 건너뜀 ${n}건`,
		campaigns: (added: number, updated: number) => `캠페인: 새로 ${added}개, 갱신 ${updated}개`,
		replacesOwn: (n: number) => `이 기기에서 만든 평가 ${n}건을 덮어씁니다.`,
		apply: '가져오기',
		cancel: '취소',
		applying: '가져오는 중…',
		doneTitle: '가져왔습니다',
		failed: (reason: string) => `가져오지 못했습니다. 저장된 데이터는 바뀌지 않았습니다: ${reason}`,
		another: '다른 파일 가져오기',
		tooLarge: (name: string, size: string, limit: string) =>
			`${name}은(는) ${size}입니다. 가져올 수 있는 파일은 ${limit}까지라서 읽지 않았습니다. 평가를 나누어 내보낸 파일을 가져오세요.`
	},
	index: {
		title: '보고서',
		campaigns: '캠페인',
		dashboard: '대시보드',
		audit: '심사',
		evaluations: '평가표',
		noCampaigns: '캠페인이 없습니다.',
		noEvaluations: '평가가 없습니다.',
		select: (what: string) => `${what} 선택`,
		selectAll: '모두 선택',
		selected: (n: number) => `${n}건 선택`,
		importLink: '파일 가져오기',
		imported: '가져옴'
	}
} as const;
