/**
 * One file in, its new text out (when anything was converted and every safety check passed).
 * Pure: no file system; the caller reads and writes.
 */
import { classifyText } from '../scan/classify.js';
import { rewriteJson } from './json-file.js';
import { reportKatib } from './katib.js';
import { lineNestedDeeperThan, MAX_NESTING } from './nesting.js';
import { rewriteTemplated } from './templated.js';
import type { FileRewrite, RewriteOptions } from './types.js';
import { rewriteYaml } from './yaml-file.js';

export function rewriteFile(relPath: string, text: string, options: RewriteOptions): FileRewrite {
  const kind = classifyText(relPath, text);
  const tooDeep = lineNestedDeeperThan(text);
  if (tooDeep !== undefined) {
    const message = `nesting deeper than ${MAX_NESTING} levels; a manifest needs far fewer, so the file was not parsed. Flatten or fix it and run again`;
    return { kind, jobs: [], error: { message, line: tooDeep } };
  }
  switch (kind) {
    case 'kustomization':
      return {
        kind,
        jobs: [],
        skipReason: 'kustomization: patches and image overrides that name PyTorchJobs are not rewritten yet',
      };
    case 'unknown':
      return { kind, jobs: [], skipReason: 'not a YAML or JSON manifest (by its file name)' };
    case 'json':
      return rewriteJson(text, options);
    case 'katib':
      return reportKatib(text, options);
    case 'helm':
      return rewriteTemplated(text, options);
    default:
      return rewriteYaml(text, options, 'yaml');
  }
}
