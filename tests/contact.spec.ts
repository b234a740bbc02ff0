import { expect, test } from '@playwright/test';
import { startEvaluation } from './fixtures';

test('a wrong phone number, e-mail or web address marks its own field and takes focus', async ({
	page
}) => {
	await page.goto('/campaigns/new');
	await page.getByLabel('센터 이름').fill('연락처 고객센터');
	const phones = page.getByLabel('전화번호');
	const email = page.getByLabel('이메일', { exact: true });
	const web = page.getByLabel('웹사이트');
	await phones.fill('1588-1234\n전화 주세요');
	await email.fill('help@card.example?bcc=evil@attacker.example');
	await web.fill('javascript:alert(1)');
	await page.getByRole('button', { name: '저장' }).tap();

	await expect(page.getByRole('alert')).toHaveText('입력을 확인해 주세요.');
	await expect(phones).toHaveAttribute('aria-invalid', 'true');
	await expect(phones).toBeFocused();
	await expect(phones).toHaveAccessibleDescription(
		/한 줄에 하나씩 입력합니다\. '전화 주세요'은\(는\) 전화번호로 볼 수 없습니다/
	);
	await expect(email).toHaveAttribute('aria-invalid', 'true');
	await expect(email).toHaveAccessibleDescription(/이메일 주소 하나만 name@example\.com 형식으로/);
	await expect(web).toHaveAttribute('aria-invalid', 'true');
	await expect(web).toHaveAccessibleDescription(/웹 주소는 https:\/\/www\.example\.com/);
	await expect(page.getByLabel('센터 이름')).not.toHaveAttribute('aria-invalid');

	// Corrected, the first field still wrong takes the focus on the next try.
	await phones.fill('1588-1234');
	await page.getByRole('button', { name: '저장' }).tap();
	await expect(phones).not.toHaveAttribute('aria-invalid');
	await expect(email).toBeFocused();

	await email.fill('help@card.example');
	await web.fill('www.card.example');
	await page.getByRole('button', { name: '저장' }).tap();
	await expect(page.getByRole('heading', { level: 1, exact: true, name: '캠페인' })).toBeVisible();
	await expect(page.getByRole('link', { name: /연락처 고객센터/ })).toBeVisible();
});

test('the center e-mail is a link to the address alone, and no link when stored with a query', async ({
	page
}) => {
	await page.goto('/campaigns/new');
	await page.getByLabel('센터 이름').fill('메일 고객센터');
	await page.getByLabel('전화번호').fill('1588-0000');
	await page.getByLabel('이메일', { exact: true }).fill('help+cs@card.example');
	await page.getByRole('button', { name: '저장' }).tap();
	await expect(page.getByRole('link', { name: /메일 고객센터/ })).toBeVisible();

	await startEvaluation(page);
	const channels = page.getByRole('region', { name: '이 센터의 채널' });
	await expect(channels.getByRole('link', { name: 'help+cs@card.example' })).toHaveAttribute(
		'href',
		'mailto:help%2Bcs@card.example'
	);

	// An imported or older record may hold anything: it is shown, never linked.
	await page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const req = indexedDB.open('ks-s-1006');
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		});
		const store = db.transaction('campaigns', 'readwrite').objectStore('campaigns');
		const all = await new Promise<{ center: { email?: string } }[]>((resolve) => {
			const req = store.getAll();
			req.onsuccess = () => resolve(req.result as { center: { email?: string } }[]);
		});
		for (const campaign of all) {
			campaign.center.email = 'help@card.example?bcc=evil@attacker.example';
			store.put(campaign);
		}
		await new Promise<void>((resolve) => (store.transaction.oncomplete = () => resolve()));
		db.close();
	});
	await page.reload();
	await expect(channels.getByText('help@card.example?bcc=evil@attacker.example')).toBeVisible();
	await expect(channels.locator('a[href^="mailto:"]')).toHaveCount(0);
});
