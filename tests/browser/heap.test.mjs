// The heap panel of <Playground heap> (src/site/heap-panel.ts, snapshots from
// src/interpreter/heap/snapshot.ts taken in the worker) and input() answered in the page.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { withBrowser, closeShared, axeSerious } from './harness.mjs';

after(closeShared);
const LESSON = '/lessons/references/';

async function runAndWait(pg) {
  await pg.evaluate((el) => { delete el.dataset.lastRunMs; });
  await pg.locator('[data-testid="run"]').click();
  await pg.page().waitForFunction((el) => !el.hasAttribute('data-running') && el.dataset.lastRunMs, await pg.elementHandle(), { timeout: 60000 });
  return pg.locator('[data-testid="output"]').innerText();
}

/** The object row a global name points to. */
async function rowOfName(pg, name) {
  const link = pg.locator('.heap-names li', { has: pg.page().locator(`code:text-is("${name}")`) }).locator('a');
  const href = await link.getAttribute('href');
  return pg.locator(`[id="${href.slice(1)}"]`);
}

async function facts(row) {
  return { refcount: await row.getAttribute('data-refcount'), size: await row.getAttribute('data-size'), type: await row.getAttribute('data-type') };
}

test('heap panel: refcount and size of the program\'s objects match what it printed', async () => {
  await withBrowser(async ({ page, baseUrl, consoleErrors }) => {
    await page.goto(baseUrl + LESSON);
    const pg = page.locator('[data-testid="playground"][data-heap]').first();
    // drawn at build time (readable without running)
    await pg.locator('[data-testid="heap"]').waitFor();
    const prebuilt = await pg.locator('[data-testid="heap-objects"] > li').count();
    assert.ok(prebuilt > 0);
    await pg.evaluate((el) => { el.querySelector('[data-testid="heap"]').dataset.stale = '1'; });

    const out = await runAndWait(pg);
    await page.waitForFunction((el) => !el.querySelector('[data-testid="heap"][data-stale]') && !el.querySelector('.pg-heap-host[aria-busy]'), await pg.elementHandle());
    const [line1, line2] = out.trim().split('\n').map((l) => l.split(' ').map(Number));
    const a = await facts(await rowOfName(pg, 'a'));
    assert.equal(a.type, 'list');
    assert.equal(Number(a.refcount), line1[0] - 1, 'getrefcount counts its argument');
    assert.equal(Number(a.size), line1[1]);
    const p = await facts(await rowOfName(pg, 'p'));
    assert.equal(p.type, 'Point');
    assert.equal(Number(p.refcount), line2[0] - 1);
    assert.equal(Number(p.size), line2[1]);
    // a and b name the same object
    assert.equal(await (await rowOfName(pg, 'a')).getAttribute('id'), await (await rowOfName(pg, 'b')).getAttribute('id'));
    // the list's referrers: the names a and b and the Point's attribute x
    const listRow = await rowOfName(pg, 'a');
    const from = await listRow.locator('.obj-refs > div').nth(1).innerText();
    assert.match(from, /이름 a/);
    assert.match(from, /이름 b/);
    assert.match(from, /Point[\s\S]*\bx\b/);
    // pymalloc summary: the list's block size class is listed with used blocks
    const blockSize = Number(/pymalloc (\d+)B/.exec(await listRow.locator('.obj-facts').innerText())[1]);
    const classes = await pg.locator('[data-testid="heap-pymalloc"] table').first().evaluate((t) =>
      [...t.tBodies[0].rows].map((r) => [...r.cells].map((c) => c.textContent.trim())));
    assert.ok(classes.some((c) => c[1] === `${blockSize}B` && Number(c[3].replace(/,/g, '')) > 0), JSON.stringify(classes));
    assert.deepEqual(consoleErrors, []);
  });
});

test('heap panel: keyboard walks the references; no serious axe violations', async () => {
  await withBrowser(async ({ page, baseUrl }) => {
    await page.goto(baseUrl + LESSON);
    const pg = page.locator('[data-testid="playground"][data-heap]').first();
    await runAndWait(pg);
    const p = await rowOfName(pg, 'p');
    // focus the attribute link x → list, press Enter: the list's row gets the focus
    const link = p.locator('.obj-refs a', { hasText: 'list' }).first();
    await link.focus();
    await page.keyboard.press('Enter');
    const focused = await page.evaluate(() => document.activeElement?.id);
    assert.equal(focused, await (await rowOfName(pg, 'a')).getAttribute('id'));
    await pg.locator('[data-testid="heap-pymalloc"] summary').focus();
    await page.keyboard.press('Enter');
    assert.equal(await pg.locator('[data-testid="heap-pymalloc"]').getAttribute('open'), '');
    assert.deepEqual(await axeSerious(page), []);
  });
});

