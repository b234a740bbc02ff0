import { expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';

test('a file with thousands of problems counts them all and explains them in Korean', async ({
	page
}, testInfo) => {
	// The envelope lacks 3 fields and each of the 150 empty evaluations lacks 13 (its version and
	// change log come from the migration of its schema version): 1,953 in all.
	const path = testInfo.outputPath('broken.json');
	writeFileSync(
		path,
		JSON.stringify({
			format: 'ks-s-1006-bundle',
			formatVersion: 1,
			campaigns: [],
			evaluations: Array.from({ length: 150 }, () => ({ schemaVersion: 2 })),
			photos: []
		})
	);
	await page.goto('/reports/import');
	await page.getByLabel('파일 선택').setInputFiles(path);

	const alert = page.getByRole('alert');
	await expect(alert).toContainText('가져올 수 없는 파일입니다');
	await expect(alert.getByRole('listitem')).toHaveCount(20);
	await expect(alert.getByRole('listitem').first()).toHaveText(
		'createdAt: 필수 항목입니다 (number 형식).'
	);
	await expect(alert.getByRole('listitem').nth(6)).toHaveText(
		'evaluations[0].channel: 다음 중 하나여야 합니다: phone, email, chat, sms-sns.'
	);
	await expect(alert).toContainText('이 밖에 문제가 1,933개 더 있습니다 (모두 1,953개).');
	await expect(alert).not.toContainText('is required');
});
