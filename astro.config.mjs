// Astro configuration: a static site (no server of ours), lessons written in MDX (content/).
// Two build steps of our own run after Astro's: the Pagefind search index and the offline
// (service worker) manifest — see src/site/build-integrations.mjs.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { themes } from './src/site/shiki-themes.mjs';
import { pagefindIndex, offlineManifest, selfHostedFont, monacoCssOnDemand, earlyWorkerStart } from './src/site/build-integrations.mjs';

// Cross-origin isolation (COOP + COEP) gives the page SharedArrayBuffer, which input() needs: the
// worker blocks on shared memory while the page asks the learner. `astro dev`/`astro preview`
// send these headers; public/_headers does it on Netlify/Cloudflare Pages, and public/sw.js adds
// them to what it serves (any other static host, once the service worker is in control).
const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  output: 'static',
  server: { headers: isolationHeaders },
  trailingSlash: 'ignore',
  markdown: {
    shikiConfig: {
      themes,
      defaultColor: false,
    },
  },
  integrations: [mdx(), selfHostedFont(), earlyWorkerStart(), pagefindIndex(), offlineManifest()],
  vite: {
    plugins: [monacoCssOnDemand()],
    worker: { format: 'es' },
    build: { chunkSizeWarningLimit: 4096 },
  },
});
