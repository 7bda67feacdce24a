// Browser smoke test: the built site loads in real Chromium without console errors.
// Run by scripts/test-all.mjs after `astro build`, against `astro preview`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBrowser } from './harness.mjs';

test('home page renders in Korean without console errors', async () => {
  await withBrowser(async ({ page, baseUrl, consoleErrors }) => {
    await page.goto(baseUrl + '/');
    assert.equal(await page.locator('html').getAttribute('lang'), 'ko');
    assert.match(await page.locator('h1').innerText(), /Python Memory Lab/);
    assert.deepEqual(consoleErrors, []);
  });
});
