import { open } from 'node:fs/promises';

/**
 * The bytes of a file, read in order into `buffer` and yielded as views of it: each view is valid
 * until the next is asked for. Reading a file of any size this way allocates nothing, so memory
 * stays flat and no spent buffers wait for the garbage collector.
 *
 * @example
 * const buffer = Buffer.allocUnsafe(1 << 20);
 * for await (const chunk of fileChunks('/abs/video.mp4', buffer)) hash.update(chunk);
 */
export async function* fileChunks(file: string, buffer: Buffer): AsyncGenerator<Buffer> {
  const handle = await open(file, 'r');
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}
