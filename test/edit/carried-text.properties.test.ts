/**
 * Property test: generated PyTorchJobs whose carried values are written in random styles (plain,
 * quoted, multi-line quoted, literal and folded block scalars with indicators and leading blank lines,
 * flow or block collections on one line or many, comments, anchors, tags and aliases; the container and
 * pod spec themselves in flow or block style) convert, and every carried value keeps its node type and
 * style, value and comments in the TrainJob — or is written out and reported (VALUE_RESTYLED).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { rewriteFile } from '../../src/edit/rewrite.js';
import { DEFAULT_CONVERT_OPTIONS } from '../../src/model/conversion.js';
import { checkCarriedText, emptyTally } from '../helpers/carried-text.js';

interface Props {
  anchor?: string;
  tag?: boolean;
}
type Scalar = Props & {
  t: 'scalar';
  text: string;
  style: 'plain' | 'single' | 'double' | 'folded-quote';
  comment?: string;
};
type BlockScalar = Props & {
  t: 'block';
  lines: string[];
  folded: boolean;
  chomp: '' | '-' | '+';
  indicator: boolean;
  trailingBlank: number;
};
type Seq = Props & { t: 'seq'; items: Node[]; flow: boolean; multiline: boolean; comments: boolean };
type MapNode = Props & { t: 'map'; entries: [string, Node][]; flow: boolean; multiline: boolean };
type Alias = { t: 'alias'; name: string };
type Node = Scalar | BlockScalar | Seq | MapNode | Alias;

const pad = (n: number): string => ' '.repeat(n);

const PLAIN_SAFE = [
  'torchrun',
  'train.py',
  '--epochs=3',
  'INFO',
  'registry.example.com/ml/train:1.0',
  'a b c',
];
const QUOTED = [...PLAIN_SAFE, "it's", '1', 'yes', 'a: b', 'x # y', 'tab\tand "quotes"', ''];
const BLOCK_LINES = [
  ['echo start', 'torchrun train.py'],
  ['', 'program=$(mktemp -d)', '  indented **kwargs', 'done'],
  ['  leading spaces need an indicator', 'back'],
  ['first', '', 'after a blank line', '    more indented'],
];

let anchorCount = 0;
const props = fc.record({
  anchor: fc.option(fc.constant(true), { nil: undefined, freq: 5 }),
  tag: fc.option(fc.constant(true), { nil: undefined, freq: 5 }),
});

function withProps<T>(node: T, p: { anchor?: boolean | undefined; tag?: boolean | undefined }): T {
  return { ...node, ...(p.anchor && { anchor: `a${anchorCount++}` }), ...(p.tag && { tag: true }) };
}

/** Text that reads back as itself when written plain, in block and in flow context. */
function plainOk(s: string): boolean {
  try {
    return s !== '' && parse(`k: ${s}`)?.k === s && (parse(`[${s}]`) as unknown[])?.[0] === s;
  } catch {
    return false;
  }
}

const scalarArb = (inFlow: boolean, pool = QUOTED): fc.Arbitrary<Node> => {
  const quoted = fc.record({
    t: fc.constant('scalar' as const),
    text: fc.constantFrom(...pool),
    style: fc.constantFrom('single' as const, 'double' as const),
  });
  const plainPool = pool.filter(plainOk);
  const folded = fc.record({
    t: fc.constant('scalar' as const),
    text: fc.constantFrom('two words', 'three quoted words'),
    style: fc.constant('folded-quote' as const),
  });
  const block = fc.record({
    t: fc.constant('block' as const),
    lines: fc.constantFrom(...BLOCK_LINES),
    folded: fc.boolean(),
    chomp: fc.constantFrom('' as const, '-' as const, '+' as const),
    indicator: fc.boolean(),
    trailingBlank: fc.integer({ min: 0, max: 2 }),
  });
  const scalars: fc.Arbitrary<Scalar | BlockScalar>[] = [quoted, folded];
  if (plainPool.length > 0) {
    const plain = fc.record({
      t: fc.constant('scalar' as const),
      text: fc.constantFrom(...plainPool),
      style: fc.constant('plain' as const),
    });
    scalars.push(plain);
  }
  if (!inFlow) scalars.push(block);
  return fc.tuple(fc.oneof(...scalars), props).map(([node, p]) => withProps(node, p));
};

