/** What the renderers produce: the pods a controller creates for one job, in rank order. */
import type { TrainerVersion } from '../../model/conversion.js';

export type PlainObject = Record<string, unknown>;

export interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: PlainObject;
}

export interface Container extends PlainObject {
  name: string;
  env?: EnvVar[];
  command?: string[];
  args?: string[];
}

/** One pod as the controller creates it (before the scheduler and kubelet). */
export interface RenderedPod {
  /** 0-based node rank: v1 Master 0 → 0, Worker i → i+1 (i in worker-only jobs); v2 completion index. */
  rank: number;
  /** Where it comes from, for messages: `Master 0`, `Worker 2`, `node 1`. */
  replica: string;
  /** Pod name (v2: its hostname; the real pod name has a random suffix). */
  name: string;
  namespace?: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  /** The pod spec with everything the controllers add (env, ports, init containers, restartPolicy...). */
  spec: PlainObject;
  /** The training container's name (`pytorch` in v1, `node` in v2). */
  trainerContainer: string;
  /** v1: the replica's restartPolicy (ExitCode kept; the pod gets Never). v2: the pod's. */
  restartPolicy: string;
  /** Pod failures tolerated before the job fails; `unlimited` for v1's unset backoffLimit. */
  backoffLimit: number | 'unlimited';
  /** Host names that reach rank 0's pod (v1: the master Service; v2: the node-0 pod's DNS name). */
  rank0Hosts: string[];
}

export interface RenderedJob {
  side: 'v1' | 'v2';
  name: string;
  pods: RenderedPod[];
  /** Set when the renderer cannot tell what the controller would do (elastic v1 jobs, unknown replica types). */
  unsupported?: string;
}

export type Release = TrainerVersion;