test('heap panel: 100 000 objects are summarised, and a garbage cycle shows as unreachable', async () => {
  await withBrowser(async ({ page, baseUrl, consoleErrors }) => {
    await page.goto(baseUrl + LESSON);
    const pg = page.locator('[data-testid="playground"][data-heap]').first();
    await pg.evaluate((el, c) => el.setCode(c), [
      'import gc',
      'class Node:',
      '    pass',
      'gc.disable()',
      'big = [[i] for i in range(100_000)]',
      'x = Node(); y = Node(); x.other = y; y.other = x',
      'del x, y',
      'print(len(big))',
    ].join('\n'));
    assert.equal((await runAndWait(pg)).trim(), '100000');
    await page.waitForFunction((el) => !el.querySelector('.pg-heap-host[aria-busy]'), await pg.elementHandle());
    const big = await rowOfName(pg, 'big');
    assert.equal((await facts(big)).type, 'list');
    assert.match(await big.innerText(), /외 99,9\d\d개/);
    const shown = await pg.locator('[data-testid="heap-objects"] > li').count();
    assert.ok(shown <= 150, `${shown} objects drawn`);
    assert.match(await pg.locator('.heap-when').innerText(), /살아 있는 객체 (\d{3},)?\d{3},\d{3}개/);
    const lost = pg.locator('[data-testid="heap-objects"] > li[data-unreachable][data-type="Node"]');
    assert.equal(await lost.count(), 2);
    for (const r of await lost.all()) assert.equal(await r.getAttribute('data-refcount'), '1');
    assert.deepEqual(consoleErrors, []);
  });
});

test('heap panel: a snapshot at each breakpoint(), then at the end', async () => {
  await withBrowser(async ({ page, baseUrl, consoleErrors }) => {
    await page.goto(baseUrl + LESSON);
    const pg = page.locator('[data-testid="playground"][data-heap]').first();
    await pg.evaluate((el, c) => el.setCode(c), [
      'import sys',
      'def grow(xs):',
      '    xs.append([0] * 3)',
      '    breakpoint()',
      'data = []',
      'breakpoint()',
      'grow(data)',
      'print(sys.getrefcount(data))',
    ].join('\n'));
    assert.equal((await runAndWait(pg)).trim(), '2');
    await page.waitForFunction((el) => !el.querySelector('.pg-heap-host[aria-busy]'), await pg.elementHandle());
    const steps = pg.locator('[data-testid="heap-step"]');
    assert.equal(await steps.count(), 3);
    assert.match(await steps.nth(0).locator(':scope > summary').innerText(), /breakpoint\(\)를 부른 시점 \(6행\)/);
    assert.match(await steps.nth(1).locator(':scope > summary').innerText(), /\(4행\)/);
    assert.match(await steps.nth(2).locator(':scope > summary').innerText(), /프로그램이 끝난 시점/);
    assert.equal(await steps.nth(2).getAttribute('open'), '');
    // inside grow(): the parameter xs and the global data name one list, which has one item then
    await steps.nth(1).locator(':scope > summary').click();
    const names = await steps.nth(1).locator('.heap-names').innerText();
    assert.match(names, /xs \(grow의 지역 변수\)/);
    const dataRow = steps.nth(1).locator('.heap-objects > li[data-type="list"]').first();
    assert.match(await dataRow.locator('.obj-head').innerText(), /항목 1개/);
    assert.deepEqual(consoleErrors, []);
  });
});

