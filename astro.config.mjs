// Astro configuration: a static site (no server of ours), lessons written in MDX (content/).
// Two build steps of our own run after Astro's: the Pagefind search index and the offline
// (service worker) manifest — see src/site/build-integrations.mjs.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { themes } from './src/site/shiki-themes.mjs';
import { interpreterResolver, pagefindIndex, offlineManifest, selfHostedFont, monacoCssOnDemand } from './src/site/build-integrations.mjs';

export default defineConfig({
  output: 'static',
  trailingSlash: 'ignore',
  markdown: {
    shikiConfig: {
      themes,
      defaultColor: false,
    },
  },
  integrations: [mdx(), selfHostedFont(), pagefindIndex(), offlineManifest()],
  vite: {
    plugins: [interpreterResolver(), monacoCssOnDemand()],
    worker: { format: 'es', plugins: () => [interpreterResolver()] },
    build: { chunkSizeWarningLimit: 4096 },
  },
});
