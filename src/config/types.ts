/** The `.trainjob-migrate.yaml` file: every option of the CLI in camelCase, plus per-path overrides. */
import type { RuntimeKind, Strategy, TrainerVersion } from '../model/conversion.js';
import type { OutputFormat } from '../options.js';

export const CONFIG_FILE_NAME = '.trainjob-migrate.yaml';

export interface ConvertSettings {
  runtime?: string;
  runtimeKind?: RuntimeKind;
  trainerVersion?: TrainerVersion;
  strategy?: Strategy;
  nameSuffix?: string;
  allowLossy?: boolean;
  patchManager?: string;
}

export interface OverrideSettings extends ConvertSettings {
  /** Glob relative to the repository root, e.g. `clusters/gpu/**`. */
  path: string;
}

export interface ConfigSettings extends ConvertSettings {
  format?: OutputFormat;
  include?: string[];
  exclude?: string[];
  /** Bytes, or a size such as `5MB` / `512KiB`. */
  maxFileSize?: number | string;
  /** A TrainJob CRD file, relative to the config file. */
  crd?: string;
  concurrency?: number;
  quiet?: boolean;
  /** Runtimes the clusters have although the repository does not define them. */
  installedRuntimes?: string[];
  /** Generate runtimes for jobs blocked only by runtime-level settings. */
  generateRuntimes?: boolean;
  overrides?: OverrideSettings[];
}

export interface LoadedConfig {
  /** Absolute path of the file the settings came from. */
  file: string;
  settings: ConfigSettings;
}