const seqArb = (inFlow: boolean, item: (flow: boolean) => fc.Arbitrary<Node>, min = 1) =>
  fc.boolean().chain((flowChoice) => {
    const flow = inFlow || flowChoice;
    return fc
      .record({
        items: fc.array(item(flow), { minLength: min, maxLength: 3 }),
        multiline: fc.boolean(),
        comments: fc.boolean(),
        p: props,
      })
      .map(({ items, multiline, comments, p }) =>
        withProps({ t: 'seq' as const, items, flow, multiline, comments }, p),
      );
  });

const mapArb = (inFlow: boolean, entries: (flow: boolean) => fc.Arbitrary<[string, Node][]>) =>
  fc.boolean().chain((flowChoice) => {
    const flow = inFlow || flowChoice;
    return fc
      .record({ entries: entries(flow), multiline: fc.boolean(), p: props })
      .map(({ entries, multiline, p }) => withProps({ t: 'map' as const, entries, flow, multiline }, p));
  });

const quantity = (flow: boolean) =>
  fc.oneof(
    fc.constant<Node>({ t: 'scalar', text: '4', style: 'plain' }),
    scalarArb(flow, ['4', '16Gi', '500m']),
  );

/** A plain number or boolean, maybe anchored (a `!!str` tag would change its type). */
const plainValue = (texts: string[]): fc.Arbitrary<Node> =>
  fc
    .tuple(fc.constantFrom(...texts), fc.boolean())
    .map(([text, anchored]) =>
      withProps({ t: 'scalar' as const, text, style: 'plain' as const }, { anchor: anchored }),
    );

/** A list of small maps, each entry's value in a random style. */
const listOfMaps = (inFlow: boolean, entries: [string, string[]][][]) =>
  seqArb(inFlow, (f) =>
    fc.constantFrom(...entries).chain((chosen) =>
      fc.tuple(...chosen.map(([, pool]) => scalarArb(f, pool)), fc.boolean(), props).map((values): Node => {
        const multiline = values[chosen.length] as unknown as boolean;
        return {
          t: 'map',
          flow: f,
          multiline: f && multiline,
          entries: chosen.map(([key], i) => [key, values[i] as Node]),
        };
      }),
    ),
  );

function envArb(flow: boolean, aliasTo: string[]): fc.Arbitrary<Node> {
  const names = ['LR', 'EPOCHS', 'NOTE'];
  return fc.tuple(fc.integer({ min: 1, max: 3 }), fc.boolean()).chain(([count, flowChoice]) => {
    const itemFlow = flow || flowChoice;
    const value = aliasTo.length
      ? fc.oneof(
          { weight: 3, arbitrary: scalarArb(itemFlow) },
          { weight: 1, arbitrary: fc.constantFrom(...aliasTo).map((name): Node => ({ t: 'alias', name })) },
        )
      : scalarArb(itemFlow);
    return fc
      .tuple(fc.array(value, { minLength: count, maxLength: count }), fc.boolean(), fc.boolean(), props)
      .map(([values, multiline, comments, p]) =>
        withProps(
          {
            t: 'seq' as const,
            flow: itemFlow,
            multiline,
            comments,
            items: values.map(
              (v, i): Node => ({
                t: 'map',
                flow: itemFlow,
                multiline: false,
                entries: [
                  ['name', { t: 'scalar', text: names[i] as string, style: 'plain' }],
                  ['value', v],
                ],
              }),
            ),
          },
          p,
        ),
      );
  });
}

