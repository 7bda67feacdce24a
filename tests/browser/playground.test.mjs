// The playground on a lesson page: build-time output, Run, edit and rerun in Monaco, Stop a
// runaway program, error line marking, Reset, saved edits, share links, speed and page weight.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import os from 'node:os';
import { withBrowser, closeShared } from './harness.mjs';

after(closeShared);
const LESSON = '/lessons/references/';

async function edit(page, pg, code) {
  await pg.locator('[data-action="edit"]').click();
  const editor = pg.locator('.monaco-editor');
  await editor.waitFor({ state: 'visible', timeout: 20000 });
  await editor.locator('.view-lines').click();
  if (code.includes('\n')) {
    // typing would trigger Monaco's auto-indent; multi-line code goes in through the element
    await pg.evaluate((el, c) => el.setCode(c), code);
    return;
  }
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
}

async function runAndWait(pg) {
  await pg.evaluate((el) => { delete el.dataset.lastRunMs; });
  await pg.locator('[data-testid="run"]').click();
  await pg.page().waitForFunction((el) => !el.hasAttribute('data-running') && el.dataset.lastRunMs, await pg.elementHandle(), { timeout: 20000 });
  return pg.locator('[data-testid="output"]').innerText();
}

test('a lesson example shows its build-time output, and Run shows it again quickly', async (t) => {
  await withBrowser(async ({ page, baseUrl, consoleErrors }) => {
    await page.goto(baseUrl + LESSON, { waitUntil: 'load' });
    const pg = page.locator('[data-testid="playground"]').first();
    const out = pg.locator('[data-testid="output"]');
    assert.match(await out.innerText(), /\[1, 2, 3, 4\]/, 'output rendered at build time');
    await pg.evaluate((el) => { el.dataset.lastRunMs = ''; });
    const t0 = Date.now();
    await pg.locator('[data-testid="run"]').click();
    await page.waitForFunction((el) => el.querySelector('[data-testid="output"] .out, [data-testid="output"] .err'), await pg.elementHandle());
    const firstOutputMs = Date.now() - t0;
    await page.waitForFunction((el) => el.dataset.lastRunMs, await pg.elementHandle());
    // reported, not asserted (timings depend on the machine's load): scripts/site-bench.mjs
    // measures it properly and docs/site.md records the figures
    const load = os.loadavg()[0] / os.cpus().length;
    t.diagnostic(`page load → first example output after Run: ${firstOutputMs} ms (load per CPU ${load.toFixed(1)})`);
    assert.match(await out.innerText(), /\[1, 2, 3, 4\]\nTrue True/);
    assert.deepEqual(consoleErrors, []);
  });
});

test('edit and rerun; the edit survives a reload; Reset restores the original', async () => {
  await withBrowser(async ({ page, baseUrl, consoleErrors }) => {
    await page.goto(baseUrl + LESSON);
    const pg = page.locator('[data-testid="playground"]').nth(1);
    await edit(page, pg, "print('고친 코드')");
    assert.equal((await runAndWait(pg)).trim(), '고친 코드');
    // Ctrl/Cmd+Enter runs too
    await pg.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.insertText("\nprint('둘째 줄')");
    await pg.evaluate((el) => { delete el.dataset.lastRunMs; });
    await page.keyboard.press('ControlOrMeta+Enter');
    await page.waitForFunction((el) => el.dataset.lastRunMs, await pg.elementHandle());
    assert.equal((await pg.locator('[data-testid="output"]').innerText()).trim(), '고친 코드\n둘째 줄');

    await page.reload();
    const again = page.locator('[data-testid="playground"]').nth(1);
    assert.equal(await again.locator('.pg-badge').innerText(), '고친 코드');
    assert.match(await again.locator('.pg-code').innerText(), /print\('둘째 줄'\)/);
    await again.locator('[data-testid="reset"]').click();
    assert.match(await again.locator('.pg-code').innerText(), /import sys/);
    assert.equal(await again.locator('.pg-badge').isHidden(), true);
    assert.deepEqual(consoleErrors, []);
  });
});

