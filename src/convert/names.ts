/** Kubernetes object names: the TrainJob CRD requires an RFC 1035 label of at most 63 characters. */
export const RFC1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
export const MAX_NAME_LENGTH = 63;
/** The API server appends this many random characters to a `generateName` prefix. */
export const GENERATED_SUFFIX_LENGTH = 5;

export function isRfc1035Label(name: string): boolean {
  return name.length <= MAX_NAME_LENGTH && RFC1035_LABEL.test(name);
}

/** Whether `prefix` plus the server's random suffix always forms a valid RFC 1035 label. */
export function isValidGenerateName(prefix: string): boolean {
  return isRfc1035Label(`${prefix}${'x'.repeat(GENERATED_SUFFIX_LENGTH)}`);
}

/** Says what is wrong with a name, or undefined when it is valid. */
export function describeInvalidName(name: string): string | undefined {
  if (name.length > MAX_NAME_LENGTH) return `is ${name.length} characters long (at most ${MAX_NAME_LENGTH})`;
  if (!RFC1035_LABEL.test(name)) {
    return 'is not an RFC 1035 label (lower-case letters, digits and "-", starting with a letter, ending with a letter or digit)';
  }
  return undefined;
}