/** A generated job: the container and pod spec in flow or block style, every carried value styled. */
const jobArb: fc.Arbitrary<Job> = fc
  .record({ podFlow: fc.boolean(), containerFlow: fc.boolean(), nameAnchor: fc.boolean() })
  .chain(({ podFlow, containerFlow, nameAnchor }) => {
    const cFlow = podFlow || containerFlow;
    const image = scalarArb(cFlow, ['registry.example.com/ml/train:1.0']);
    return fc
      .record({
        image,
        command: seqArb(cFlow, (f) => scalarArb(f, ['torchrun', 'train.py', '--epochs=3'])),
        args: fc.option(
          seqArb(cFlow, (f) => scalarArb(f)),
          { nil: undefined },
        ),
        resources: fc.option(
          mapArb(cFlow, (f) =>
            fc.tuple(quantity(f), quantity(f)).map(([cpu, memory]): [string, Node][] => [
              ['limits', { t: 'map', flow: f, multiline: false, entries: [['cpu', cpu]] }],
              ['requests', { t: 'map', flow: f, multiline: false, entries: [['memory', memory]] }],
            ]),
          ),
          { nil: undefined },
        ),
        serviceAccountName: fc.option(scalarArb(podFlow, ['trainer']), { nil: undefined }),
        nodeSelector: fc.option(
          mapArb(podFlow, (f) =>
            scalarArb(f, ['g5.xlarge']).map((v): [string, Node][] => [
              ['node.kubernetes.io/instance-type', v],
            ]),
          ),
          { nil: undefined },
        ),
        tolerations: fc.option(
          listOfMaps(podFlow, [
            [
              ['key', ['nvidia.com/gpu']],
              ['operator', ['Exists']],
            ],
            [
              ['key', ['dedicated']],
              ['value', ['ml', 'yes']],
              ['effect', ['NoSchedule']],
            ],
          ]),
          { nil: undefined },
        ),
        volumes: fc.option(
          listOfMaps(podFlow, [
            [
              ['name', ['data']],
              ['emptyDir', ['replaced by {}']],
            ],
          ]).map(emptyDirs),
          { nil: undefined },
        ),
        volumeMounts: fc.option(
          listOfMaps(cFlow, [
            [
              ['name', ['data']],
              ['mountPath', ['/data', '/mnt/data']],
            ],
          ]),
          { nil: undefined },
        ),
        labels: fc.option(
          mapArb(false, (f) =>
            fc
              .tuple(scalarArb(f, ['ml', 'yes', '']), scalarArb(f, ['gold']))
              .map(([team, tier]): [string, Node][] => [
                ['team', team],
                ['example.com/tier', tier],
              ]),
          ),
          { nil: undefined },
        ),
        grace: fc.option(plainValue(['30', '120']), { nil: undefined }),
        suspend: fc.option(plainValue(['true', 'false']), { nil: undefined }),
      })
      .chain((fields) =>
        envArb(cFlow, [
          ...(nameAnchor ? ['cname'] : []),
          ...(fields.image.t !== 'alias' && fields.image.anchor ? [fields.image.anchor] : []),
        ]).map((env) => ({ ...fields, env, podFlow, cFlow, nameAnchor })),
      );
  });

/** `emptyDir: {}` in every volume. */
function emptyDirs(volumes: Node): Node {
  if (volumes.t !== 'seq') return volumes;
  const items = volumes.items.map((item): Node => {
    if (item.t !== 'map') return item;
    const entries = item.entries.map(([k, v]): [string, Node] =>
      k === 'emptyDir' ? [k, { t: 'map', entries: [], flow: true, multiline: false }] : [k, v],
    );
    return { ...item, entries };
  });
  return { ...volumes, items };
}

/** `&anchor !!str ` before a value. */
function propsText(node: Node): string {
  if (node.t === 'alias') return '';
  return `${node.anchor ? `&${node.anchor} ` : ''}${node.tag && node.t !== 'seq' && node.t !== 'map' ? '!!str ' : ''}`;
}

