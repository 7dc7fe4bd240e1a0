import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {useCurriculum} from '@site/src/curriculum/useCurriculum';
import MilestoneGates from '@site/src/components/MilestoneGates';
import PhaseList from './_components/PhaseList';
import styles from './index.module.css';

export default function Home(): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const {phases, weeks, projects} = useCurriculum();
  return (
    <Layout title="Learn backend, DevOps and cloud engineering" description={siteConfig.tagline}>
      <main>
        <section className={styles.hero} aria-labelledby="home-title">
          <div className="container">
            <Heading as="h1" id="home-title" className={styles.title}>
              {siteConfig.title}
            </Heading>
            <p className={styles.lead}>
              A free, open course that takes a programmer to a backend and DevOps engineer who can build, ship and run
              production systems on AWS and Google Cloud.
            </p>
            <dl className={styles.facts}>
              <div>
                <dt>Who it is for</dt>
                <dd>You can program in Go, TypeScript or Python and want to run real systems in production.</dd>
              </div>
              <div>
                <dt>How long</dt>
                <dd>
                  {weeks.length} weeks, {phases.length} phases, {projects.length} projects, at 10 to 15 hours a week.
                </dd>
              </div>
              <div>
                <dt>What you do</dt>
                <dd>Read a lesson, run its lab on your laptop or the free tier, check yourself with a quiz, build the project.</dd>
              </div>
            </dl>
            <div className={styles.actions}>
              <Link className="button button--primary button--lg" to="/docs/getting-started">
                Start here: Getting Started
              </Link>
              <Link className="button button--secondary button--lg" to="/roadmap">
                See the 14-week roadmap
              </Link>
            </div>
            <p className={styles.more}>
              New here? Read <Link to="/blog/how-to-use-this-curriculum">how to use the curriculum</Link>: why the
              order is what it is and how to run a week.
            </p>
          </div>
        </section>
        <section className="container margin-vert--xl" aria-labelledby="roadmap-title">
          <Heading as="h2" id="roadmap-title">
            The roadmap: ten phases in fourteen weeks
          </Heading>
          <PhaseList phases={phases} />
        </section>
        <section className="container margin-bottom--xl" aria-labelledby="gates-title">
          <Heading as="h2" id="gates-title">
            Four milestone gates
          </Heading>
          <p>Each gate is something you deploy and can show, not a test you pass.</p>
          <MilestoneGates />
        </section>
      </main>
    </Layout>
  );
}
