/** The tool's identity as reports print it; the version is package.json's, inlined by the bundler. */
import packageJson from '../../package.json' with { type: 'json' };

export const TOOL_NAME = 'trainjob-migrate';
export const TOOL_VERSION: string = packageJson.version;