function scalarText(node: Scalar, contIndent: number): string {
  switch (node.style) {
    case 'plain':
      return node.text;
    case 'single':
      return `'${node.text.replaceAll("'", "''")}'`;
    case 'double':
      return JSON.stringify(node.text);
    case 'folded-quote': {
      const [first, ...rest] = node.text.split(' ');
      return `"${first}\n${pad(contIndent)}${rest.join(' ')}"`;
    }
  }
}

/** A node as flow text; lines after the first are indented to `indent`. */
function inline(node: Node, indent: number, counter: { n: number }): string {
  if (node.t === 'alias') return `*${node.name}`;
  if (node.t === 'block') throw new Error('block scalar in flow context');
  if (node.t === 'scalar') return propsText(node) + scalarText(node, indent + 2);
  const [open, close] = node.t === 'seq' ? ['[', ']'] : ['{', '}'];
  const parts =
    node.t === 'seq'
      ? node.items.map((item) => inline(item, indent + 2, counter))
      : node.entries.map(([k, v]) => `${k}: ${inline(v, indent + 2, counter)}`);
  const head = propsText(node);
  if (!node.multiline) return `${head}${open}${parts.join(', ')}${close}`;
  const comments = node.t === 'seq' && node.comments;
  const body = parts.map((part, i) => {
    const last = i === parts.length - 1;
    return `${pad(indent + 2)}${part}${last ? '' : ','}${comments && !last ? `  # c${counter.n++}` : ''}`;
  });
  return `${head}${open}\n${body.join('\n')}\n${pad(indent + 1)}${close}`;
}

function blockScalarLines(node: BlockScalar, parentCol: number): string[] {
  const contentCol = parentCol + 2;
  const needsIndicator = node.indicator || (node.lines.find((l) => l !== '') ?? '').startsWith(' ');
  const header = `${propsText(node)}${node.folded ? '>' : '|'}${needsIndicator ? '2' : ''}${node.chomp}`;
  const body = node.lines.map((line) => (line === '' ? '' : pad(contentCol) + line));
  const middle = body.findIndex((l, i) => i > 0 && l === '' && i < body.length - 1);
  if (middle !== -1) body[middle] = pad(contentCol + 2);
  return [header, ...body, ...Array.from({ length: node.chomp === '+' ? node.trailingBlank : 0 }, () => '')];
}

/** `key: value` lines with the key at `col`. */
function pairLines(key: string, node: Node, col: number, counter: { n: number }): string[] {
  const head = `${pad(col)}${key}:`;
  if (node.t === 'block') {
    const [header, ...rest] = blockScalarLines(node, col);
    return [`${head} ${header}`, ...rest];
  }
  if (node.t === 'alias' || node.t === 'scalar' || node.flow) {
    const comment = node.t === 'scalar' && counter.n % 3 === 0 ? `  # c${counter.n++}` : '';
    return [`${head} ${inline(node, col, counter)}${comment}`];
  }
  const anchor = node.anchor ? ` &${node.anchor}` : '';
  if (node.t === 'map') {
    return [`${head}${anchor}`, ...node.entries.flatMap(([k, v]) => pairLines(k, v, col + 2, counter))];
  }
  return [
    `${head}${anchor}`,
    `${pad(col + 2)}# c${counter.n++}`,
    ...node.items.flatMap((item) => itemLines(item, col + 2, counter)),
  ];
}

function itemLines(node: Node, dashCol: number, counter: { n: number }): string[] {
  if (node.t === 'block') {
    const [header, ...rest] = blockScalarLines(node, dashCol);
    return [`${pad(dashCol)}- ${header}`, ...rest];
  }
  if (node.t === 'map' && !node.flow) {
    const [first, ...rest] = node.entries.flatMap(([k, v]) => pairLines(k, v, dashCol + 2, counter));
    return [`${pad(dashCol)}- ${(first as string).trimStart()}`, ...rest];
  }
  if (node.t === 'seq' && !node.flow) throw new Error('no nested block sequences are generated');
  return [`${pad(dashCol)}- ${inline(node, dashCol, counter)}`];
}

