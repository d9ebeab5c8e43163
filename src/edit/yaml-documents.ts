/**
 * Parses a YAML text once into its documents, and composes (builds the node tree of) only the
 * documents a caller asks for. The others are kept as text: a rewrite leaves them byte for byte, so
 * they are compared as text, and their size costs one linear syntax pass and no node tree.
 */
import {
  Composer,
  type CST,
  type Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  Parser,
  type YAMLParseError,
} from 'yaml';
import { forEachDocumentLeafToken, forEachLeafToken, type LeafToken } from './cst-tokens.js';

/** Duplicate keys are found with a set (`findDuplicateKey`); the library compares each key with all before it. */
const COMPOSE_OPTIONS = { keepSourceTokens: true, merge: true, uniqueKeys: false } as const;
/** The library's own check, used only to word the errors of a document known to have one. */
const LIBRARY_CHECK_OPTIONS = { ...COMPOSE_OPTIONS, uniqueKeys: true } as const;

export interface TextDocument {
  /** From the document's first token to the next document's first token (or the end of the text). */
  start: number;
  end: number;
  /** The node tree, for the documents asked for. */
  doc?: Document;
  /** Composition errors (for a document not composed: only those of its `---` line and directives). */
  errors: readonly YAMLParseError[];
  /** The comment tokens of the document's content (what `doc.contents.srcToken` holds), in source order. */
  contentComments: readonly LeafToken[];
}

export interface ParsedYaml {
  text: string;
  documents: TextDocument[];
  /** Every comment of the text, in source order. */
  comments: LeafToken[];
  lineCounter: LineCounter;
}

/** Decides from a document's index and text whether it is composed. */
export type ComposeFilter = (index: number, text: string) => boolean;

/** Documents not asked for are still composed, to find their errors, up to this size. */
const MAX_CHECKED_DOCUMENT_CHARS = 1024 * 1024;

/**
 * Parses `text` in one pass. Every document is composed (to report its errors) and dropped at once,
 * except those `wanted` asks for. A document not asked for and over 1 MiB is not composed: an empty
 * stand-in with its `---` takes its place (directives and document-start errors are reported as
 * before) and only its syntax errors are looked for, so its node tree is never built.
 */
export function parseYaml(text: string, wanted: ComposeFilter): ParsedYaml {
  const lineCounter = new LineCounter();
  const composer = new Composer(COMPOSE_OPTIONS);
  const documents: TextDocument[] = [];
  const comments: LeafToken[] = [];
  const keep: boolean[] = [];
  let composedCount = 0;
  let sawErrorToken = false;
  let sawDuplicateKey = false;
  const take = (docs: Iterable<Document.Parsed>): void => {
    for (const doc of docs) {
      const document = documents[composedCount];
      if (document) {
        document.errors = doc.errors;
        if (keep[composedCount]) document.doc = doc;
        if (!sawDuplicateKey && findDuplicateKey(doc.contents) !== undefined) sawDuplicateKey = true;
      }
      composedCount += 1;
    }
  };
  // Tokens wait here until the document they follow is settled, so the composer sees them in order.
  let queue: CST.Token[] = [];
  let pending: CST.Document | undefined;
  let pendingComments: readonly LeafToken[] = [];
  const settle = (end: number): void => {
    if (pending) {
      const slice = text.slice(pending.offset, end);
      const isWanted = wanted(documents.length, slice);
      documents.push({ start: pending.offset, end, errors: [], contentComments: pendingComments });
      keep.push(isWanted);
      if (!isWanted && slice.length > MAX_CHECKED_DOCUMENT_CHARS) queue[0] = standIn(pending);
      pending = undefined;
    }
    for (const token of queue) take(composer.next(token));
    queue = [];
  };
  const onLeaf = (leaf: LeafToken): void => {
    if (leaf.type === 'comment') comments.push(leaf);
    else if (leaf.type === 'error') sawErrorToken = true;
  };
  for (const token of new Parser(lineCounter.addNewLine).parse(text)) {
    if (token.type === 'document') {
      settle(token.offset);
      pending = token;
      pendingComments = forEachDocumentLeafToken(token, onLeaf);
    } else forEachLeafToken(token, onLeaf);
    queue.push(token);
  }
  settle(text.length);
  take(composer.end());
  if (sawDuplicateKey || (sawErrorToken && documents.every((d) => d.errors.length === 0))) {
    // The set check found a key the library may call a duplicate: compose the text again with the
    // library's own check, so the error reported first is the one it always was.
    const checked = Array.from(new Composer(LIBRARY_CHECK_OPTIONS).compose(new Parser().parse(text)));
    checked.forEach((doc, i) => {
      const document = documents[i];
      if (!document) return;
      document.errors = doc.errors;
      if (keep[i]) document.doc = doc;
    });
  }
  return { text, documents, comments, lineCounter };
}

/** An empty document at the same place, with the original's `---` (and nothing after it). */
function standIn(token: CST.Document): CST.Document {
  const start = token.start.filter(
    (t) => t.type === 'doc-start' || t.type === 'space' || t.type === 'newline',
  );
  return { type: 'document', offset: token.offset, start, end: [] };
}

/**
 * The first map key equal to an earlier key of the same map, as the library compares them (scalars
 * by value), found with one set per map. Keys that are not scalars never compare equal.
 */
export function findDuplicateKey(node: unknown): unknown {
  if (isMap(node)) {
    const seen = keySet(node.items.length);
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      if (isScalar(pair.key)) {
        if (seen.has(pair.key.value)) return pair.key;
        seen.add(pair.key.value);
      } else {
        const inKey = findDuplicateKey(pair.key);
        if (inKey) return inKey;
      }
      const inValue = findDuplicateKey(pair.value);
      if (inValue) return inValue;
    }
    return undefined;
  }
  if (isSeq(node)) {
    for (const item of node.items) {
      const found = findDuplicateKey(item);
      if (found) return found;
    }
  }
  return undefined;
}

/** Below this many keys a list is searched: cheaper than building a set for every small map. */
const SMALL_MAP_KEYS = 8;

interface KeySet {
  has(value: unknown): boolean;
  add(value: unknown): void;
}

/** Set semantics (SameValueZero) for the keys of a map of `size` entries. */
function keySet(size: number): KeySet {
  if (size > SMALL_MAP_KEYS) return new Set<unknown>();
  const values: unknown[] = [];
  return { has: (value) => values.includes(value), add: (value) => values.push(value) };
}
