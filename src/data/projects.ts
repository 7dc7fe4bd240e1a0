/** The four hands-on projects that run alongside the lessons. */
import type {Project} from '../curriculum/types';

export const projects = [
  {
    id: 'ecommerce-backend',
    number: 1,
    title: 'E-commerce Backend',
    weeks: [1, 4],
    summary: 'User auth, product catalogue, shopping cart and payments, deployed to AWS.',
    stack: ['Go or Node.js', 'PostgreSQL', 'Redis', 'Docker', 'AWS ECS', 'RDS', 'ElastiCache'],
  },
  {
    id: 'realtime-chat',
    number: 2,
    title: 'Real-time Chat',
    weeks: [5, 8],
    summary: 'Real-time messaging, presence and file sharing over WebSockets, deployed to Google Cloud.',
    stack: ['WebSockets', 'MongoDB', 'Redis', 'Kubernetes', 'GKE', 'Cloud SQL', 'Memorystore'],
  },
  {
    id: 'data-pipeline',
    number: 3,
    title: 'Data Pipeline',
    weeks: [9, 12],
    summary: 'Real-time event processing and analytics with ML inference, across AWS and Google Cloud.',
    stack: ['Apache Kafka', 'Apache Spark', 'BigQuery', 'Terraform'],
  },
  {
    id: 'microservices-platform',
    number: 4,
    title: 'Microservices Platform',
    weeks: [13, 14],
    summary: 'A multi-tenant SaaS platform with a service mesh, an API gateway and distributed tracing.',
    stack: ['Istio', 'API gateway', 'OpenTelemetry', 'Hybrid cloud', 'Edge functions'],
  },
] as const satisfies readonly Project[];
