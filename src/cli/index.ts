// The executable; the bundler adds the #! line.
import { startReaderEarly } from '../pipeline/early-reader.js';
import { threadBudget, threadPlan } from '../pipeline/thread-budget.js';

// A command that reads a tree gets its reader thread started while the rest of the tool loads.
if (wantsReaderEarly(process.argv.slice(2))) startReaderEarly();

const [{ processIo }, { main }] = await Promise.all([import('./io.js'), import('./main.js')]);
process.exitCode = await main(process.argv.slice(2), processIo());

/** `scan` or `convert` on a budget with a reader thread (a guess: a wrong one costs an idle thread). */
function wantsReaderEarly(args: readonly string[]): boolean {
  if (args[0] !== 'scan' && args[0] !== 'convert') return false;
  if (args.some((arg) => arg === '--help' || arg === '-h')) return false;
  try {
    return threadPlan(threadBudget()).readerThread;
  } catch {
    return false; // a bad TRAINJOB_MIGRATE_THREADS: the command reports it
  }
}
