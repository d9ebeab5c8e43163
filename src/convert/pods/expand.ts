/**
 * Kubelet's environment and `$(VAR)` expansion (kubernetes `third_party/forked/golang/expansion`,
 * `kubelet_pods.go makeEnvironmentVariables`): an env value may reference entries defined earlier in the
 * list only; `$$` is an escaped `$`; an unresolvable `$(VAR)` stays literal; with duplicate names the
 * last entry wins. Command and args expand against the container's final environment.
 */
import type { Container, EnvVar, PlainObject, RenderedPod } from './types.js';

/** `$(VAR)` expansion with kubelet's rules against `lookup`. */
export function expandReferences(text: string, lookup: (name: string) => string | undefined): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch !== '$' || i + 1 >= text.length) {
      out += ch;
      i += 1;
      continue;
    }
    const next = text[i + 1]!;
    if (next === '$') {
      out += '$';
      i += 2;
    } else if (next === '(') {
      const close = text.indexOf(')', i + 2);
      if (close < 0) {
        out += text.slice(i);
        break;
      }
      const name = text.slice(i + 2, close);
      const value = lookup(name);
      out += value ?? `$(${name})`;
      i = close + 1;
    } else {
      out += ch;
      i += 1;
    }
  }
  return out;
}

/** A field path or key selector's value as the kubelet would see it, for one pod. */
function sourceValue(pod: RenderedPod, container: Container, source: PlainObject): string {
  const fieldRef = source.fieldRef as PlainObject | undefined;
  if (fieldRef) {
    const path = String(fieldRef.fieldPath ?? '');
    const keyed = /^metadata\.(labels|annotations)\['(.*)'\]$/.exec(path);
    if (keyed) {
      const map = keyed[1] === 'labels' ? pod.labels : pod.annotations;
      return map[keyed[2]!] ?? '';
    }
    if (path === 'metadata.name') return '<pod name>';
    if (path === 'metadata.namespace') return pod.namespace ?? '<namespace>';
    return `<${path}>`;
  }
  const resourceFieldRef = source.resourceFieldRef as PlainObject | undefined;
  if (resourceFieldRef) {
    const owner = (resourceFieldRef.containerName as string | undefined) ?? container.name;
    const resources = containerNamed(pod, owner)?.resources;
    return `<${String(resourceFieldRef.resource)} of ${JSON.stringify(resources ?? {})} / ${String(resourceFieldRef.divisor ?? 1)}>`;
  }
  return `<${JSON.stringify(source)}>`;
}

export function containerNamed(pod: RenderedPod, name: string): Container | undefined {
  const all = [
    ...((pod.spec.containers as Container[]) ?? []),
    ...((pod.spec.initContainers as Container[]) ?? []),
  ];
  return all.find((container) => container.name === name);
}

/** The container's environment as its process sees it: name → value, after expansion. */
export function resolveEnv(pod: RenderedPod, container: Container): Map<string, string> {
  const env = new Map<string, string>();
  for (const entry of container.env ?? ([] as EnvVar[])) {
    const value =
      entry.valueFrom !== undefined
        ? sourceValue(pod, container, entry.valueFrom)
        : expandReferences(entry.value ?? '', (name) => env.get(name));
    env.set(entry.name, value);
  }
  return env;
}

/** Command and args after kubelet expansion against the final environment. */
export function resolveCommandLine(
  container: Container,
  env: ReadonlyMap<string, string>,
): { command?: string[]; args?: string[] } {
  const expand = (items: string[] | undefined) =>
    items?.map((item) => expandReferences(String(item), (name) => env.get(name)));
  return { command: expand(container.command), args: expand(container.args) };
}
