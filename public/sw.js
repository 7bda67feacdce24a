// Offline support: after the first visit every file of the site (offline-manifest.json, written
// at build time) is cached — except the editor (Monaco, ~3 MB), which is cached the first time a
// learner opens it. Pages are served network-first (fresh when online), everything else
// cache-first (hashed assets never change). A new build has a new manifest version → new cache.
const PREFIX = 'pml-';
const LAZY = /\/_astro\/(monaco-loader|editor\.worker|python\.)[^/]*$|^\/fonts\/.*\.woff2$/;
let current = null;
async function currentCache() {
  if (current) return current;
  const keys = (await caches.keys()).filter((k) => k.startsWith(PREFIX));
  return (current = keys.length ? caches.open(keys[keys.length - 1]) : null);
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const manifest = await (await fetch('/offline-manifest.json', { cache: 'no-cache' })).json();
    const cache = await caches.open(PREFIX + manifest.version);
    // cache in small groups so one failure does not lose everything
    const urls = manifest.urls.filter((u) => !LAZY.test(u));
    for (let i = 0; i < urls.length; i += 8) {
      await Promise.all(urls.slice(i, i + 8).map((u) => cache.add(u).catch(() => {})));
    }
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const manifest = await (await fetch('/offline-manifest.json', { cache: 'no-cache' }).catch(() => null))?.json().catch(() => null);
    if (manifest) {
      for (const key of await caches.keys()) if (key.startsWith(PREFIX) && key !== PREFIX + manifest.version) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

// Cross-origin isolation for hosts that cannot send headers: what this worker serves carries
// COOP/COEP (as `astro preview` and public/_headers do), so the page gets SharedArrayBuffer —
// needed by input() — once the service worker is in control. Redirects pass unchanged.
function isolate(res) {
  if (!res || res.type === 'error' || res.type === 'opaque' || res.redirected) return res;
  const headers = new Headers(res.headers);
  headers.set('Cross-Origin-Opener-Policy', 'same-origin');
  headers.set('Cross-Origin-Embedder-Policy', 'require-corp');
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
}

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== location.origin) return;
  if (req.mode === 'navigate') {
    event.respondWith((async () => {
      try {
        return isolate(await fetch(req));
      } catch {
        const path = url.pathname.endsWith('/') || url.pathname.includes('.') ? url.pathname : url.pathname + '/';
        return isolate((await caches.match(path, { ignoreSearch: true })) ?? (await caches.match('/404.html')) ?? Response.error());
      }
    })());
    return;
  }
  event.respondWith((async () => {
    const hit = await caches.match(req, { ignoreSearch: true });
    if (hit) return isolate(hit);
    const res = await fetch(req);
    if (res.ok && (url.pathname.startsWith('/_astro/') || url.pathname.startsWith('/fonts/'))) {
      const cache = await currentCache();
      if (cache) cache.put(req, res.clone()).catch(() => {});
    }
    return isolate(res);
  })());
});
