import { chromium } from 'playwright';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await b.newContext({
	viewport: { width: 360, height: 640 },
	deviceScaleFactor: 1,
	isMobile: true,
	hasTouch: true,
	locale: 'ko-KR',
	timezoneId: 'Asia/Seoul'
});
const p = await ctx.newPage();
const B = 'http://localhost:4175';
await p.goto(B + '/campaigns/new');
await p.getByLabel('센터 이름').fill('한빛카드 고객센터');
await p.getByLabel('전화번호').fill('1588-1234');
await p.getByRole('button', { name: '저장' }).click();
await p.waitForURL(B + '/campaigns');
await p.goto(B + '/evaluations/new');
await p.getByLabel('시나리오').fill('카드 분실 신고');
await p.getByLabel('평가자').fill('김평가');
await p.screenshot({ path: '/tmp/s-new.png' });
await p.getByRole('button', { name: '평가 시작' }).click();
await p.waitForURL(/\/pre$/);
const base = p.url().replace(/\/pre$/, '');
await p.locator('#check-A1-01').getByRole('button', { name: '충족', exact: true }).click();
await p.screenshot({ path: '/tmp/s-pre.png' });
await p.goto(base + '/ivr');
await p.getByRole('button', { name: '전화 걸기' }).click();
await p.getByRole('button', { name: '안내 시작' }).click();
await p.waitForTimeout(1200);
await p.getByRole('button', { name: '안내 끝' }).click();
await p.getByRole('button', { name: '메뉴 1', exact: true }).click();
await p.waitForTimeout(500);
await p.screenshot({ path: '/tmp/s-ivr.png' });
await p.screenshot({ path: '/tmp/s-ivr-full.png', fullPage: true });
await p.goto(base + '/agent');
await p.waitForTimeout(500);
await p.screenshot({ path: '/tmp/s-agent.png' });
await p.goto(base + '/follow-ups');
await p.waitForTimeout(500);
await p.screenshot({ path: '/tmp/s-fu.png' });
await p.goto(base + '/review');
await p.waitForTimeout(500);
await p.screenshot({ path: '/tmp/s-review.png' });
await p.goto(B + '/');
await p.waitForTimeout(500);
await p.screenshot({ path: '/tmp/s-home.png' });
await b.close();
