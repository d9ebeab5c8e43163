import { isMap, isSeq } from 'yaml';
import type { SpanNode } from './layout.js';

export interface DocumentStyle {
  /** Columns one nesting level adds to a block map. */
  indentUnit: number;
  /** Extra columns of a block sequence's `-` under its key (0: `key:\n- item`). */
  seqIndent: number;
}

function mostCommon(values: number[], fallback: number): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = fallback;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && value < best)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

/** The indent unit and sequence style a document mostly uses, so new structure looks like the rest. */
export function detectStyle(roots: SpanNode[]): DocumentStyle {
  const mapSteps: number[] = [];
  const seqSteps: number[] = [];
  const visit = (nodes: SpanNode[]): void => {
    for (const node of nodes) {
      const first = node.children[0];
      if (node.kind === 'pair' && first && !first.inFlow && first.startLine > node.startLine) {
        const step = first.col - node.col;
        if (isMap(node.value) && step > 0) mapSteps.push(step);
        if (isSeq(node.value) && step >= 0) seqSteps.push(step);
      }
      visit(node.children);
    }
  };
  visit(roots);
  const indentUnit = mostCommon(mapSteps, 2);
  return { indentUnit, seqIndent: mostCommon(seqSteps, indentUnit) };
}