test('Stop ends `while True: pass` at once, the page stays responsive, and Run works again', async () => {
  await withBrowser(async ({ page, baseUrl, consoleErrors }) => {
    await page.goto(baseUrl + LESSON);
    const pg = page.locator('[data-testid="playground"]').first();
    await edit(page, pg, 'while True: pass');
    await pg.locator('[data-testid="run"]').click();
    await page.waitForTimeout(400);
    assert.equal(await pg.getAttribute('data-running'), '');
    // the main thread is free while Python spins in the worker: page script still runs
    assert.equal(await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(1 + 1)))), 2);
    const stop = pg.locator('[data-testid="stop"]');
    assert.equal(await stop.isEnabled(), true);
    await stop.click();
    // `while True: pass` never ends by itself: the run is over only because Stop ended it
    await page.waitForFunction((el) => !el.hasAttribute('data-running'), await pg.elementHandle());
    assert.match(await pg.locator('[data-testid="output"]').innerText(), /중지했습니다/);
    await edit(page, pg, "print('다시')");
    assert.equal((await runAndWait(pg)).trim(), '다시');
    assert.deepEqual(consoleErrors, []);
  });
});

test('an error is shown as stderr and its line is marked in the editor', async () => {
  await withBrowser(async ({ page, baseUrl }) => {
    await page.goto(baseUrl + LESSON);
    const pg = page.locator('[data-testid="playground"]').first();
    await edit(page, pg, "print('a')\nundefined_name + 1\nprint('b')");
    const text = await runAndWait(pg);
    assert.match(text, /line 2/);
    assert.ok(await pg.locator('[data-testid="output"] .err').count() > 0);
    assert.equal(await pg.getAttribute('data-error-line'), '2');
    assert.equal(await pg.locator('.monaco-editor .pg-error-line').count(), 1);
    assert.match(await pg.locator('.pg-status').innerText(), /2행에서 오류/);
  });
});

test('the build marks the failing line of an example that raises', async () => {
  await withBrowser(async ({ page, baseUrl }) => {
    await page.goto(baseUrl + LESSON);
    const pg = page.locator('[data-testid="playground"]', { hasText: '지운 이름을 다시 쓰기' });
    assert.match(await pg.locator('[data-testid="output"]').innerText(), /NameError/);
    assert.equal(await pg.locator('.pg-code .line.error-line').getAttribute('data-line'), '5');
  });
});

test('a share link carries the edited code', async () => {
  await withBrowser(async ({ page, context, baseUrl }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await page.goto(baseUrl + LESSON);
    const pg = page.locator('[data-testid="playground"]').nth(2);
    const code = "print('공유한 코드 — 참조')\n" + '# 주석\n'.repeat(30);
    await edit(page, pg, code);
    await pg.locator('[data-action="share"]').click();
    await page.waitForFunction(() => location.hash.startsWith('#run-'));
    const url = page.url();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), url);
    const fresh = await context.newPage();
    await fresh.goto(url);
    const shared = fresh.locator(`#${url.split('#run-')[1].split('=')[0]}`);
    await shared.locator('.pg-badge').waitFor({ state: 'visible' });
    assert.equal(await shared.locator('.pg-badge').innerText(), '공유 링크의 코드');
    assert.match(await shared.locator('.pg-code').innerText(), /공유한 코드 — 참조/);
  });
});

test('a lesson page ships little JS before interaction: no Monaco; the interpreter only in the worker', async (t) => {
  await withBrowser(async ({ page, baseUrl }) => {
    const scripts = [];
    page.on('response', async (r) => {
      if (r.request().resourceType() === 'script' || r.url().endsWith('.js')) {
        const body = await r.body().catch(() => Buffer.alloc(0));
        scripts.push({ url: r.url().replace(baseUrl, ''), bytes: body.length });
      }
    });
    await page.goto(baseUrl + LESSON, { waitUntil: 'networkidle' });
    const worker = scripts.filter((s) => /python-worker/.test(s.url));
    const main = scripts.filter((s) => !/python-worker/.test(s.url));
    const total = main.reduce((n, s) => n + s.bytes, 0);
    t.diagnostic(`interpreter fetched by the worker (off the main thread): ${worker.reduce((n, s) => n + s.bytes, 0)} bytes`);
    const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].reduce((n, s) => n + s.textContent.length, 0));
    t.diagnostic(`lesson page JS before interaction: ${main.length} files, ${total} bytes (+ ${inline} bytes inline): ${main.map((s) => `${s.url} ${s.bytes}`).join(', ')}`);
    assert.ok(!scripts.some((s) => /monaco|editor\.worker/.test(s.url)), 'Monaco not loaded');
    const sheets = await page.evaluate(() => [...document.querySelectorAll('link[rel=stylesheet]')].map((l) => l.getAttribute('href')));
    assert.ok(!sheets.some((h) => /monaco/.test(h)), `no editor CSS before editing: ${sheets}`);
    assert.ok(total + inline < 40_000, `JS before interaction: ${total + inline} bytes`);
  });
});

