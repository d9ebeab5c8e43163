/**
 * Checks a rewritten text before anything is written: it parses, reads back as exactly the documents
 * expected (TrainJobs equal to the engine's output, every document the rewrite did not touch equal as
 * text), keeps every comment, and each TrainJob passes the CRD validator when there is one.
 */
import { isDeepStrictEqual } from 'node:util';
import { type Document, Parser } from 'yaml';
import { commentTokens, type LeafToken } from './cst-tokens.js';
import type { TrainJobValidator } from './types.js';
import { type ParsedYaml, parseYaml } from './yaml-documents.js';

const TO_JS = { maxAliasCount: 1000 } as const;

export function documentValue(doc: Document): unknown {
  return doc.toJS(TO_JS);
}

/** The distinct comment texts of a YAML text. */
export function commentTexts(text: string): Set<string> {
  const texts = new Set<string>();
  for (const token of new Parser().parse(text)) {
    for (const comment of commentTokens(token)) texts.add(comment.source.trim());
  }
  return texts;
}

function textsOf(comments: readonly LeafToken[]): Set<string> {
  return new Set(comments.map((comment) => comment.source.trim()));
}

/** A document of the new text: read back as a value, or left as it was (the same text). */
export type ExpectedDocument = { value: unknown } | { text: string };

export interface VerifyInput {
  before: ParsedYaml;
  after: string;
  /** What the new text must hold, document by document (List items expanded inside values). */
  expected: ExpectedDocument[];
  trainJobs: Record<string, unknown>[];
  validate?: TrainJobValidator;
}

/** Problems found, empty when the new text is safe to write. */
export function verifyRewrite(input: VerifyInput): string[] {
  const { expected } = input;
  const after = parseYaml(input.after, (index) => {
    const wanted = expected[index];
    return wanted === undefined || 'value' in wanted;
  });
  for (const document of after.documents) {
    const [error] = document.errors;
    if (error) {
      const pos = after.lineCounter.linePos(error.pos[0]);
      return [`the rewritten text does not parse (line ${pos.line}, column ${pos.col}): ${error.message}`];
    }
  }
  let values: unknown[];
  try {
    values = after.documents.map((document) => (document.doc ? documentValue(document.doc) : undefined));
  } catch (error) {
    return [`the rewritten text does not read back: ${(error as Error).message}`];
  }
  const problems: string[] = [];
  if (after.documents.length !== expected.length) {
    problems.push(`expected ${expected.length} documents after the rewrite, found ${after.documents.length}`);
  } else {
    after.documents.forEach((document, i) => {
      const wanted = expected[i] as ExpectedDocument;
      const same =
        'value' in wanted
          ? isDeepStrictEqual(values[i], wanted.value)
          : input.after.slice(document.start, document.end) === wanted.text;
      if (!same) problems.push(`document ${i + 1} does not read back as intended after the rewrite`);
    });
  }
  const kept = textsOf(after.comments);
  for (const comment of textsOf(input.before.comments)) {
    if (!kept.has(comment)) problems.push(`the comment "${comment}" would be lost`);
  }
  if (input.validate) {
    for (const trainJob of input.trainJobs) {
      for (const finding of input.validate(trainJob)) problems.push(`${finding.path}: ${finding.message}`);
    }
  }
  return problems;
}
