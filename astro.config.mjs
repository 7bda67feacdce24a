// Astro configuration: a static site (no server of ours), lessons written in MDX.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  output: 'static',
  integrations: [mdx()],
  vite: {
    worker: { format: 'es' },
  },
});
