import type * as Preset from '@docusaurus/preset-classic';
import type {Config} from '@docusaurus/types';
import {themes as prismThemes} from 'prism-react-renderer';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import curriculumPlugin from './plugins/curriculum';
import {withAccessibleContrast} from './src/code-theme/prismContrast';
import katexAssetsPlugin, {KATEX_STATIC_DIR} from './plugins/katex';
import remarkCourseComponents from './plugins/mdx-components';
import mermaidChunksPlugin from './plugins/mermaid-chunks';
import remarkKatexStylesheet from './plugins/katex/remark';
import searchIndexPlugin from './plugins/search';

/**
 * Where the site is served and which repository it edits. All come from the
 * environment so a fork deploys to its own GitHub Pages address untouched:
 * the deploy workflow sets SITE_URL and BASE_URL from actions/configure-pages,
 * and GitHub Actions always sets GITHUB_REPOSITORY.
 */
const repository = process.env.GITHUB_REPOSITORY ?? 'backend-devops-mastery/backend-devops-mastery';
const repositoryUrl = `https://github.com/${repository}`;
const siteUrl = process.env.SITE_URL ?? 'http://localhost:3000';
const baseUrl = `/${(process.env.BASE_URL ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

const markdownPlugins = {
  remarkPlugins: [remarkMath, remarkKatexStylesheet, remarkCourseComponents],
  rehypePlugins: [rehypeKatex],
};

const config = {
  title: 'Backend-DevOps Mastery',
  tagline: 'From programmer to production-ready backend, DevOps and cloud engineer in 14 weeks.',
  favicon: 'img/favicon.svg',
  url: siteUrl,
  baseUrl,
  trailingSlash: true,
  organizationName: repository.split('/')[0],
  projectName: repository.split('/')[1],

  future: {
    v4: true,
    faster: true,
  },

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  i18n: {defaultLocale: 'en', locales: ['en']},

  markdown: {
    mermaid: true,
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  themes: ['@docusaurus/theme-mermaid'],
  plugins: [curriculumPlugin, katexAssetsPlugin, mermaidChunksPlugin, searchIndexPlugin],
  staticDirectories: ['static', KATEX_STATIC_DIR],

  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          editUrl: `${repositoryUrl}/edit/main/`,
          showLastUpdateTime: false,
          ...markdownPlugins,
        },
        blog: {
          showReadingTime: true,
          // The archive page's year headings skip a level; the list and tags cover the same posts.
          archiveBasePath: null,
          editUrl: `${repositoryUrl}/edit/main/`,
          onInlineTags: 'throw',
          onInlineAuthors: 'throw',
          onUntruncatedBlogPosts: 'throw',
          feedOptions: {type: ['rss', 'atom'], xslt: true},
          ...markdownPlugins,
        },
        pages: markdownPlugins,
        theme: {customCss: './src/css/custom.css'},
        sitemap: {lastmod: null, changefreq: null, priority: null},
      } satisfies Preset.Options,
    ],
  ],

  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    docs: {sidebar: {hideable: true}},
    navbar: {
      title: 'Backend-DevOps Mastery',
      logo: {alt: '', src: 'img/logo.svg'},
      items: [
        {type: 'docSidebar', sidebarId: 'course', position: 'left', label: 'Course'},
        {to: '/roadmap', label: 'Roadmap', position: 'left'},
        {to: '/progress', label: 'Progress', position: 'left'},
        {to: '/blog', label: 'Blog', position: 'left'},
        {type: 'search', position: 'right'},
        {href: repositoryUrl, label: 'GitHub', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Course',
          items: [
            {label: 'Getting Started', to: '/docs/getting-started'},
            {label: 'Roadmap', to: '/roadmap'},
            {label: 'Your progress', to: '/progress'},
          ],
        },
        {
          title: 'Contribute',
          items: [
            {label: 'Contributing guide', href: `${repositoryUrl}/blob/main/CONTRIBUTING.md`},
            {label: 'Report an error', href: `${repositoryUrl}/issues/new/choose`},
          ],
        },
        {
          title: 'More',
          items: [
            {label: 'Blog', to: '/blog'},
            {label: 'Source on GitHub', href: repositoryUrl},
          ],
        },
      ],
      copyright: `Backend-DevOps Mastery contributors. Text licensed CC BY-SA 4.0. Built with Docusaurus.`,
    },
    prism: {
      theme: withAccessibleContrast(prismThemes.vsLight, '#f6f8fa'),
      darkTheme: withAccessibleContrast(prismThemes.dracula),
      // Beyond prism-react-renderer's defaults (which include go, yaml, json, tsx, python).
      additionalLanguages: ['bash', 'docker', 'hcl', 'http', 'diff', 'sql', 'protobuf', 'groovy', 'nginx', 'promql', 'ini', 'toml', 'rego'],
    },
    mermaid: {theme: {light: 'neutral', dark: 'dark'}},
    tableOfContents: {minHeadingLevel: 2, maxHeadingLevel: 3},
  } satisfies Preset.ThemeConfig,
} satisfies Config;

export default config;
