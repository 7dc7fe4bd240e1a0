/** Stands in for @docusaurus/useDocusaurusContext with the site's default base URL. */
export default function useDocusaurusContext(): {siteConfig: {baseUrl: string; title: string}} {
  return {siteConfig: {baseUrl: '/', title: 'Backend-DevOps Mastery'}};
}
