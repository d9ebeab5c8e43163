/**
 * Objects that still select the pods the v1 operator created: by its `training.kubeflow.org/*` pod
 * labels (v1-v2-runtime-semantics.md §1a) or by the `<job>-master-0` pod/Service name. Under
 * Trainer v2 the pods carry JobSet's and the indexed Job's labels instead (§1b steps 4-5).
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseAllDocuments } from 'yaml';
import type { OldPodSelector } from '../../model/behaviour-report.js';

/** Kinds whose job is to select pods or Services, and the policy engines' groups. */
const SELECTING_KINDS = new Set([
  'NetworkPolicy',
  'CiliumNetworkPolicy',
  'PodMonitor',
  'ServiceMonitor',
  'PodDisruptionBudget',
  'Service',
]);
const POLICY_GROUPS = /^(kyverno\.io|[a-z.]*gatekeeper\.sh)\//;
const V1_LABEL = /training\.kubeflow\.org\/(job-name|replica-type|replica-index|job-role|operator-name)/;
const MASTER_NAME = /\b([a-z0-9]([-a-z0-9]*[a-z0-9])?)-master-(\d+)\b/;

export const OLD_POD_NEEDLES = ['training.kubeflow.org/', '-master-'];

/** What to match instead of a v1 label (by key, and value where it matters). */
function labelInstead(key: string, value: string | undefined, trainJobName: (job: string) => string): string {
  switch (key) {
    case 'training.kubeflow.org/job-name':
      return value === undefined
        ? 'jobset.sigs.k8s.io/jobset-name (the TrainJob name)'
        : `jobset.sigs.k8s.io/jobset-name: ${trainJobName(value)}`;
    case 'training.kubeflow.org/job-role':
      return 'batch.kubernetes.io/job-completion-index: "0" (node 0 is the former Master; the label needs Kubernetes 1.28+ PodIndexLabel, the annotation is always set)';
    case 'training.kubeflow.org/replica-type':
      return /^master$/i.test(value ?? '')
        ? 'batch.kubernetes.io/job-completion-index: "0" (node 0 is the former Master; Kubernetes 1.28+)'
        : 'batch.kubernetes.io/job-completion-index (Worker i is node i+1; select NotIn ["0"] for the former Workers; Kubernetes 1.28+)';
    case 'training.kubeflow.org/replica-index':
      return 'batch.kubernetes.io/job-completion-index (Master 0 → 0, Worker i → i+1; Kubernetes 1.28+)';
    default:
      return 'jobset.sigs.k8s.io/jobset-name (every TrainJob pod has it; use operator Exists for all of them)';
  }
}

function objectKind(doc: unknown): { kind: string; name: string; apiVersion: string } | undefined {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return undefined;
  const { kind, apiVersion, metadata } = doc as Record<string, unknown>;
  if (typeof kind !== 'string') return undefined;
  const name =
    typeof metadata === 'object' && metadata !== null
      ? String((metadata as { name?: unknown }).name ?? '')
      : '';
  return { kind, name, apiVersion: typeof apiVersion === 'string' ? apiVersion : '' };
}

function selects(kind: string, apiVersion: string): boolean {
  return SELECTING_KINDS.has(kind) || POLICY_GROUPS.test(apiVersion);
}

/**
 * The old-pod matches in one file's text. `trainJobName` maps a v1 job name to its TrainJob's name
 * (side-by-side suffix) for the replacement text.
 */
export function findOldPodSelectors(
  relPath: string,
  text: string,
  trainJobName: (job: string) => string,
): OldPodSelector[] {
  const lineCounter = new LineCounter();
  let docs: ReturnType<typeof parseAllDocuments>;
  try {
    docs = parseAllDocuments(text, { lineCounter });
  } catch {
    return [];
  }
  if (!Array.isArray(docs)) return [];
  const found: OldPodSelector[] = [];
  for (const doc of docs) {
    if (doc.errors.length > 0) continue;
    const object = objectKind(doc.toJS());
    if (!object || !selects(object.kind, object.apiVersion)) continue;
    const add = (node: Node | null | undefined, matches: string, useInstead: string): void => {
      found.push({
        path: relPath,
        ...(node?.range && { line: lineCounter.linePos(node.range[0]).line }),
        kind: object.kind,
        name: object.name,
        matches,
        useInstead,
      });
    };
    walk(doc.contents, (key, value) => {
      const keyText = isScalar(key) ? String(key.value) : undefined;
      const valueText = isScalar(value) ? String(value.value) : undefined;
      if (keyText !== undefined && V1_LABEL.test(keyText) && !keyText.includes(' ')) {
        add(
          key,
          valueText === undefined ? keyText : `${keyText}: ${valueText}`,
          labelInstead(keyText, valueText, trainJobName),
        );
        return;
      }
      if (valueText === undefined) return;
      const label = V1_LABEL.exec(valueText);
      if (label) {
        add(value, valueText, labelInstead(label[0], undefined, trainJobName));
        return;
      }
      const master = MASTER_NAME.exec(valueText);
      if (master) {
        const job = master[1]!;
        const rank = master[3]!;
        const renamed = trainJobName(job);
        add(
          value,
          valueText,
          `${renamed}-node-0-0.${renamed} (node 0${rank === '0' ? '' : `; ${master[0]} has no v2 counterpart`}), or the headless Service ${renamed}`,
        );
      }
    });
  }
  return found;
}

/** Calls `visit(key, value)` for every pair and every sequence item (key null). */
function walk(node: unknown, visit: (key: Node | null, value: Node | null) => void): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      visit(pair.key as Node | null, pair.value as Node | null);
      walk(pair.value, visit);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) {
      if (isScalar(item)) visit(null, item);
      else walk(item, visit);
    }
  }
}
