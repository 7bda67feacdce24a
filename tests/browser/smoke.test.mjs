// Every page of the built site: loads in Chromium without console errors, and axe-core finds no
// serious or critical accessibility violations — in the light and the dark theme.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { withBrowser, sitePages, axeSerious, closeShared } from './harness.mjs';

after(closeShared);

test('home page renders in Korean without console errors', async () => {
  await withBrowser(async ({ page, baseUrl, consoleErrors }) => {
    await page.goto(baseUrl + '/');
    assert.equal(await page.locator('html').getAttribute('lang'), 'ko');
    assert.match(await page.locator('h1').innerText(), /Python Memory Lab/);
    assert.ok(await page.locator('.lesson-cards li').count() >= 2);
    assert.deepEqual(consoleErrors, []);
  });
});

const pages = sitePages();
test('the site has the home, lesson and REPL pages', () => {
  assert.ok(pages.includes('/'));
  assert.ok(pages.includes('/repl/'));
  assert.ok(pages.filter((p) => p.startsWith('/lessons/')).length >= 2);
});

test('lesson examples keep their 4-space indentation (the MDX parser strips spaces in code={`…`})', () => {
  const levels = new Set();
  for (const p of pages.filter((x) => x.startsWith('/lessons/'))) {
    const html = readFileSync(`dist${p}index.html`, 'utf8');
    for (const [, attr] of html.matchAll(/data-code="([^"]*)"/g)) {
      for (const line of attr.replace(/&#10;/g, '\n').split('\n')) if (line.trim()) levels.add(/^ */.exec(line)[0].length);
    }
  }
  assert.ok(levels.has(4) && levels.has(8), [...levels].join(','));
  assert.deepEqual([...levels].filter((n) => n % 4 !== 0), []);
});

for (const [scheme, viewport] of [['light'], ['dark'], ['dark', { width: 375, height: 740 }]]) {
  test(`every page: no console errors, no serious axe violations (${scheme}${viewport ? ', phone' : ''})`, async () => {
    await withBrowser(async ({ page, baseUrl, consoleErrors }) => {
      const problems = [];
      for (const p of [...pages, '/404.html']) {
        consoleErrors.length = 0;
        await page.goto(baseUrl + p, { waitUntil: 'load' });
        await page.waitForTimeout(100);
        if (viewport && p.startsWith('/lessons/')) await page.locator('[data-testid="menu-toggle"]').click();
        const v = await axeSerious(page);
        if (v.length) problems.push(`${p}: ${v.join('; ')}`);
        if (consoleErrors.length) problems.push(`${p}: console: ${consoleErrors.join(' | ')}`);
      }
      assert.deepEqual(problems, []);
    }, { colorScheme: scheme, viewport });
  });
}
