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
		hint: '서명된 파일은 이 기기의 키로 서명되어, 받는 쪽에서 변경 여부를 확인할 수 있습니다.',
		nameWords: {
			title: '이름으로 보이는 말',
			intro:
				'메모·의견 같은 자유 기술에서 사람 이름처럼 보이는 말을 찾았습니다. 가릴 말을 고르세요. 고른 말은 상담사 A, B … 로 바뀝니다.',
			formOf: (name: string, n: number) => `${name}의 다른 표기 · ${n}번`,
			other: (n: number) => `다른 사람의 이름일 수 있음 · ${n}번`,
			confirm: '고른 말을 가리고 내보내기',
			cancel: '취소'
		}
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
		updated: (n: number) => `이후 버전으로 갱신 ${n}건`,
		skipped: (n: number) => `같은 버전이라 건너뜀 ${n}건`,
		older: (n: number) => `이 기기에 더 나중 버전이 있어 건너뜀 ${n}건`,
		campaigns: (added: number, changed: number) =>
			`캠페인: 새로 ${added}개, 이 기기와 다름 ${changed}개`,
		apply: '가져오기',
		cancel: '취소',
		applying: '가져오는 중…',
		doneTitle: '가져왔습니다',
		failed: (reason: string) => `가져오지 못했습니다. 저장된 데이터는 바뀌지 않았습니다: ${reason}`,
		another: '다른 파일 가져오기',
		tooLarge: (name: string, size: string, limit: string) =>
			`${name}은(는) ${size}입니다. 가져올 수 있는 파일은 ${limit}까지라서 읽지 않았습니다. 평가를 나누어 내보낸 파일을 가져오세요.`,
		unsignedConfirm: '서명 없는 파일임을 알고 가져옵니다',
		signatureMissing:
			'서명이 없는 파일입니다. 이 형식의 파일은 이 앱이 항상 서명하므로, 서명이 지워진 것으로 보고 변경된 파일로 취급합니다.',
		conflicts: (n: number) =>
			`충돌 ${n}건: 두 버전을 모두 보관하고 나란히 보여 드립니다. 어느 쪽을 남길지 직접 정하세요.`,
		recordTrust: (n: number) =>
			`보낸 기기에서 이미 신뢰 표시(서명 없음·변경된 파일)가 붙은 평가 ${n}건: 그 표시를 유지합니다.`,
		trustLabel: {
			verified: '서명 확인됨',
			'unknown-signer': '모르는 서명자',
			unsigned: '서명 없음',
			altered: '변경된 파일'
		},
		signerTitle: '서명한 키가 바뀌었습니다',
		signerChange: (from: string, to: string | null) => `키 ${from} → ${to ?? '서명 없음'}`,
		signerConfirm: '서명한 키가 바뀐 것을 확인했고 가져옵니다',
		campaignChanged: (name: string) => `캠페인 "${name}"이(가) 이 기기의 것과 다릅니다`,
		campaignCenter: (a: string, b: string) => `센터 이름: ${a} → ${b}`,
		campaignCenterDetails: '센터 연락처가 다릅니다',
		campaignTemplate: (a: number, b: number, fields: string) =>
			`채점 기준 v${a} → v${b}: ${fields}`,
		campaignEmailHours: (a: number | null, b: number | null) =>
			`이메일 답변 기준 시간: ${a ?? '없음'} → ${b ?? '없음'}`,
		campaignApply: '이 캠페인 변경을 적용합니다 (확정된 평가의 점수는 바뀌지 않습니다)',
		campaignKept: '적용하지 않으면 이 기기의 캠페인을 그대로 둡니다.',
		conflictsLink: '충돌 보기',
		doneConflicts: (n: number) => `충돌로 보관 ${n}건`
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
		imported: '가져옴',
		conflictsBadge: (n: number) => `해결할 충돌 ${n}건`
	},
	conflicts: {
		title: '충돌',
		intro:
			'같은 평가가 두 곳에서 따로 수정되었습니다. 두 버전을 나란히 비교하고 어느 쪽을 남길지 정하세요. 자동으로 덮어쓰지 않습니다.',
		none: '해결할 충돌이 없습니다.',
		mine: '이 기기',
		theirs: '받은 파일',
		madeHere:
			'이 기기에서 만든 평가입니다. 받은 파일의 내용은 여기서 고친 것으로만 반영할 수 있습니다.',
		missingLocal: '이 기기에는 이 평가가 없습니다.',
		lastChange: (who: string, when: string) => `마지막 수정 ${who} · ${when}`,
		version: (n: number) => `버전 ${n}`,
		signer: (fp: string) => `서명 키 ${fp}`,
		noSigner: '서명 없음',
		check: '항목',
		opinion: '종합 의견',
		scenario: '시나리오',
		agent: '상담사',
		differs: '다름',
		none2: '—',
		keepMine: '이 기기 것 유지',
		takeTheirs: '받은 것으로 바꾸기',
		takeTheirAnswers: '받은 답을 여기서 고친 것으로 반영',
		reason: '다른 기기 버전과의 충돌 해결',
		resolved: '충돌을 해결했습니다.',
		failed: (reason: string) => `해결하지 못했습니다: ${reason}`,
		open: '평가표 보기',
		server: '팀 서버',
		otherDevice: '다른 기기',
		fromServer:
			'팀 서버에 이 평가의 다른 버전이 있습니다. 어느 쪽을 고르든 서버의 버전에 이어서 기록되고, 고르지 않은 이 기기의 사본은 이 기기의 충돌 기록에 보관됩니다.',
		takeServer: '서버의 답으로 바꾸기'
	}
} as const;
