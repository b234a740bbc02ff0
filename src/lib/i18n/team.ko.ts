/** Korean messages of the team screens: joining, signing in, the team server in settings and campaigns. */
export const teamKo = {
	roles: {
		owner: '기관 관리자',
		coordinator: '코디네이터',
		shopper: '상담 평가원',
		manager: '센터 관리자'
	},
	/** A role with its particle ("…로/으로"). */
	roleAs: {
		owner: '기관 관리자로',
		coordinator: '코디네이터로',
		shopper: '상담 평가원으로',
		manager: '센터 관리자로'
	},
	join: {
		title: '팀 참여',
		loading: '초대를 확인하는 중…',
		invitedCampaign: (org: string, campaign: string, roleAs: string) =>
			`${org}의 ${campaign} 캠페인에 ${roleAs} 초대되었습니다.`,
		invitedOrg: (org: string, roleAs: string) => `${org}에 ${roleAs} 초대되었습니다.`,
		expires: (date: string) => `초대 만료: ${date}`,
		name: '이름',
		nameHint: '팀의 다른 사람에게 보이는 이름',
		orgName: '기관 이름',
		accept: '초대 수락',
		accepting: '참여하는 중…',
		joined: (name: string) => `${name} 님, 팀에 참여했습니다.`,
		noToken: '초대 링크가 올바르지 않습니다. 받은 링크 전체를 다시 열어 주세요.',
		setupTitle: '새 기관 만들기',
		setupIntro: '서버 관리자가 알려 준 설정 토큰으로 새 기관을 만들고 기관 관리자가 됩니다.',
		setupToken: '설정 토큰',
		create: '기관 만들기',
		creating: '만드는 중…',
		nextTitle: '로그인 방법',
		nextBody: '다음에 이 기기나 다른 기기에서 로그인할 방법을 정하세요.',
		done: '완료',
		toSettings: '설정으로 가기',
		alreadyJoined: '이미 이 초대로 참여했습니다.',
		alreadyJoinedSignIn: '이미 이 초대로 참여했습니다. 로그인해서 이어 가세요.',
		toCampaign: '캠페인 열기',
		signIn: '로그인'
	},
	passkey: {
		register: '패스키 등록',
		registering: '패스키를 등록하는 중…',
		registered: '패스키를 등록했습니다.',
		unsupported: '이 브라우저는 패스키를 지원하지 않습니다. 비밀번호를 설정하세요.',
		cancelled: '패스키 사용이 취소되었습니다. 다시 시도하세요.',
		signIn: '패스키로 로그인',
		signingIn: '로그인하는 중…'
	},
	password: {
		set: '비밀번호 설정',
		loginName: '로그인 이름',
		loginNameHint: '영문 소문자, 숫자, 마침표(.), 밑줄(_), 하이픈(-) 3~40자',
		password: '비밀번호',
		passwordHint: '10자 이상',
		save: '비밀번호 저장',
		saved: (loginName: string) => `비밀번호를 저장했습니다. 로그인 이름: ${loginName}`,
		tooShort: '비밀번호는 10자 이상이어야 합니다.',
		badLoginName:
			'로그인 이름은 영문 소문자, 숫자, 마침표(.), 밑줄(_), 하이픈(-)으로 3~40자여야 합니다.',
		signIn: '비밀번호로 로그인'
	},
	signin: {
		title: '로그인',
		intro: '팀 서버에 로그인하면 평가를 팀과 주고받을 수 있습니다.',
		or: '또는 비밀번호로',
		signedIn: (name: string) => `${name} 님으로 로그인했습니다.`
	},
	errors: {
		offline: '팀 서버에 연결할 수 없습니다. 인터넷 연결을 확인한 뒤 다시 시도하세요.',
		rateLimited: (minutes: number) =>
			`실패한 시도가 너무 많습니다. ${minutes}분 뒤에 다시 시도하세요.`,
		expired: '초대가 만료되었습니다. 초대한 사람에게 새 링크를 요청하세요.',
		used: '이미 사용된 초대입니다. 초대한 사람에게 새 링크를 요청하세요.',
		revoked: '취소된 초대입니다. 초대한 사람에게 새 링크를 요청하세요.',
		unknown: '알 수 없는 초대입니다. 링크를 끝까지 정확히 열었는지 확인하세요.',
		wrongCredentials: '로그인 이름 또는 비밀번호가 틀렸습니다.',
		passkeyRefused: '패스키로 로그인하지 못했습니다. 이 서버에 등록된 패스키인지 확인하세요.',
		loginNameTaken: '이미 사용 중인 로그인 이름입니다. 다른 이름을 고르세요.',
		setupToken: '설정 토큰이 틀렸습니다.',
		setupDisabled: '이 서버는 설정 토큰을 받지 않습니다. 서버 관리자에게 설정 링크를 요청하세요.',
		forbidden: '이 작업을 할 권한이 없습니다.',
		signedOut: '로그인이 끝났습니다. 다시 로그인하세요.',
		other: (message: string) => `요청이 처리되지 않았습니다: ${message}`
	},
	settings: {
		title: '팀 서버',
		solo: '지금은 혼자 쓰는 모드입니다. 기록은 이 기기에만 저장됩니다. 팀 서버에 로그인하면 팀과 평가를 주고받을 수 있습니다.',
		signIn: '팀 서버에 로그인',
		member: (name: string) => `${name} 님으로 연결됨`,
		orgRole: (org: string, role: string) => `${org} · ${role}`,
		rolesTitle: '캠페인별 역할',
		noRoles: '아직 참여한 캠페인이 없습니다.',
		campaignRoles: (campaign: string, roles: string) => `${campaign}: ${roles}`,
		signOut: '로그아웃',
		signingOut: '로그아웃하는 중…',
		signOutNote: '로그아웃해도 이 기기의 기록은 지워지지 않고 그대로 남습니다.',
		signedOut: '서버 로그인이 끝났습니다. 다시 로그인하세요. 기록은 이 기기에 그대로 있습니다.',
		offline: '오프라인: 마지막으로 확인한 정보를 보여 줍니다.',
		signOutOffline: '오프라인이라 로그아웃할 수 없습니다. 연결된 뒤 다시 시도하세요.'
	},
	campaign: {
		title: '팀',
		loading: '팀 정보를 불러오는 중…',
		notOnServer: '이 캠페인은 아직 팀 서버에 없습니다.',
		org: '기관',
		upload: '팀 서버에 올리기',
		uploading: '올리는 중…',
		uploaded: '팀 서버에 올렸습니다.',
		members: '구성원',
		noMembers: '아직 구성원이 없습니다.',
		remove: '제거',
		removeLabel: (name: string, role: string) => `${name}의 ${role} 역할 제거`,
		removeConfirm: (name: string, role: string) =>
			`${name} 님의 ${role} 역할을 제거할까요? 그 역할로는 바로 이 캠페인에 접근할 수 없게 됩니다.`,
		inviteTitle: '초대하기',
		role: '역할',
		inviteName: '이름 (선택)',
		createInvite: '초대 링크 만들기',
		creating: '만드는 중…',
		link: '초대 링크',
		copy: '링크 복사',
		copied: '링크를 복사했습니다.',
		copyFailed: '복사하지 못했습니다. 위 칸의 링크를 길게 눌러 복사하세요.',
		expires: (date: string) => `한 번만 쓸 수 있고, ${date}까지 유효합니다.`,
		offline: '오프라인이라 팀 정보를 불러올 수 없습니다.'
	},
	invites: {
		title: '대기 중인 초대',
		none: '대기 중인 초대가 없습니다.',
		hint: '링크는 만든 기기의 이 탭에서만 다시 복사할 수 있습니다. 그 밖의 초대는 새 링크를 만들면 이전 링크가 취소됩니다.',
		who: (name: string, role: string) => `${name} · ${role}`,
		made: (date: string) => `만든 때: ${date}`,
		madeBy: (date: string, by: string) => `만든 때: ${date} (${by} 님)`,
		expires: (date: string) => `만료: ${date}`,
		expired: (date: string) => `만료됨: ${date}`,
		copy: '링크 복사',
		copyLabel: (who: string) => `${who}: 링크 복사`,
		renew: '새 링크',
		renewLabel: (who: string) => `${who}: 새 링크`,
		renewed: '새 링크를 만들었습니다. 이전 링크는 더 이상 열리지 않습니다.',
		revoke: '취소',
		revokeLabel: (who: string) => `${who}: 초대 취소`,
		revokeConfirm: (who: string) => `초대(${who})를 취소할까요? 링크가 바로 열리지 않게 됩니다.`,
		revoked: '초대를 취소했습니다.'
	},
	release: {
		title: '센터 관리자에게 공개',
		body: '공개하면 이 캠페인의 센터 관리자가 이 평가 결과를 볼 수 있습니다.',
		release: '지금 공개',
		releasing: '공개하는 중…',
		released: (date: string) => `센터 관리자에게 공개됨 · ${date}`,
		notFinal: '확정된 평가만 공개할 수 있습니다.'
	},
	serverFigures: {
		title: '팀 서버 집계 (모든 평가원)',
		asOf: (time: string) => `서버에 지금 있는 평가 기준 · ${time}`,
		evaluations: '평가',
		counts: (total: number, final: number, awaiting: number, draft: number) =>
			`${total}건 (확정 ${final} · 후속 조치 대기 ${awaiting} · 작성 중 ${draft})`,
		mean: '평균 점수',
		meanValue: (score: string, n: number) => `${score}점 (n=${n})`,
		passRate: '합격률',
		differs: (n: number) =>
			`아래 대시보드는 이 기기에 동기화된 평가 ${n}건으로 계산합니다. 동기화하면 같아집니다.`
	}
} as const;
