/**
 * Walks of the `yaml` library's concrete syntax tree that know its shape (documents, collections,
 * items, scalars), so finding comments or error tokens visits each token once and allocates nothing.
 */
import type { CST } from 'yaml';

/** A token with its own text: comments, indicators, scalars, errors. */
export interface LeafToken {
  type: string;
  offset: number;
  source: string;
}

type Visit = (token: LeafToken) => void;

/** Calls `visit` for every leaf token of `token`, in source order. */
export function forEachLeafToken(token: CST.Token | undefined | null, visit: Visit): void {
  if (!token) return;
  switch (token.type) {
    case 'document':
      visitAll(token.start, visit);
      forEachLeafToken(token.value, visit);
      visitAll(token.end, visit);
      return;
    case 'block-map':
    case 'block-seq':
      for (const item of token.items) visitItem(item, visit);
      return;
    case 'flow-collection':
      visit(token.start);
      for (const item of token.items) visitItem(item, visit);
      visitAll(token.end, visit);
      return;
    case 'block-scalar':
      for (const prop of token.props) forEachLeafToken(prop, visit);
      visit(token);
      return;
    case 'alias':
    case 'scalar':
    case 'single-quoted-scalar':
    case 'double-quoted-scalar':
    case 'doc-end':
      visit(token);
      visitAll(token.end, visit);
      return;
    default:
      visit(token as LeafToken);
  }
}

function visitItem(item: CST.CollectionItem, visit: Visit): void {
  visitAll(item.start, visit);
  forEachLeafToken(item.key, visit);
  visitAll(item.sep, visit);
  forEachLeafToken(item.value, visit);
}

function visitAll(tokens: readonly CST.Token[] | undefined, visit: Visit): void {
  if (tokens) for (const token of tokens) forEachLeafToken(token, visit);
}

/**
 * `forEachLeafToken` of a document token, which also returns the comment tokens of its content
 * (the source of its node tree), so the content need not be walked again to find them.
 */
export function forEachDocumentLeafToken(document: CST.Document, visit: Visit): LeafToken[] {
  const contentComments: LeafToken[] = [];
  visitAll(document.start, visit);
  forEachLeafToken(document.value, (leaf) => {
    if (leaf.type === 'comment') contentComments.push(leaf);
    visit(leaf);
  });
  visitAll(document.end, visit);
  return contentComments;
}

/** The comment tokens of a subtree, in source order. */
export function commentTokens(token: CST.Token | undefined | null): LeafToken[] {
  const found: LeafToken[] = [];
  forEachLeafToken(token, (leaf) => {
    if (leaf.type === 'comment') found.push(leaf);
  });
  return found;
}