interface Job {
  image: Node;
  command: Node;
  args?: Node;
  env: Node;
  resources?: Node;
  serviceAccountName?: Node;
  nodeSelector?: Node;
  tolerations?: Node;
  volumes?: Node;
  volumeMounts?: Node;
  labels?: Node;
  grace?: Node;
  suspend?: Node;
  podFlow: boolean;
  cFlow: boolean;
  nameAnchor: boolean;
}

function render(job: Job, name: string): string {
  const counter = { n: 0 };
  const nameNode: Node = {
    t: 'scalar',
    text: 'pytorch',
    style: 'plain',
    ...(job.nameAnchor && { anchor: 'cname' }),
  };
  const containerEntries: [string, Node][] = [
    ['name', nameNode],
    ['image', job.image],
    ['command', job.command],
    ...(job.args ? [['args', job.args] as [string, Node]] : []),
    ['env', job.env],
    ...(job.resources ? [['resources', job.resources] as [string, Node]] : []),
    ...(job.volumeMounts ? [['volumeMounts', job.volumeMounts] as [string, Node]] : []),
  ];
  const container: Node = { t: 'map', entries: containerEntries, flow: job.cFlow, multiline: job.cFlow };
  const podEntries: [string, Node][] = [
    ...(job.serviceAccountName ? [['serviceAccountName', job.serviceAccountName] as [string, Node]] : []),
    ...(job.nodeSelector ? [['nodeSelector', job.nodeSelector] as [string, Node]] : []),
    ...(job.tolerations ? [['tolerations', job.tolerations] as [string, Node]] : []),
    ...(job.volumes ? [['volumes', job.volumes] as [string, Node]] : []),
    ...(job.grace ? [['terminationGracePeriodSeconds', job.grace] as [string, Node]] : []),
    ['containers', { t: 'seq', items: [container], flow: job.cFlow, multiline: false, comments: false }],
  ];
  const pod: Node = { t: 'map', entries: podEntries, flow: job.podFlow, multiline: job.podFlow };
  return [
    'apiVersion: kubeflow.org/v1',
    'kind: PyTorchJob',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    // An explicit process count: torchrun with `auto` on a pod without GPUs is rightly held.
    '  nprocPerNode: "1"',
    ...(job.suspend ? ['  runPolicy:', ...pairLines('suspend', job.suspend, 4, counter)] : []),
    '  pytorchReplicaSpecs:',
    '    Master:',
    '      replicas: 1',
    '      template:',
    ...(job.labels ? ['        metadata:', ...pairLines('labels', job.labels, 10, counter)] : []),
    ...pairLines('spec', pod, 8, counter),
    '',
  ].join('\n');
}

describe('carried values keep their source text (generated styles)', () => {
  it('for every style of every carried value', () => {
    const tally = emptyTally();
    fc.assert(
      fc.property(jobArb, (job) => {
        const text = render(job, 'styled');
        const result = rewriteFile('job.yaml', text, { ...DEFAULT_CONVERT_OPTIONS });
        const [report] = result.jobs;
        expect(report?.status, `${text}\n${report?.findings.map((f) => f.message).join('\n')}`).toBe(
          'converted',
        );
        const before = tally.problems.length;
        checkCarriedText('job.yaml', text, result.newText as string, result.jobs, tally);
        expect(tally.problems.slice(before), `${text}\n---\n${result.newText}`).toEqual([]);
        for (const finding of report?.findings.filter((f) => f.code === 'VALUE_RESTYLED') ?? []) {
          expect(finding.message).toMatch(/alias \*cname points at the anchor &cname/);
        }
      }),
      { numRuns: 80, seed: 20261202 },
    );
    console.log(
      `carried text, generated jobs: ${tally.values} carried values (${tally.nodes} nodes) checked, ${tally.restyled} written out instead and reported`,
    );
    expect(tally.values).toBeGreaterThan(600);
    expect(tally.restyled).toBeGreaterThan(0);
  });
});
