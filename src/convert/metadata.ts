/** `metadata` of the PyTorchJob → `metadata` of the TrainJob. */

import { isPlainObject } from '../util/objects.js';
import { type ConvertContext, show } from './context.js';
import { describeInvalidName, isValidGenerateName } from './names.js';

/** Written by the API server; meaningless in a manifest. */
const SERVER_POPULATED = new Set([
  'creationTimestamp',
  'resourceVersion',
  'uid',
  'generation',
  'managedFields',
  'selfLink',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
]);
const CARRIED = new Set(['namespace', 'labels', 'annotations', 'generateName']);

export interface MetadataResult {
  name?: string;
  namespace?: string;
}

export function mapMetadata(ctx: ConvertContext): MetadataResult {
  const { ledger, output, options } = ctx;
  const metadata = ctx.input.metadata;
  if (!isPlainObject(metadata)) {
    ledger.lost(['metadata'], {
      code: 'NAME_INVALID',
      message: 'metadata is missing or not a map; give the PyTorchJob a metadata.name',
    });
    return {};
  }
  const sideBySide = options.strategy === 'side-by-side';
  const name = typeof metadata.name === 'string' ? metadata.name : undefined;
  const newName = name !== undefined && sideBySide ? `${name}${options.nameSuffix}` : name;
  checkName(ctx, metadata, name, newName);
  checkNamespace(ctx, metadata.namespace);

  const keys = Object.keys(metadata);
  const unchanged = newName === name && keys.every((key) => key === 'name' || CARRIED.has(key));
  if (unchanged) {
    ledger.carry(['metadata'], ['metadata']);
    output.place(['metadata'], metadata);
  } else {
    for (const key of keys) {
      const path = ['metadata', key];
      if (key === 'name') {
        if (newName === name) ledger.carry(path, path);
        else ledger.mapped(path, path);
        output.place(path, newName);
      } else if (CARRIED.has(key)) {
        ledger.carry(path, path);
        output.place(path, metadata[key]);
      } else if (SERVER_POPULATED.has(key)) {
        ledger.dropped(path, 'written by the API server; a manifest does not set it');
      } else {
        ledger.lost(path, {
          code: 'UNKNOWN_FIELD',
          message: `metadata.${key}: ${show(metadata[key])} is not carried over to the TrainJob, because it belongs to the old object; remove it from the manifest, or add it to the TrainJob by hand if it is still needed`,
        });
      }
    }
  }
  const namespace = typeof metadata.namespace === 'string' ? metadata.namespace : undefined;
  return { ...(newName !== undefined && { name: newName }), ...(namespace !== undefined && { namespace }) };
}

/** Kubernetes takes a namespace as a string only; `namespace: 123` is rejected by the API server. */
function checkNamespace(ctx: ConvertContext, namespace: unknown): void {
  if (namespace === undefined || namespace === null || typeof namespace === 'string') return;
  ctx.ledger.finding(['metadata', 'namespace'], {
    code: 'NAME_INVALID',
    message: `metadata.namespace ${show(namespace)} is not a string, so the API server rejects this PyTorchJob; quote it (namespace: "${String(namespace)}") or fix it, then run again`,
  });
}

function checkName(
  ctx: ConvertContext,
  metadata: Record<string, unknown>,
  name: string | undefined,
  newName: string | undefined,
): void {
  if (newName === undefined) {
    const generateName = metadata.generateName;
    if (typeof generateName === 'string') {
      if (!isValidGenerateName(generateName)) {
        ctx.ledger.finding(['metadata', 'generateName'], {
          code: 'NAME_INVALID',
          message: `metadata.generateName "${generateName}" plus the 5 characters the API server adds is not an RFC 1035 label of at most 63 characters; shorten it or use lower-case letters, digits and "-"`,
        });
      }
      return;
    }
    ctx.ledger.finding(['metadata', 'name'], {
      code: 'NAME_INVALID',
      message: 'metadata.name is missing or not a string; give the PyTorchJob a name (an RFC 1035 label)',
    });
    return;
  }
  const problem = describeInvalidName(newName);
  if (problem === undefined) return;
  const suffixed = newName !== name;
  ctx.ledger.finding(['metadata', 'name'], {
    code: 'NAME_INVALID',
    message: suffixed
      ? `metadata.name "${name}" with the side-by-side suffix "${ctx.options.nameSuffix}" gives "${newName}", which ${problem}; shorten the name or choose a shorter --name-suffix`
      : `metadata.name "${newName}" ${problem}; the TrainJob API rejects it. Rename the job (if the name is a template placeholder, render the template first)`,
  });
}
