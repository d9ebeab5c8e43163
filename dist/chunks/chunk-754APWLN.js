import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  TOOL_NAME,
  TOOL_VERSION
} from "./chunk-2P5ZRRHB.js";

// src/cli/help.ts
var SHARED_OPTIONS_HELP = `Conversion options (also keys of .trainjob-migrate.yaml, in camelCase):
  --runtime NAME             Runtime the TrainJobs reference (default: torch-distributed)
  --runtime-kind KIND        ClusterTrainingRuntime (default) or TrainingRuntime
  --trainer-version V        Target Kubeflow Trainer release: 2.3 (default), 2.2, 2.1, 2.0
  --strategy S               replace (default): the TrainJob takes the PyTorchJob's place;
                             side-by-side: the TrainJob is added next to it, named NAME+suffix
  --name-suffix SUFFIX       Suffix for side-by-side TrainJob names (default: -v2)
  --allow-lossy              Write a TrainJob even when something cannot be carried over exactly
  --patch-manager MANAGER    Manager of the runtimePatches entry the tool writes
  --crd FILE                 Validate every TrainJob against this TrainJob CRD before writing
  --installed-runtimes LIST  Runtimes the clusters have that the repository does not define
                             (comma-separated); others get a RUNTIME_NOT_FOUND warning
  --generate-runtimes        Convert jobs blocked only by runtime-level settings (priorityClassName,
                             backoffLimit, sidecars...) against generated ClusterTrainingRuntimes

Selection options:
  --include GLOB             Only files matching GLOB (repeatable; default: YAML, JSON, Helm templates)
  --exclude GLOB             Skip files matching GLOB (repeatable)
  --max-file-size SIZE       Skip larger files, in bytes or like 5MB (default: 10MB)
  --concurrency N            Inputs processed at once, 1 to 64 (default: 4)
  --config FILE              Read options from FILE instead of each input's .trainjob-migrate.yaml

Output options:
  -f, --format FORMAT        text (default), json, markdown or sarif
  -q, --quiet                Print only problems and the summary line (text format)
  --no-color                 No ANSI colours (also when NO_COLOR is set or output is not a terminal)
  --color                    ANSI colours even when output is not a terminal
  -h, --help                 Show this help`;
var EXIT_CODES = `Exit codes:
  0  done, nothing needs attention
  1  something needs attention: a job needing review, a file that failed to parse, an input that failed
  2  usage or configuration error`;
var MAIN_HELP = `${TOOL_NAME} ${TOOL_VERSION}
Rewrite Kubeflow PyTorchJobs (kubeflow.org/v1) into Kubeflow Trainer v2 TrainJobs, keeping comments and formatting.

Usage:
  ${TOOL_NAME} scan [PATH|GIT_URL]...      Report every PyTorchJob and what would happen to it
  ${TOOL_NAME} convert [PATH|GIT_URL]...   Show the diff (dry run), or rewrite with --write
  ${TOOL_NAME} pr [options]                Convert a repository and open a pull request
  ${TOOL_NAME} discover --org ORG          List an organisation's repositories that hold PyTorchJobs
  ${TOOL_NAME} --version                   Print the version
  ${TOOL_NAME} COMMAND --help              Help for one command

Inputs are local folders or files, or git URLs (https, ssh, file) cloned shallow into a temporary folder.
Without an input, the current folder is used.

${EXIT_CODES}
`;
var SCAN_HELP = `Usage: ${TOOL_NAME} scan [options] [PATH|GIT_URL]...

Report every PyTorchJob found: file, line, name, namespace, replicas and what converting it would do.
Writes nothing.

Examples:
  ${TOOL_NAME} scan clusters/
  ${TOOL_NAME} scan --format json https://github.com/example/gitops.git > report.json
  ${TOOL_NAME} scan --format sarif . > trainjob-migrate.sarif

${SHARED_OPTIONS_HELP}

${EXIT_CODES}
`;
var CONVERT_HELP = `Usage: ${TOOL_NAME} convert [options] [PATH|GIT_URL]...

Convert PyTorchJobs to TrainJobs. By default a dry run: prints the unified diff and a summary, writes nothing.

Mode:
  --write                    Rewrite the files in place (local folders and files only)
  --check                    Change nothing; exit 1 while any PyTorchJob remains, 0 when none does
                             (for CI gates and pre-commit hooks)

Examples:
  ${TOOL_NAME} convert fixtures/demo-gitops/
  ${TOOL_NAME} convert --write --runtime torch-gpu clusters/gpu/
  ${TOOL_NAME} convert --check .

${SHARED_OPTIONS_HELP}

${EXIT_CODES}
  With --check: 1 while any PyTorchJob remains.
`;

export {
  SHARED_OPTIONS_HELP,
  MAIN_HELP,
  SCAN_HELP,
  CONVERT_HELP
};
