// The site shell: theme switch (remembered), Korean search, progress on the home page, phone
// layout with the lesson menu, keyboard navigation, heading anchors, offline after first visit.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { withBrowser, closeShared } from './harness.mjs';

after(closeShared);

test('theme: follows the system, switchable, remembered', async () => {
  await withBrowser(async ({ page, baseUrl }) => {
    await page.goto(baseUrl + '/lessons/references/');
    const scheme = () => page.evaluate(() => document.documentElement.dataset.colorScheme);
    assert.equal(await scheme(), 'dark');
    await page.selectOption('[data-testid="theme-select"]', 'light');
    assert.equal(await scheme(), 'light');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(bg, 'rgb(255, 255, 255)');
    await page.goto(baseUrl + '/');
    assert.equal(await scheme(), 'light');
    assert.equal(await page.locator('[data-testid="theme-select"]').inputValue(), 'light');
    await page.selectOption('[data-testid="theme-select"]', 'auto');
    assert.equal(await scheme(), 'dark');
  }, { colorScheme: 'dark' });
});

test('search in Korean: 참조 finds 참조가, 참조를 and 참조 카운트', async () => {
  await withBrowser(async ({ page, baseUrl, consoleErrors }) => {
    await page.goto(baseUrl + '/');
    await page.keyboard.press('/');
    const input = page.locator('[data-testid="search-input"]');
    await input.waitFor({ state: 'visible' });
    await input.fill('참조');
    const results = page.locator('[data-testid="search-results"] li');
    await results.first().waitFor({ timeout: 10000 });
    const marks = await page.locator('[data-testid="search-results"] mark').allInnerTexts();
    const text = (await page.locator('[data-testid="search-results"]').innerText()).replace(/\s+/g, ' ');
    for (const form of ['참조가', '참조를']) assert.ok(marks.some((m) => m.startsWith(form)) || text.includes(form), `${form} in ${text}`);
    assert.ok(text.includes('참조 카운트'), text);
    // each result: the title, then the excerpt on its own line (the page's styles reach the
    // script-made results)
    const look = await results.first().locator('a').evaluate((a) => ({
      underline: getComputedStyle(a).textDecorationLine, excerpt: getComputedStyle(a.querySelector('.excerpt')).display,
    }));
    assert.deepEqual(look, { underline: 'none', excerpt: 'block' });
    // results lead to the lessons
    const href = await results.first().locator('a').getAttribute('href');
    assert.match(href, /^\/lessons\//);
    await input.press('Enter');
    await page.waitForURL(/\/lessons\//);
    assert.deepEqual(consoleErrors, []);
  });
});

test('search index: 참조 matches its particle forms and compounds (참조가, 참조를, 참조카운트…)', async () => {
  await withBrowser(async ({ page, baseUrl, consoleErrors }) => {
    await page.goto(baseUrl + '/');
    // the words of the lessons that Pagefind reports as matches of each query
    const matched = await page.evaluate(async () => {
      const pf = await import('/pagefind/pagefind.js');
      await pf.init();
      const out = {};
      for (const q of ['참조', '참조 카운트', '가비지']) {
        const r = await pf.search(q);
        const words = new Set();
        for (const d of await Promise.all(r.results.map((x) => x.data()))) {
          const w = d.content.split(/\s+/);
          for (const l of d.locations) words.add(w[l]);
        }
        out[q] = [...words];
      }
      return out;
    });
    const has = (q, re) => assert.ok(matched[q].some((w) => re.test(w)), `${q}: ${re} not in ${matched[q].join(' ')}`);
    has('참조', /^참조가/);
    has('참조', /^참조를/);
    has('참조', /^참조$/);
    has('참조', /^참조카운트/); // a compound written without a space
    has('참조 카운트', /^카운트/);
    has('가비지', /^가비지/);
    // anchors (#) and the heap panel's figures are not indexed as words of the lesson
    assert.ok(!matched['참조 카운트'].some((w) => w.endsWith('#')), matched['참조 카운트'].join(' '));
    assert.deepEqual(consoleErrors, []);
  });
});

test('home page shows the learner\'s progress', async () => {
  await withBrowser(async ({ page, baseUrl }) => {
    await page.goto(baseUrl + '/');
    assert.match(await page.locator('[data-testid="progress-text"]').innerText(), /0개 완료/);
    await page.goto(baseUrl + '/lessons/references/');
    await page.locator('[data-testid="complete"]').click();
    assert.equal(await page.locator('[data-testid="complete"]').getAttribute('aria-pressed'), 'true');
    await page.goto(baseUrl + '/');
    assert.match(await page.locator('[data-testid="progress-text"]').innerText(), /1개 완료/);
    assert.equal(await page.locator('li[data-lesson="references"] [data-status]').innerText(), '완료');
    assert.equal(await page.locator('[data-testid="continue"]').getAttribute('href'), '/lessons/cycles-and-gc/');
  });
});

test('Hangul text is drawn with a font that has Hangul (no empty boxes), on a machine with or without a Hangul font', async () => {
  // the installed fonts with Hangul (fontconfig); the self-hosted Pretendard subsets are web fonts
  const fc = spawnSync('fc-list', [':lang=ko', 'family'], { encoding: 'utf8' });
  const hangulFamilies = new Set((fc.stdout ?? '').split('\n').flatMap((l) => l.split(',')).map((f) => f.trim()).filter(Boolean));
  await withBrowser(async ({ page, baseUrl, context }) => {
    const cdp = await context.newCDPSession(page);
    const problems = [];
    for (const p of ['/', '/lessons/references/', '/repl/']) {
      await page.goto(baseUrl + p, { waitUntil: 'networkidle' });
      await page.evaluate(() => document.fonts.ready);
      const n = await page.evaluate(() => {
        let i = 0;
        for (const el of document.body.querySelectorAll('*')) {
          const own = [...el.childNodes].filter((c) => c.nodeType === 3).map((c) => c.textContent).join('');
          if (/[\uac00-\ud7a3]/.test(own) && el.getClientRects().length > 0) el.setAttribute('data-hangul-probe', String(i++));
        }
        return i;
      });
      assert.ok(n > 5, `${p}: Hangul text found`);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
      const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '[data-hangul-probe]' });
      for (const nodeId of nodeIds) {
        const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
        if (fonts.length === 0) continue; // not drawn (e.g. clipped away)
        if (fonts.some((f) => f.isCustomFont || hangulFamilies.has(f.familyName))) continue;
        const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
        problems.push(`${p}: ${outerHTML.slice(0, 100)} drawn with ${fonts.map((f) => f.familyName).join(', ')}`);
      }
    }
    assert.deepEqual(problems, []);
  });
});

