/** Korean messages of the team-server sync status (loaded with the report catalogue). */
export const syncKo = {
	label: '팀 서버 동기화',
	pending: (n: number) => `동기화 대기 ${n}건`,
	lastSuccess: (time: string) => `마지막 동기화 ${time}`,
	never: '아직 동기화하지 않음',
	running: '동기화 중…',
	syncNow: '지금 동기화',
	signIn: '다시 로그인',
	failed: '동기화 실패',
	reasons: {
		offline: '오프라인: 네트워크에 연결되면 다시 시도합니다',
		'signed-out': '로그아웃됨: 다시 로그인하면 이어서 보냅니다',
		server: '서버 오류: 잠시 후 다시 시도합니다',
		refused: (message: string) => `서버가 거절함: ${message}`,
		other: (message: string) => `동기화할 수 없음: ${message}`
	},
	held: (n: number) => `보내지 못한 평가 ${n}건`,
	notShopper: '이 캠페인의 평가원이 아님',
	tooLarge: '평가 하나가 서버가 받는 크기보다 큼',
	conflicts: (n: number) => `충돌 ${n}건: 확인이 필요합니다`,
	signedBy: (name: string) => `서명: ${name}`,
	unknownSigner: (short: string) => `서명: ${short} 알 수 없는 서명자`
} as const;
