/** The course's lessons: every content/lessons/*.mdx, in `order`. */
import type { MarkdownHeading } from 'astro';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

export interface LessonFrontmatter {
  title: string;
  description: string;
  order: number;
  /** Estimated reading time in minutes. */
  minutes?: number;
}

interface LessonModule {
  frontmatter: LessonFrontmatter;
  getHeadings(): MarkdownHeading[];
  default: AstroComponentFactory;
}

export interface Lesson extends LessonFrontmatter {
  slug: string;
  url: string;
  headings: MarkdownHeading[];
  Content: AstroComponentFactory;
}

const modules = import.meta.glob<LessonModule>('../../content/lessons/*.mdx', { eager: true });

export const lessons: Lesson[] = Object.entries(modules)
  .map(([file, mod]) => {
    const slug = file.split('/').pop()!.replace(/\.mdx$/, '').replace(/^\d+-/, '');
    const fm = mod.frontmatter;
    if (!fm?.title || typeof fm.order !== 'number') throw new Error(`${file}: frontmatter needs title and order`);
    return { ...fm, slug, url: `/lessons/${slug}/`, headings: mod.getHeadings(), Content: mod.default };
  })
  .sort((a, b) => a.order - b.order);
