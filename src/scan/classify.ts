import type { FileKind } from '../model/report.js';

const KUSTOMIZATION_FILE_NAME = /(?:^|\/)(?:kustomization\.ya?ml|Kustomization)$/;
const KUSTOMIZE_KIND = /^kind:[ \t]*["']?Kustomization["']?[ \t]*(?:#.*)?$/m;
const KUSTOMIZE_API = /^apiVersion:[ \t]*["']?kustomize\.config\.k8s\.io\//m;

/** Extensions whose files are rendered by a template engine before they are YAML. */
const TEMPLATE_ENGINE_EXTENSION = /\.(?:j2|jinja2?|tpl|gotmpl)$/i;
/** Extensions of files that may hold YAML or JSON manifests; anything else (jsonnet, tsv...) is `unknown`. */
const MANIFEST_EXTENSION = /\.(?:ya?ml|json|tmpl|template|j2|jinja2?|tpl|gotmpl)$/i;
const HAS_EXTENSION = /\.[^./]+$/;

/** Go template actions only a Helm chart uses: built-in objects and named templates. */
const HELM_ACTION =
  /\{\{-?\s*(?:(?:include|template|define|tpl|toYaml|required)\b|[^}]*?\.(?:Values|Release|Chart|Capabilities|Files)\b)/;
/**
 * A template action or Jinja statement where YAML expects a value or a line: at the start of a
 * line, or right after `key:` or `- `. Inside quotes (`"{{ x }}"`) the file is still valid YAML.
 */
const UNQUOTED_TEMPLATE = /(?:^|:[ \t]|-[ \t])[ \t]*(?:\{\{|\{%)/m;

const KATIB_EXPERIMENT = /^kind:[ \t]*["']?(?:Experiment|StudyJob)["']?[ \t]*(?:#.*)?$/m;
const KATIB_TRIAL_TEMPLATE = /\b(?:trialSpec|trialTemplate|workerSpec|rawTemplate)\s*:/;
const KUBEFLOW_GROUP = /kubeflow\.org\//;
const CONFIG_MAP = /^kind:[ \t]*["']?ConfigMap["']?[ \t]*(?:#.*)?$/m;
const KATIB_TRIAL_TEMPLATES_MARKER = /katib|trial-?templates?/i;
const PYTORCHJOB_KIND = /\bkind:[ \t]*["']?PyTorchJob\b/;
/** Indented: inside a ConfigMap's block scalar, not a PyTorchJob document of its own. */
const EMBEDDED_PYTORCHJOB_KIND = /^[ \t]+kind:[ \t]*["']?PyTorchJob\b/m;

/**
 * Says how a candidate file must be handled, from its name and text alone (no YAML parse):
 * - `kustomization`: a kustomize `kustomization.yaml` (its patches are left to a later step)
 * - `json`: by extension, or text starting with `{` or `[`
 * - `helm`: a Helm chart template, a Jinja template, or `{{ }}` actions where YAML breaks
 * - `katib`: a Katib Experiment (or a ConfigMap of trial templates) holding a PyTorchJob
 * - `unknown`: an extension that is not a manifest's (jsonnet, tsv, markdown...)
 * - `yaml`: everything else, one or many documents
 */
export function classifyText(relPath: string, text: string): FileKind {
  if (isKustomization(relPath, text)) return 'kustomization';
  if (HAS_EXTENSION.test(relPath) && !MANIFEST_EXTENSION.test(relPath)) return 'unknown';
  if (isJson(relPath, text)) return 'json';
  const content = withoutComments(text);
  if (TEMPLATE_ENGINE_EXTENSION.test(relPath) || HELM_ACTION.test(content)) return 'helm';
  if (isKatib(content)) return 'katib';
  if (UNQUOTED_TEMPLATE.test(content)) return 'helm';
  return 'yaml';
}

function isKustomization(relPath: string, text: string): boolean {
  return KUSTOMIZATION_FILE_NAME.test(relPath) || (KUSTOMIZE_KIND.test(text) && KUSTOMIZE_API.test(text));
}

function isJson(relPath: string, text: string): boolean {
  if (/\.json$/i.test(relPath)) return true;
  const start = text.replace(/^\uFEFF/, '').trimStart();
  return (start.startsWith('{') || start.startsWith('[')) && !/^\{[{%]/.test(start);
}

/** Katib's own Go templates (`{{.Trial}}`) sit in block scalars, so this runs before the `{{` check. */
function isKatib(content: string): boolean {
  if (!PYTORCHJOB_KIND.test(content)) return false;
  if (KATIB_EXPERIMENT.test(content))
    return KUBEFLOW_GROUP.test(content) && KATIB_TRIAL_TEMPLATE.test(content);
  return (
    CONFIG_MAP.test(content) &&
    KATIB_TRIAL_TEMPLATES_MARKER.test(content) &&
    EMBEDDED_PYTORCHJOB_KIND.test(content)
  );
}

/** Comments can quote templates (a chat template in a commented-out env var) without being one. */
function withoutComments(text: string): string {
  return text.replace(/^[ \t]*#.*$/gm, '');
}
