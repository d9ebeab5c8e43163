/**
 * Bookkeeping of one conversion: what happened to every input leaf, which subtrees travel
 * unchanged, and the findings. The first account of a leaf wins, so a later catch-all never
 * overrides a specific decision.
 */

import type {
  AccountingEntry,
  CarriedValue,
  Finding,
  FindingCode,
  Path,
  RuntimeSetting,
  Severity,
} from '../model/conversion.js';
import { formatPath, getAt, leafPaths, pathExists, pathKey } from './paths.js';

export interface FindingInput {
  code: FindingCode;
  severity?: Severity;
  message: string;
  /** What a custom runtime would need to carry the lost field exactly. */
  runtimeSetting?: RuntimeSetting;
}

export class Ledger {
  private readonly entries = new Map<string, AccountingEntry>();
  readonly findings: Finding[] = [];
  readonly carried: CarriedValue[] = [];
  /** Input paths a generated runtime carries (see `generatedRuntime`). */
  readonly carriedByRuntime: Path[] = [];

  /**
   * @param generatedRuntime the runtime the job is converted against when it was generated from the
   *   job's runtime-level settings: a loss that names a `runtimeSetting` is then carried by it.
   */
  constructor(
    private readonly input: unknown,
    private readonly generatedRuntime?: string,
  ) {}

  /** Every leaf under `from` lands at the matching place under `to`. */
  mapped(from: Path, to: Path): void {
    for (const leaf of this.leavesUnder(from)) {
      this.record({ path: leaf, disposition: 'mapped', to: [...to, ...leaf.slice(from.length)] });
    }
  }

  /** `from` appears unchanged at `to`: mapped, and listed for the editor to move as source text. */
  carry(from: Path, to: Path): void {
    this.carried.push({ from, to });
    this.mapped(from, to);
  }

  dropped(from: Path, reason: string): void {
    for (const leaf of this.leavesUnder(from)) {
      this.record({ path: leaf, disposition: 'dropped', reason });
    }
  }

  /** A semantic loss: every leaf under `from` is lost, and an error finding says what to do. */
  lost(from: Path, finding: FindingInput): void {
    if (finding.runtimeSetting && this.generatedRuntime !== undefined) {
      this.carriedByRuntime.push(from);
      this.dropped(from, `set in the generated runtime ${this.generatedRuntime}`);
      return;
    }
    this.finding(from, { severity: 'error', ...finding });
    for (const leaf of this.leavesUnder(from)) {
      this.record({ path: leaf, disposition: 'lost', reason: finding.code });
    }
  }

  /**
   * A harmless drop that a generated runtime carries exactly when there is one (e.g. port
   * declarations): carried by it, else dropped with `finding` (a warning naming the setting).
   */
  runtimeCarriable(
    from: Path,
    reason: string,
    finding: FindingInput & { runtimeSetting: RuntimeSetting },
  ): void {
    if (this.generatedRuntime !== undefined) {
      this.carriedByRuntime.push(from);
      this.dropped(from, `set in the generated runtime ${this.generatedRuntime}`);
      return;
    }
    this.dropped(from, reason);
    this.finding(from, finding);
  }

  /** Leaves lost because of a finding already reported elsewhere (e.g. the Worker copy of a field). */
  lostWithoutFinding(from: Path, code: FindingCode): void {
    for (const leaf of this.leavesUnder(from)) {
      this.record({ path: leaf, disposition: 'lost', reason: code });
    }
  }

  finding(at: Path, finding: FindingInput): void {
    this.findings.push({
      severity: finding.severity ?? 'error',
      code: finding.code,
      message: finding.message,
      path: formatPath(at),
      ...(finding.runtimeSetting && { runtimeSetting: finding.runtimeSetting }),
    });
  }

  entryAt(path: Path): AccountingEntry | undefined {
    return this.entries.get(pathKey(path));
  }

  /** Copies an existing entry to another input path (same disposition and target). */
  mirror(path: Path, from: AccountingEntry): void {
    this.record({ ...from, path });
  }

  has(path: Path): boolean {
    return this.entries.has(pathKey(path));
  }

  accounting(): AccountingEntry[] {
    return [...this.entries.values()];
  }

  private leavesUnder(from: Path): Path[] {
    return pathExists(this.input, from) ? leafPaths(getAt(this.input, from), from) : [];
  }

  private record(entry: AccountingEntry): void {
    const key = pathKey(entry.path);
    if (!this.entries.has(key)) this.entries.set(key, entry);
  }
}
