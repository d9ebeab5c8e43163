/** Which job instances a target selector, an embedded patch or an image override reaches. */
import type { Instance } from './instances.js';
import type { TargetSelector } from './kustomization.js';
import { isObject, type Json, type JsonObject } from './merge.js';

const SELECTOR_KEYS = [
  'group',
  'version',
  'kind',
  'name',
  'namespace',
  'labelSelector',
  'annotationSelector',
];

export function selectorOf(value: Json | undefined): TargetSelector | undefined {
  if (!isObject(value)) return undefined;
  const selector: Record<string, string> = {};
  for (const key of SELECTOR_KEYS) if (typeof value[key] === 'string') selector[key] = value[key];
  return Object.keys(selector).length > 0 ? (selector as TargetSelector) : undefined;
}

/** The PyTorchJob kind or group, which a TrainJob no longer matches. */
export function selectsByJobKind(selector: TargetSelector): boolean {
  return selector.kind !== undefined || selector.group !== undefined;
}

/** The legacy image filter matches `image` fields in any `containers`/`initContainers` list. */
export function usesImage(job: JsonObject, name: string): boolean {
  const images: string[] = [];
  const walk = (value: Json, inContainers: boolean): void => {
    if (Array.isArray(value)) for (const item of value) walk(item, inContainers);
    else if (isObject(value)) {
      for (const [key, child] of Object.entries(value)) {
        if (inContainers && key === 'image' && typeof child === 'string') images.push(child);
        walk(child, key === 'containers' || key === 'initContainers');
      }
    }
  };
  walk(job, false);
  return images.some((image) => imageName(image) === name);
}

function imageName(image: string): string {
  const withoutDigest = image.split('@')[0] as string;
  const colon = withoutDigest.lastIndexOf(':');
  return colon > withoutDigest.lastIndexOf('/') ? withoutDigest.slice(0, colon) : withoutDigest;
}

export function matchesEmbedded(instance: Instance, document: JsonObject): boolean {
  if (document.kind !== 'PyTorchJob') return false;
  const metadata = isObject(document.metadata) ? document.metadata : {};
  if (metadata.name !== instance.name && metadata.name !== instance.source.name) return false;
  return (
    metadata.namespace === undefined ||
    metadata.namespace === instance.namespace ||
    metadata.namespace === instance.source.namespace
  );
}

export function matchesTarget(instance: Instance, target: TargetSelector): boolean {
  const [group, version] = splitApiVersion(String(instance.current.apiVersion ?? ''));
  if (target.kind !== undefined && !fullMatch(target.kind, String(instance.current.kind ?? ''))) return false;
  if (target.group !== undefined && !fullMatch(target.group, group)) return false;
  if (target.version !== undefined && !fullMatch(target.version, version)) return false;
  if (
    target.name !== undefined &&
    !fullMatch(target.name, instance.name) &&
    !fullMatch(target.name, instance.source.name)
  )
    return false;
  if (target.namespace !== undefined && !fullMatch(target.namespace, instance.namespace ?? 'default'))
    return false;
  const metadata = isObject(instance.current.metadata) ? instance.current.metadata : {};
  if (target.labelSelector !== undefined && !matchesSelector(target.labelSelector, metadata.labels))
    return false;
  if (
    target.annotationSelector !== undefined &&
    !matchesSelector(target.annotationSelector, metadata.annotations)
  )
    return false;
  return true;
}

function splitApiVersion(apiVersion: string): [string, string] {
  const slash = apiVersion.indexOf('/');
  return slash === -1 ? ['', apiVersion] : [apiVersion.slice(0, slash), apiVersion.slice(slash + 1)];
}

/** kustomize matches target fields as anchored regular expressions. */
function fullMatch(pattern: string, value: string): boolean {
  try {
    return new RegExp(`^(?:${pattern})$`).test(value);
  } catch {
    return pattern === value;
  }
}

/** Equality (`a=b`, `a==b`, `a!=b`) and existence (`a`, `!a`) terms, comma-separated. */
function matchesSelector(selector: string, labels: Json | undefined): boolean {
  const map = isObject(labels) ? labels : {};
  return selector
    .split(',')
    .map((term) => term.trim())
    .filter((term) => term.length > 0)
    .every((term) => {
      const unequal = /^([^!=]+)!=(.*)$/.exec(term);
      if (unequal) return map[(unequal[1] as string).trim()] !== (unequal[2] as string).trim();
      const equal = /^([^=]+)==?(.*)$/.exec(term);
      if (equal) return map[(equal[1] as string).trim()] === (equal[2] as string).trim();
      if (term.startsWith('!')) return !(term.slice(1) in map);
      return term in map;
    });
}
