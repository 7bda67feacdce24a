#!/usr/bin/env node
// Site speed and weight, measured in Chromium on the built site (run `npm run build` first):
//  - page load → first example output when Run is pressed as soon as the page has loaded
//    (the worker boots the interpreter meanwhile), the same from navigation start, the
//    worker's phases (started, script loaded = fetched + compiled + evaluated, first program's
//    interpreter made), and Run → output once it is warm;
//  - JavaScript a lesson page ships before any interaction (and what the worker fetches).
// Usage: node scripts/site-bench.mjs [--runs N] [--path /lessons/references/]
// Prints medians; timings are not asserted anywhere (they depend on the machine's load).
import os from 'node:os';
import { withBrowser, closeShared } from '../tests/browser/harness.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const RUNS = Number(opt('--runs', 7));
const PATH = opt('--path', '/lessons/references/');
const loadBefore = os.loadavg()[0];
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

const cold = [];
const warm = [];
const ready = [];
const loads = [];
const fromNav = [];
const phases = { start: [], loaded: [], prepared: [] };
for (let i = 0; i < RUNS; i++) {
  await withBrowser(async ({ page, baseUrl }) => {
    // press Run from inside the page at its load event, and note when output first appears
    await page.addInitScript(() => {
      addEventListener('load', () => {
        const pg = document.querySelector('[data-testid="playground"]');
        const out = pg.querySelector('[data-testid="output"]');
        const clicked = performance.now();
        new MutationObserver((_, obs) => {
          if (out.querySelector('.out, .err')) {
            obs.disconnect();
            window.__pml = { load: clicked, first: performance.now() };
          }
        }).observe(out, { childList: true, subtree: true });
        pg.querySelector('[data-testid="run"]').click();
      });
    });
    await page.goto(baseUrl + PATH);
    await page.waitForFunction(() => window.__pml, null, { timeout: 30000 });
    await page.waitForFunction(() => performance.getEntriesByName('pml:worker-ready').length > 0, null, { timeout: 30000 });
    const r = await page.evaluate(() => {
      const mark = (n) => performance.getEntriesByName(`pml:worker-${n}`)[0]?.startTime ?? NaN;
      return { ...window.__pml, ready: mark('ready'), start: mark('start'), loaded: mark('loaded'), prepared: mark('prepared') };
    });
    loads.push(r.load);
    cold.push(r.first - r.load);
    fromNav.push(r.first);
    ready.push(r.ready);
    for (const k of Object.keys(phases)) phases[k].push(r[k]);
    // warm: Run again
    const pg = page.locator('[data-testid="playground"]').first();
    await page.waitForFunction((el) => el.dataset.lastRunMs, await pg.elementHandle());
    const ms = await pg.evaluate((el) => new Promise((resolve) => {
      const out = el.querySelector('[data-testid="output"]');
      let t0 = 0;
      const obs = new MutationObserver(() => {
        if (out.querySelector('.out, .err')) { obs.disconnect(); resolve(performance.now() - t0); }
      });
      obs.observe(out, { childList: true, subtree: true });
      t0 = performance.now();
      el.querySelector('[data-testid="run"]').click();
    }));
    warm.push(ms);
  });
}

let weight = null;
await withBrowser(async ({ page, baseUrl }) => {
  const scripts = [];
  page.on('response', async (r) => {
    if (r.request().resourceType() === 'script' || r.url().endsWith('.js')) {
      const body = await r.body().catch(() => Buffer.alloc(0));
      scripts.push({ url: r.url().replace(baseUrl, ''), bytes: body.length });
    }
  });
  await page.goto(baseUrl + PATH, { waitUntil: 'networkidle' });
  const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].reduce((n, s) => n + s.textContent.length, 0));
  const main = scripts.filter((s) => !/python-worker/.test(s.url));
  weight = {
    pageScripts: main.length,
    pageBytes: main.reduce((n, s) => n + s.bytes, 0),
    inlineBytes: inline,
    workerBytes: scripts.filter((s) => /python-worker/.test(s.url)).reduce((n, s) => n + s.bytes, 0),
  };
});
await closeShared();

const load = os.loadavg()[0] / os.cpus().length;
console.log(`site bench (${PATH}, ${RUNS} page loads, load per CPU ${(loadBefore / os.cpus().length).toFixed(1)} before, ${load.toFixed(1)} after; load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')})`);
console.log(`  load event:                         median ${median(loads).toFixed(0)} ms after navigation`);
console.log(`  worker started / script loaded / first interpreter made: medians ${median(phases.start).toFixed(0)} / ${median(phases.loaded).toFixed(0)} / ${median(phases.prepared).toFixed(0)} ms after navigation`);
console.log(`  worker ready (seen by the page):     median ${median(ready).toFixed(0)} ms after navigation`);
console.log(`  Run at load → first output:          median ${median(cold).toFixed(0)} ms  [${cold.map((x) => x.toFixed(0)).join(', ')}]`);
console.log(`  navigation → first output (Run at load): median ${median(fromNav).toFixed(0)} ms`);
console.log(`  Run (warm) → first output:           median ${median(warm).toFixed(0)} ms`);
console.log(`  JS before interaction: ${weight.pageScripts} files, ${weight.pageBytes} bytes + ${weight.inlineBytes} bytes inline (uncompressed)`);
console.log(`  interpreter, fetched by the worker:  ${weight.workerBytes} bytes (uncompressed)`);