test('phone: no horizontal scrolling; the lesson menu opens and closes', async () => {
  await withBrowser(async ({ page, baseUrl }) => {
    for (const p of ['/', '/repl/', '/lessons/references/']) {
      await page.goto(baseUrl + p);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${p} overflows by ${overflow}px`);
    }
    const sidebar = page.locator('#sidebar');
    assert.equal(await sidebar.isVisible(), false);
    await page.locator('[data-testid="menu-toggle"]').click();
    assert.equal(await sidebar.isVisible(), true);
    await page.keyboard.press('Escape');
    assert.equal(await sidebar.isVisible(), false);
  }, { viewport: { width: 375, height: 740 } });
});

test('keyboard: skip link, heading anchors, sidebar and prev/next links', async () => {
  await withBrowser(async ({ page, baseUrl }) => {
    await page.goto(baseUrl + '/lessons/references/');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
    await page.keyboard.press('Enter');
    assert.match(page.url(), /#main$/);
    const anchor = page.locator('h2#참조-카운트 a.anchor');
    assert.equal(await anchor.getAttribute('href'), '#참조-카운트');
    assert.equal(await page.locator('.sidebar a[aria-current="page"]').count(), 1);
    // the current lesson's sections in the sidebar, as in its table of contents
    const sections = await page.locator('.sidebar .section-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(sections.includes('#참조-카운트'), sections.join(' '));
    const toc = await page.locator('.toc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const h of sections) assert.ok(toc.includes(h), `${h} in the TOC`);
    // from the top of the page, Tab reaches the sidebar links and the playground buttons
    await page.goto(baseUrl + '/lessons/references/');
    const reached = new Set();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate(() => document.activeElement?.closest('.sidebar') ? 'sidebar' : document.activeElement?.dataset.testid ?? ''));
    }
    assert.ok(reached.has('sidebar') && reached.has('run'), [...reached].join(' '));
    assert.equal(await page.locator('.toc a[href="#참조-카운트"]').count(), 1);
    assert.equal(await page.locator('a[rel="next"]').getAttribute('href'), '/lessons/cycles-and-gc/');
  });
});

test('without JavaScript an example is readable: highlighted code and its output', async () => {
  await withBrowser(async ({ page, baseUrl }) => {
    await page.goto(baseUrl + '/lessons/references/');
    const pg = page.locator('[data-testid="playground"]').first();
    assert.ok(await pg.locator('.pg-code pre.shiki span[style*="--shiki-light"]').count() > 0);
    assert.equal(await pg.locator('[data-testid="run"]').isVisible(), false);
  }, { javaScriptEnabled: false });
});

test('offline: once loaded, the course keeps working without the network', async () => {
  await withBrowser(async ({ page, context, baseUrl }) => {
    await page.goto(baseUrl + '/');
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      return !!reg.active;
    });
    // wait until the precache is complete
    await page.waitForFunction(async () => {
      const keys = await caches.keys();
      if (!keys.length) return false;
      const c = await caches.open(keys[0]);
      return (await c.keys()).length > 10;
    }, null, { timeout: 20000, polling: 200 });
    await context.setOffline(true);
    await page.goto(baseUrl + '/lessons/cycles-and-gc/');
    assert.match(await page.locator('h1').first().innerText(), /순환 참조/);
    await context.setOffline(false);
  }, { serviceWorkers: 'allow' });
});
