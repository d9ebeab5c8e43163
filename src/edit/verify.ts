/**
 * Checks a rewritten text before anything is written: it parses, reads back as exactly the documents
 * expected (TrainJobs equal to the engine's output, every other document unchanged), keeps every
 * comment, and each TrainJob passes the CRD validator when there is one.
 */
import { isDeepStrictEqual } from 'node:util';
import { type Document, LineCounter, Parser, parseAllDocuments } from 'yaml';
import { collectComments } from './layout.js';
import { LineIndex } from './text.js';
import type { TrainJobValidator } from './types.js';

export const PARSE_OPTIONS = { keepSourceTokens: true, merge: true, uniqueKeys: true } as const;
const TO_JS = { maxAliasCount: 1000 } as const;

export function parseDocuments(text: string, lineCounter?: LineCounter): Document[] {
  const parsed = parseAllDocuments(text, { ...PARSE_OPTIONS, lineCounter });
  return Array.isArray(parsed) ? parsed : [];
}

export function documentValue(doc: Document): unknown {
  return doc.toJS(TO_JS);
}

/** The distinct comment texts of a YAML text. */
export function commentTexts(text: string): Set<string> {
  const lines = new LineIndex(text);
  const texts = new Set<string>();
  for (const token of new Parser().parse(text)) {
    for (const c of collectComments(token, lines)) texts.add(c.text.trim());
  }
  return texts;
}

export interface VerifyInput {
  before: string;
  after: string;
  /** The values the new text must read back as, document by document (List items expanded inside). */
  expected: unknown[];
  trainJobs: Record<string, unknown>[];
  validate?: TrainJobValidator;
}

/** Problems found, empty when the new text is safe to write. */
export function verifyRewrite(input: VerifyInput): string[] {
  const lineCounter = new LineCounter();
  const docs = parseDocuments(input.after, lineCounter);
  for (const doc of docs) {
    const [error] = doc.errors;
    if (error) {
      const pos = lineCounter.linePos(error.pos[0]);
      return [`the rewritten text does not parse (line ${pos.line}, column ${pos.col}): ${error.message}`];
    }
  }
  let values: unknown[];
  try {
    values = docs.map(documentValue);
  } catch (error) {
    return [`the rewritten text does not read back: ${(error as Error).message}`];
  }
  const problems: string[] = [];
  if (values.length !== input.expected.length) {
    problems.push(`expected ${input.expected.length} documents after the rewrite, found ${values.length}`);
  } else {
    values.forEach((value, i) => {
      if (!isDeepStrictEqual(value, input.expected[i])) {
        problems.push(`document ${i + 1} does not read back as intended after the rewrite`);
      }
    });
  }
  const kept = commentTexts(input.after);
  for (const comment of commentTexts(input.before)) {
    if (!kept.has(comment)) problems.push(`the comment "${comment}" would be lost`);
  }
  if (input.validate) {
    for (const trainJob of input.trainJobs) {
      for (const finding of input.validate(trainJob)) problems.push(`${finding.path}: ${finding.message}`);
    }
  }
  return problems;
}
