/**
 * The 14 weeks of the default plan. A week's phase comes from `phases.ts`, its
 * lessons and total time from the lessons' front matter; only what belongs to
 * the week itself lives here.
 */
import type {Week} from '../curriculum/types';

export const weeks = [
  {
    number: 1,
    title: 'HTTP, APIs and identity',
    goals: [
      'Read and write HTTP by hand and explain what each method, status code and header promises.',
      'Design a resource API and choose between REST, GraphQL and gRPC for a given client.',
      'Authenticate users with sessions or tokens and authorize them with roles and policies.',
    ],
    projectMilestone: 'Project 1: a running API skeleton with user sign-up and login.',
  },
  {
    number: 2,
    title: 'Data, caching, queues and tests',
    goals: [
      'Model data in SQL and NoSQL stores, pool connections and run migrations without downtime.',
      'Put a cache in front of a database and keep it correct under invalidation and stampedes.',
      'Move slow work onto a queue and cover the service with unit and integration tests.',
    ],
    projectMilestone: 'Project 1: product catalogue and cart backed by PostgreSQL and Redis, with tests.',
  },
  {
    number: 3,
    title: 'Cloud foundations',
    goals: [
      'Choose a service model (IaaS, PaaS, FaaS) for a workload and name what you still operate.',
      'Containerise a service with Docker and explain what isolates it from its neighbours.',
      'Plan a VPC with public and private subnets, routing and firewall rules.',
    ],
    projectMilestone: 'Project 1: the service and its dependencies run in containers on your laptop.',
  },
  {
    number: 4,
    title: 'AWS core services',
    goals: [
      'Grant access on AWS with roles and least-privilege policies instead of long-lived keys.',
      'Run the service on EC2 behind a load balancer with auto scaling.',
      'Store objects in S3 and data in RDS with backups and read replicas.',
    ],
    projectMilestone: 'Project 1: deployed to AWS (ECS, RDS, ElastiCache).',
    successMetric: 'Deploy a simple web app to AWS.',
  },
  {
    number: 5,
    title: 'AWS serverless, templates and Kubernetes',
    goals: [
      'Build an event-driven function behind API Gateway.',
      'Describe a stack in CloudFormation or the CDK and change it through change sets.',
      'Choose between ECS on Fargate and EKS, and deploy a container to one of them.',
    ],
    projectMilestone: 'Project 2 starts: real-time chat service with WebSockets.',
  },
  {
    number: 6,
    title: 'Google Cloud compute, storage and data',
    goals: [
      'Run VMs in managed instance groups with autoscaling and autohealing.',
      'Store objects in Cloud Storage and pick a location type by cost and availability.',
      'Query large datasets in BigQuery and trigger functions from events.',
    ],
    projectMilestone: 'Project 2: presence, message history and file sharing.',
  },
  {
    number: 7,
    title: 'Google Cloud databases, identity and GKE',
    goals: [
      'Run Cloud SQL with high availability, backups and private connectivity.',
      'Give workloads identities with service accounts and Workload Identity.',
      'Operate a GKE cluster and deploy the chat service to it.',
    ],
    projectMilestone: 'Project 2: deployed to GKE with Cloud SQL and Memorystore.',
  },
  {
    number: 8,
    title: 'Continuous integration and delivery',
    goals: [
      'Build a pipeline that lints, tests, builds and deploys on every change.',
      'Compare Jenkins, GitHub Actions and GitLab CI and pick one for a team.',
      'Deploy with GitOps and roll out with blue/green and canary strategies.',
    ],
    projectMilestone: 'Project 2: every merge to main is tested and deployed automatically.',
    successMetric: 'Set up a CI/CD pipeline with automated testing.',
  },
  {
    number: 9,
    title: 'Containers in depth',
    goals: [
      'Write small, secure, cache-friendly Dockerfiles with multi-stage builds.',
      'Run a multi-service stack locally with Docker Compose.',
      'Deploy to Kubernetes with Deployments, Services, Ingress, Helm charts and a service mesh.',
    ],
    projectMilestone: 'Project 3 starts: a streaming data pipeline with Kafka.',
  },
  {
    number: 10,
    title: 'Infrastructure as Code',
    goals: [
      'Manage cloud resources with Terraform: state, modules, plans and imports.',
      'Configure machines idempotently with Ansible.',
      'Write infrastructure in a general-purpose language with Pulumi and test it.',
    ],
    projectMilestone: 'Project 3: the pipeline infrastructure provisioned from code.',
  },
  {
    number: 11,
    title: 'Observability',
    goals: [
      'Emit structured logs, metrics and traces from every service.',
      'Write PromQL queries and dashboards that answer production questions.',
      'Define alerts on symptoms and service-level objectives, with a path to a human.',
    ],
    projectMilestone: 'Project 3: dashboards and traces for every stage of the pipeline.',
  },
  {
    number: 12,
    title: 'Security',
    goals: [
      'Store and rotate secrets with a secrets manager, never in code or images.',
      'Apply zero-trust principles: verify identity on every call, encrypt in transit.',
      'Harden an API with input validation, rate limiting and the OWASP Top 10.',
    ],
    projectMilestone: 'Project 3: deployed across AWS and GCP with secrets and policies in place.',
    successMetric: 'Design and deploy a microservices architecture.',
  },
  {
    number: 13,
    title: 'Beyond one cloud',
    goals: [
      'Decide when multi-cloud or hybrid is worth its cost, and plan disaster recovery by RTO and RPO.',
      'Push work to the edge where latency demands it.',
      'Reason about consistency, consensus and retries in distributed systems.',
    ],
    projectMilestone: 'Project 4 starts: a multi-tenant microservices platform.',
  },
  {
    number: 14,
    title: 'Serverless, cost and production readiness',
    goals: [
      'Design event-driven serverless systems and know when containers are cheaper.',
      'Cut cloud cost with right-sizing, commitments and spot capacity.',
      'Run a multi-tenant platform with monitoring and alerting in production.',
    ],
    projectMilestone: 'Project 4: deployed with hybrid connectivity and edge functions.',
    successMetric: 'Implement monitoring and alerting for production systems.',
  },
] as const satisfies readonly Week[];
