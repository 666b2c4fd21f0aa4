// Gzips buffers again with Zopfli on every core: one worker thread per core, each compressing whole files (Zopfli's
// WebAssembly build runs on the thread that calls it, so threads are the only way to use a second core).
import { availableParallelism, setPriority } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

/** Zopfli's settings (its defaults: 15 iterations, at most 15 block splits); README.md, "Search", says how they were chosen. */
export interface ZopfliOptions {
  numiterations: number;
  blocksplittingmax: number;
}

interface Job {
  id: number;
  data: Uint8Array;
  options: ZopfliOptions;
}

interface WorkerOptions {
  /** Marks this module's own threads: it is also imported on other worker threads (the search index's parts). */
  zopfliWorker: true;
  lowPriority: boolean;
}

if (!isMainThread && parentPort && (workerData as Partial<WorkerOptions> | undefined)?.zopfliWorker) {
  const port = parentPort;
  // On Linux a nice value belongs to a thread, and setpriority(…, 0, …) sets the calling thread's; elsewhere it would
  // lower the whole process, so the work runs at the build's priority there.
  if ((workerData as WorkerOptions).lowPriority && process.platform === 'linux') setPriority(10);
  // Loaded here, on Zopfli's own threads only: its Emscripten build makes any unhandled promise rejection in the
  // thread that loads it abort with a message of its own, which on the build's or the search parts' threads turned an
  // ordinary error into "abort(Error: …)" (a flaky test showed it).
  const zopfli = import('@gfx/zopfli');
  port.on('message', async ({ id, data, options }: Job) => {
    const gzipped = await (await zopfli).gzipAsync(data, options);
    port.postMessage({ id, data: gzipped });
  });
}

/**
 * Each buffer gzipped with Zopfli's `options`, in the same order, on `threads` threads (one per core by default);
 * with `lowPriority`, the threads yield their core to the build's own threads.
 */
export async function zopfliAll(
  buffers: readonly Uint8Array[],
  options: ZopfliOptions,
  { threads = availableParallelism(), lowPriority = false } = {},
): Promise<Buffer[]> {
  if (buffers.length === 0) return [];
  const results: Buffer[] = new Array(buffers.length);
  const width = Math.max(1, Math.min(threads, buffers.length));
  let next = 0;
  const workers = Array.from({ length: width }, () => new Worker(new URL(import.meta.url), { workerData: { zopfliWorker: true, lowPriority } satisfies WorkerOptions }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= buffers.length) return resolve();
              const id = next++;
              worker.postMessage({ id, data: buffers[id], options } satisfies Job);
            };
            worker.on('message', ({ id, data }: Job) => {
              results[id] = Buffer.from(data);
              send();
            });
            worker.on('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
