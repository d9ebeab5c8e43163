// The executable; the bundler adds the #! line.
import { startReaderEarly } from '../pipeline/early-reader.js';

// A command that reads a tree gets its reader thread started while the rest of the tool loads.
if (wantsReaderEarly(process.argv.slice(2), process.env)) startReaderEarly();

const [{ processIo }, { main }] = await Promise.all([import('./io.js'), import('./main.js')]);
process.exitCode = await main(process.argv.slice(2), processIo());

/** `scan` or `convert` with more than one thread allowed (a guess: a wrong one costs an idle thread). */
function wantsReaderEarly(args: readonly string[], env: NodeJS.ProcessEnv): boolean {
  if (args[0] !== 'scan' && args[0] !== 'convert') return false;
  if (args.some((arg) => arg === '--help' || arg === '-h')) return false;
  return env.TRAINJOB_MIGRATE_THREADS === undefined || Number(env.TRAINJOB_MIGRATE_THREADS) >= 2;
}
