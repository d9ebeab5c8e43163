/** The tool's identity as reports print it. A test keeps TOOL_VERSION equal to package.json's version. */
export const TOOL_NAME = 'trainjob-migrate';
export const TOOL_VERSION = '0.1.0';
