// Renders the app icons from scripts/icon-art.svg with the system Chromium.
// Run after changing the art: `node scripts/icons.js`; the PNGs are committed.
import { chromium } from 'playwright';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const art = readFileSync(new URL('./icon-art.svg', import.meta.url), 'utf8');
const out = (name) => new URL(`../static/${name}`, import.meta.url);

const executablePath =
	process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
const page = await browser.newPage();

/** Renders the art at `size`, optionally rounded (for "any" purpose icons) with a margin. */
async function render(size, { rounded }) {
	await page.setViewportSize({ width: size, height: size });
	const radius = rounded ? size * 0.22 : 0;
	await page.setContent(
		`<style>html,body{margin:0;background:transparent}div{width:${size}px;height:${size}px;border-radius:${radius}px;overflow:hidden}svg{width:100%;height:100%;display:block}</style><div>${art}</div>`
	);
	return page.screenshot({ omitBackground: true });
}

writeFileSync(out('icons/icon-192.png'), await render(192, { rounded: true }));
writeFileSync(out('icons/icon-512.png'), await render(512, { rounded: true }));
writeFileSync(out('icons/maskable-192.png'), await render(192, { rounded: false }));
writeFileSync(out('icons/maskable-512.png'), await render(512, { rounded: false }));
writeFileSync(out('apple-touch-icon.png'), await render(180, { rounded: false }));
writeFileSync(
	out('favicon.svg'),
	art.replace('<rect width="512" height="512"', '<rect width="512" height="512" rx="112"')
);
await browser.close();
console.log('icons written to static/');
