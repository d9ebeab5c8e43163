/**
 * The CRD's CEL rules (`x-kubernetes-validations`), evaluated with a CEL implementation as the API
 * server does for a new object: `self` is the value at the rule's place; a rule that is false, or
 * that fails to evaluate, rejects the object. Transition rules (`oldSelf`) only apply on update and
 * are left out (docs/cli.md lists them).
 */
import { parse } from '@marcbachmann/cel-js';
import { formatPath } from '../convert/paths.js';
import type { Path } from '../model/conversion.js';
import { isPlainObject } from '../util/objects.js';
import { UserError } from '../util/user-error.js';
import { type CelRuleSite, valuesAt } from './schema-rules.js';

export interface CelProblem {
  path: Path;
  message: string;
}

export interface CompiledCelRule {
  site: CelRuleSite;
  evaluate: (context: { self: unknown }) => unknown;
}

/** Parses every rule that applies to new objects. A rule CEL cannot parse is a broken CRD: it throws. */
export function compileCelRules(sites: readonly CelRuleSite[]): CompiledCelRule[] {
  return sites
    .filter((site) => !site.transition)
    .map((site) => {
      try {
        return { site, evaluate: parse(site.rule) };
      } catch (error) {
        throw new UserError(
          `the CRD's CEL rule ${JSON.stringify(site.rule)} at ${site.path.join('.') || '(root)'} does not parse: ${(error as Error).message.split('\n')[0]}`,
          { exitCode: 2 },
        );
      }
    });
}

/**
 * The server fills in `metadata.name` from `generateName` (plus 5 random characters) before the
 * rules run; the root rules see that name.
 */
function rootAsServerSeesIt(object: Record<string, unknown>): Record<string, unknown> {
  const metadata = isPlainObject(object.metadata) ? object.metadata : undefined;
  if (!metadata || typeof metadata.name === 'string' || typeof metadata.generateName !== 'string') {
    return object;
  }
  return { ...object, metadata: { ...metadata, name: `${metadata.generateName}xxxxx` } };
}

const shown = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
};

/**
 * The field a rule is about when every `self.a.b` in it names the same one (`size(self.metadata.name)
 * <= 63` is about `metadata.name`), so the finding points there; otherwise the rule's own place.
 */
function subjectOf(rule: string, path: Path, self: unknown): { path: Path; value: unknown } {
  const chains = new Set(
    [...rule.matchAll(/\bself((?:\.[A-Za-z_]\w*(?![\w(]))+)/g)].map((match) => match[1]!),
  );
  if (chains.size !== 1) return { path, value: self };
  const keys = [...chains][0]!.slice(1).split('.');
  const value = keys.reduce<unknown>((node, key) => (isPlainObject(node) ? node[key] : undefined), self);
  return value === undefined ? { path, value: self } : { path: [...path, ...keys], value };
}

export function checkCelRules(
  object: Record<string, unknown>,
  rules: readonly CompiledCelRule[],
): CelProblem[] {
  const problems: CelProblem[] = [];
  for (const { site, evaluate } of rules) {
    const root = site.path.length === 0 ? rootAsServerSeesIt(object) : object;
    for (const { path, value } of valuesAt(root, site.path)) {
      let result: unknown;
      try {
        result = evaluate({ self: value });
      } catch (error) {
        result = error as Error;
      }
      if (result === true) continue;
      const why = result instanceof Error ? ` (evaluation failed: ${result.message.split('\n')[0]})` : '';
      const subject = subjectOf(site.rule, path, value);
      const length = typeof subject.value === 'string' ? ` (${subject.value.length} characters)` : '';
      const named = `${formatPath(subject.path) || 'the object'} ${isPlainObject(subject.value) ? '' : `${shown(subject.value)}${length} `}`;
      problems.push({
        path: subject.path,
        message: `${named}breaks the CRD rule ${JSON.stringify(site.rule)}${why}: ${site.message ?? 'fix the value'}`,
      });
    }
  }
  return problems;
}
