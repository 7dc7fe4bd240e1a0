/**
 * The ten phases of the course, in roadmap order. A phase's `id` is also the
 * folder under `docs/` that holds its lessons, so a lesson's phase is where its
 * file lives and is never written twice.
 */
import type {Phase} from '../curriculum/types';

export const phases = [
  {
    id: 'backend-fundamentals',
    number: 1,
    title: 'Backend Fundamentals',
    weeks: [1, 2],
    goal: 'Build and reason about an HTTP API: protocols, design, auth, data, caching, queues and tests.',
  },
  {
    id: 'cloud-fundamentals',
    number: 2,
    title: 'Cloud Fundamentals',
    weeks: [3],
    goal: 'Understand what a cloud provider runs for you, how containers differ from VMs, and how cloud networks are built.',
  },
  {
    id: 'aws',
    number: 3,
    title: 'AWS',
    weeks: [4, 5],
    goal: 'Run a service on AWS with least-privilege IAM, compute, storage, managed databases and infrastructure templates.',
  },
  {
    id: 'gcp',
    number: 4,
    title: 'Google Cloud',
    weeks: [6, 7],
    goal: 'Run the same kind of service on Google Cloud and map every AWS concept to its GCP counterpart.',
  },
  {
    id: 'ci-cd',
    number: 5,
    title: 'CI/CD and Automation',
    weeks: [8],
    goal: 'Ship every change through an automated pipeline that tests, builds and deploys it.',
  },
  {
    id: 'containers',
    number: 6,
    title: 'Containers and Kubernetes',
    weeks: [9],
    goal: 'Package services as small, reproducible images and operate them on Kubernetes.',
  },
  {
    id: 'infrastructure-as-code',
    number: 7,
    title: 'Infrastructure as Code',
    weeks: [10],
    goal: 'Describe infrastructure in reviewed, versioned code and change it safely.',
  },
  {
    id: 'observability',
    number: 8,
    title: 'Observability',
    weeks: [11],
    goal: 'Know what a production system is doing from its logs, metrics and traces, and get paged only when it matters.',
  },
  {
    id: 'security',
    number: 9,
    title: 'Security',
    weeks: [12],
    goal: 'Keep secrets out of code, verify every caller, and harden APIs against abuse.',
  },
  {
    id: 'advanced-topics',
    number: 10,
    title: 'Advanced Topics',
    weeks: [13, 14],
    goal: 'Design across clouds, the edge and serverless, with distributed-systems theory and a cost model to back each choice.',
  },
] as const satisfies readonly Phase[];

export type PhaseId = (typeof phases)[number]['id'];