test('input(): the program waits for a line typed in the page', async () => {
  await withBrowser(async ({ page, baseUrl, consoleErrors }) => {
    await page.goto(baseUrl + LESSON);
    assert.equal(await page.evaluate(() => crossOriginIsolated), true, 'COOP/COEP headers from astro preview');
    const pg = page.locator('[data-testid="playground"]').nth(1);
    await pg.evaluate((el, c) => el.setCode(c), "name = input('이름? ')\nage = input()\nprint('안녕', name, age)");
    await pg.locator('[data-testid="run"]').click();
    const box = pg.locator('[data-testid="stdin-input"]');
    await box.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'stdin-input');
    await page.keyboard.insertText('철수');
    await page.keyboard.press('Enter');
    await box.waitFor();
    await page.keyboard.insertText('7');
    await page.keyboard.press('Enter');
    await page.waitForFunction((el) => !el.hasAttribute('data-running'), await pg.elementHandle());
    assert.equal((await pg.locator('[data-testid="output"]').innerText()).trim(), '이름? 철수\n7\n안녕 철수 7');
    // Ctrl+D: end of file → EOFError
    await pg.evaluate((el) => el.setCode("input('> ')"));
    await pg.locator('[data-testid="run"]').click();
    await box.waitFor();
    await page.keyboard.press('Control+d');
    await page.waitForFunction((el) => !el.hasAttribute('data-running'), await pg.elementHandle());
    assert.match(await pg.locator('[data-testid="output"]').innerText(), /EOFError: EOF when reading a line/);
    assert.deepEqual(consoleErrors, []);
  });
});

test('input() in the REPL', async () => {
  await withBrowser(async ({ page, baseUrl, consoleErrors }) => {
    await page.goto(baseUrl + '/repl/');
    const input = page.locator('[data-testid="repl-input"]');
    await input.fill("x = input('값: ')");
    await input.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-testid="repl"]').hasAttribute('data-input'));
    await input.fill('42');
    await input.press('Enter');
    await page.waitForFunction(() => !document.querySelector('[data-testid="repl"]').hasAttribute('data-busy'));
    await input.fill('x * 2');
    await input.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-testid="repl-output"]').textContent.includes("'4242'"));
    assert.match(await page.locator('[data-testid="repl-output"]').innerText(), /값: 42\n/);
    assert.deepEqual(consoleErrors, []);
  });
});

test('a static host without COOP/COEP headers: the service worker isolates the page, so input() works', async () => {
  // a bare static file server for dist/ (no headers of ours)
  const { createServer } = await import('node:http');
  const { readFile, stat } = await import('node:fs/promises');
  const path = await import('node:path');
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.wasm': 'application/wasm' };
  const server = createServer(async (req, res) => {
    let p = path.join('dist', decodeURIComponent(new URL(req.url, 'http://x').pathname));
    try {
      if ((await stat(p)).isDirectory()) p = path.join(p, 'index.html');
      const body = await readFile(p);
      res.writeHead(200, { 'content-type': types[path.extname(p)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    await withBrowser(async ({ page }) => {
      await page.goto(base + LESSON);
      assert.equal(await page.evaluate(() => crossOriginIsolated), false, 'no headers on the first view');
      // not isolated: input() cannot be answered → end of file, with a note
      const first = page.locator('[data-testid="playground"]').nth(1);
      await first.evaluate((el) => el.setCode("input('? ')"));
      await first.locator('[data-testid="run"]').click();
      await page.waitForFunction((el) => el.dataset.lastRunMs && !el.hasAttribute('data-running'), await first.elementHandle());
      const text = await first.locator('[data-testid="output"]').innerText();
      assert.match(text, /input\(\)에 답할 수 없습니다/);
      assert.match(text, /EOFError: EOF when reading a line/);
      await page.evaluate(() => navigator.serviceWorker.ready);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
      await page.reload();
      assert.equal(await page.evaluate(() => crossOriginIsolated), true, 'isolated once the service worker serves the page');
      const pg = page.locator('[data-testid="playground"]').nth(1);
      await pg.evaluate((el) => el.setCode("print(input('? ') * 2)"));
      await pg.locator('[data-testid="run"]').click();
      await pg.locator('[data-testid="stdin-input"]').waitFor();
      await page.keyboard.insertText('ab');
      await page.keyboard.press('Enter');
      await page.waitForFunction((el) => !el.hasAttribute('data-running'), await pg.elementHandle());
      assert.equal((await pg.locator('[data-testid="output"]').innerText()).trim(), '? ab\nabab');
    }, { serviceWorkers: 'allow' });
  } finally {
    server.close();
  }
});
