import v8 from 'node:v8';

const FLAG = 'heap-growing-percent';

export interface HeapGrowthControl {
  /** V8's flag setter (`v8.setFlagsFromString`). */
  setFlags: (flags: string) => void;
  /** The options the process was started with: `process.execArgv` and `NODE_OPTIONS`. */
  startOptions: string[];
}

const processControl: HeapGrowthControl = {
  setFlags: (flags) => v8.setFlagsFromString(flags),
  startOptions: [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)],
};

/**
 * Runs `work` with V8's heap allowed to grow only `percent` beyond what the last full collection
 * kept, then gives V8 back its own choice. On a machine with memory to spare V8 lets the heap grow
 * to up to four times its live size between full collections, so a phase that allocates fast while
 * holding much (the merge of a large partition) peaks far above what it needs. V8 reads this flag at
 * every full collection, so setting it while running takes effect at the next one. A process started
 * with its own setting keeps it.
 */
export function withHeapGrowth<T>(percent: number, work: () => T, control: HeapGrowthControl = processControl): T {
  if (control.startOptions.some((option) => option.replaceAll('_', '-').startsWith(`--${FLAG}`))) return work();
  control.setFlags(`--${FLAG}=${percent}`);
  try {
    return work();
  } finally {
    // 0 is V8's default: the growth is then chosen from the heap limit and the collector's speed.
    control.setFlags(`--${FLAG}=0`);
  }
}