test('the worker is started while the page is parsed and the page script takes it over: one interpreter fetch per worker', async () => {
  await withBrowser(async ({ page, baseUrl, consoleErrors }) => {
    const fetches = [];
    page.on('request', (r) => { if (/python-worker/.test(r.url())) fetches.push(r.url()); });
    await page.goto(baseUrl + LESSON);
    // the inline head script started it (before the page's module scripts ran)
    const early = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const start = performance.getEntriesByName('pml:worker-start')[0];
      return { taken: !('__pmlWorker' in window), beforeDomReady: start !== undefined && start.startTime < nav.domContentLoadedEventStart };
    });
    assert.deepEqual(early, { taken: true, beforeDomReady: true });
    // a heap example first: the worker prepared main.py without heap; it still runs right
    const heapPg = page.locator('[data-testid="playground"][data-heap]').first();
    await heapPg.scrollIntoViewIfNeeded();
    const out = await runAndWait(heapPg);
    assert.match(out, /\d/);
    await heapPg.locator('.pg-heap').first().waitFor();
    const pg = page.locator('[data-testid="playground"]').first();
    assert.match(await runAndWait(pg), /\[1, 2, 3, 4\]\nTrue True/);
    assert.equal(fetches.length, 1, fetches.join(', '));
    // Stop makes a fresh worker: the same script again
    await edit(page, pg, 'while True: pass');
    await pg.locator('[data-testid="run"]').click();
    await page.waitForTimeout(200);
    await pg.locator('[data-testid="stop"]').click();
    await page.waitForFunction((el) => !el.hasAttribute('data-running'), await pg.elementHandle());
    await edit(page, pg, "print('새 워커')");
    assert.equal((await runAndWait(pg)).trim(), '새 워커');
    assert.equal(fetches.length, 2, fetches.join(', '));
    assert.equal(new Set(fetches).size, 1, 'the same worker script');
    assert.deepEqual(consoleErrors, []);
  });
});

test('output streams while the program is still running', async () => {
  await withBrowser(async ({ page, baseUrl }) => {
    await page.goto(baseUrl + LESSON);
    const pg = page.locator('[data-testid="playground"]').first();
    await edit(page, pg, "print('시작')\ns = 0\nfor j in range(1_000_000):\n    s += j\nprint('끝', s)");
    await pg.locator('[data-testid="run"]').click();
    await page.waitForFunction((el) => el.querySelector('[data-testid="output"]').textContent.includes('시작'), await pg.elementHandle());
    assert.equal(await pg.getAttribute('data-running'), '', 'first line shown before the program ends');
    assert.doesNotMatch(await pg.locator('[data-testid="output"]').innerText(), /끝/);
    await page.waitForFunction((el) => !el.hasAttribute('data-running'), await pg.elementHandle(), { timeout: 60000 });
    assert.match(await pg.locator('[data-testid="output"]').innerText(), /끝 499999500000/);
  });
});

test('the editor follows the theme switch and Esc leaves it for the Run button', async () => {
  await withBrowser(async ({ page, baseUrl }) => {
    await page.goto(baseUrl + LESSON);
    const pg = page.locator('[data-testid="playground"]').first();
    await edit(page, pg, "print('테마')");
    const bg = () => pg.locator('.monaco-editor-background').evaluate((el) => getComputedStyle(el).backgroundColor);
    const light = await bg();
    await page.selectOption('[data-testid="theme-select"]', 'dark');
    await page.waitForFunction((before) => getComputedStyle(document.querySelector('.monaco-editor-background')).backgroundColor !== before, light);
    assert.notEqual(await bg(), light);
    await pg.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('Escape');
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'run');
  });
});
