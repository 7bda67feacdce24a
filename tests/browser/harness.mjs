// Shared browser-test harness: serves dist/ with `astro preview` on a free loopback port and
// drives Debian's Chromium through playwright-core (never a downloaded browser).
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const require = createRequire(import.meta.url);

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function waitFor(url, ms = 60000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`server at ${url} did not start`);
}

/** Every page of the built site, as URL paths ('/', '/lessons/x/', …), 404 excluded. */
export function sitePages(dist = 'dist') {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) { if (!['_astro', 'pagefind'].includes(name)) walk(p); }
      else if (name === 'index.html') out.push('/' + path.relative(dist, dir).split(path.sep).join('/') + (dir === dist ? '' : '/'));
    }
  };
  walk(dist);
  return out.map((p) => p.replace('//', '/')).sort();
}

/** Run axe-core in the page; returns the serious/critical violations (id: targets). */
export async function axeSerious(page) {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
  return result;
}

let shared = null;
async function startServer() {
  const port = await freePort();
  const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    stdio: 'ignore',
    detached: true,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor(baseUrl + '/');
  return { server, baseUrl };
}

/**
 * Start the server and browser once per test file; `fn` gets a fresh page (and context: its
 * own localStorage) with console errors collected. Options: viewport, colorScheme.
 */
export async function withBrowser(fn, options = {}) {
  if (!shared) {
    const { server, baseUrl } = await startServer();
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    shared = { server, baseUrl, browser };
  }
  const context = await shared.browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    serviceWorkers: options.serviceWorkers ?? 'block',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  try {
    await fn({ page, context, baseUrl: shared.baseUrl, consoleErrors });
  } finally {
    await context.close();
  }
}

export async function closeShared() {
  if (!shared) return;
  const s = shared;
  shared = null;
  await s.browser.close().catch(() => {});
  try { process.kill(-s.server.pid, 'SIGTERM'); } catch {}
}
