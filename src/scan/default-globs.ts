/**
 * Files scanned when the user gives no include globs: YAML and JSON manifests, plus the YAML
 * templates found in real repositories (`train.yaml.template`, `job.yaml.j2`, `job.yml.tmpl`).
 * Helm chart templates are plain `.yaml` files under `templates/`, so they are covered too;
 * Helm helper files (`_helpers.tpl`) hold no manifests and are left out.
 */
export const DEFAULT_INCLUDE: readonly string[] = [
  '**/*.{yaml,yml,json,yaml.tmpl,yml.tmpl,yaml.template,yml.template,yaml.j2,yml.j2}',
];

/** Never scanned, whatever the include globs say. */
export const ALWAYS_EXCLUDE: readonly string[] = ['**/.git', '**/node_modules'];
