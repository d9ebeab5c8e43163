/**
 * The layer rule of docs/architecture.md, checked over the real import graph of src/: imports between
 * top-level parts run one way (down the table), and no files or parts import each other in a circle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

/** Higher layers may import lower ones and their own; never the other way. */
const LAYERS: readonly (readonly string[])[] = [
  ['util/', 'fs/'],
  ['model/', 'options.ts'],
  ['convert/', 'scan/', 'edit/', 'validate/', 'report/', 'config/'],
  ['analysis/'],
  ['gitops/', 'runtimes/'],
  ['run.ts', 'pipeline/', 'publish/', 'discover/', 'dashboard/'],
  ['cli/', 'action/', 'index.ts'],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [relative(SRC, path)] : [];
  });
}

/** file → the src files it imports (relative specifiers only; packages and JSON files are not parts). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(join(SRC, file), 'utf8');
    const targets = ts
      .preProcessFile(text, true, true)
      .importedFiles.map((imported) => imported.fileName)
      .filter((specifier) => specifier.startsWith('.') && specifier.endsWith('.js'))
      .map((specifier) => relative(SRC, resolve(SRC, dirname(file), specifier)).replace(/\.js$/, '.ts'))
      .filter((target) => !target.startsWith('..'));
    graph.set(file, targets);
  }
  return graph;
}

const partOf = (file: string): string => (file.includes('/') ? `${file.split('/')[0]}/` : file);

function layerOf(part: string): number {
  return LAYERS.findIndex((layer) => layer.includes(part));
}

/** Strongly connected components with more than one member (Tarjan). */
function circles(nodes: readonly string[], next: (node: string) => readonly string[]): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const target of next(node)) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of nodes) if (!index.has(node)) visit(node);
  return found;
}

describe('layers of src/', () => {
  const graph = importGraph();
  const parts = [...new Set([...graph.keys()].map(partOf))].sort();

  it('places every top-level part in a layer', () => {
    expect(parts.filter((part) => layerOf(part) === -1)).toEqual([]);
  });

  it('imports only from the same or a lower layer', () => {
    const upward: string[] = [];
    for (const [file, targets] of graph) {
      for (const target of targets) {
        if (layerOf(partOf(target)) > layerOf(partOf(file))) upward.push(`${file} → ${target}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('has no circle between top-level parts', () => {
    const partEdges = new Map<string, Set<string>>();
    for (const [file, targets] of graph) {
      for (const target of targets) {
        if (partOf(file) === partOf(target)) continue;
        const edges = partEdges.get(partOf(file)) ?? new Set<string>();
        edges.add(partOf(target));
        partEdges.set(partOf(file), edges);
      }
    }
    expect(circles(parts, (part) => [...(partEdges.get(part) ?? [])])).toEqual([]);
  });

  it('has no circle between files', () => {
    expect(circles([...graph.keys()], (file) => graph.get(file) ?? [])).toEqual([]);
  });

  it('finds a circle and an upward import when there is one', () => {
    const sample = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['a.ts']],
    ]);
    expect(circles([...sample.keys()], (file) => sample.get(file) ?? [])).toEqual([['a.ts', 'b.ts']]);
    expect(layerOf('cli/')).toBeGreaterThan(layerOf('run.ts'));
  });
});
