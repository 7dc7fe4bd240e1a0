import type {ReactNode} from 'react';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import RoadmapDiagram from '@site/src/components/RoadmapDiagram';
import WeekPlan from './_components/WeekPlan';

export default function RoadmapPage(): ReactNode {
  return (
    <Layout title="Roadmap" description="The 14-week plan: goals, lessons and time per week, project milestones and the four milestone gates.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Roadmap</Heading>
        <p>
          Fourteen weeks in ten phases. Each week lists its goals, its lessons with their time, the project milestone and,
          at weeks 4, 8, 12 and 14, the gate you pass before moving on. Your progress is saved in this browser.
        </p>
        <Heading as="h2" id="at-a-glance">
          The course at a glance
        </Heading>
        <RoadmapDiagram />
        <Heading as="h2" id="week-by-week">
          Week by week
        </Heading>
        <WeekPlan />
      </main>
    </Layout>
  );
}
