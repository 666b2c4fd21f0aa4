/**
 * A child process that draws preview images for src/integrations/preview-images.ts, which runs it at a low priority:
 * it gets the cores the build leaves idle and yields them whenever the build's own thread wants one, so a cold
 * build is no slower for drawing beside it. It receives the SVGs, draws one image per core at a time (sharp works on
 * libuv's threads; libvips held to one thread per image, which suits many small images best), and sends each PNG back
 * as it is drawn.
 */
import { availableParallelism } from 'node:os';
import sharp from 'sharp';
import { previewEncoding } from '../lib/preview-image.ts';
import { previewPng } from '../lib/preview-png.ts';

export interface DrawRequest {
  svgs: string[];
}

/** One preview image: sharp draws the text layer (src/lib/preview-image.ts), whose coverage becomes the PNG. */
export async function drawPreview(svg: string): Promise<Buffer> {
  const { data, info } = await sharp(Buffer.from(svg)).extractChannel(3).raw().toBuffer({ resolveWithObject: true });
  return previewPng(data, info.width, info.height, previewEncoding, previewEncoding.zlibLevel);
}

export type DrawnMessage = { index: number; png: Uint8Array } | { failed: string };

export async function drawEach(request: DrawRequest, send: (message: DrawnMessage) => void): Promise<void> {
  sharp.concurrency(1);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(availableParallelism(), request.svgs.length) }, async () => {
      while (next < request.svgs.length) {
        const index = next++;
        send({ index, png: await drawPreview(request.svgs[index]) });
      }
    }),
  );
}

/** Set by preview-images.ts in the drawer's environment: a test importing this file may itself run in a forked process. */
export const drawerMarker = 'PREVIEW_IMAGE_DRAWER';

if (process.send && process.env[drawerMarker] === '1') {
  // Each message is handed to the channel before disconnecting: a message still queued when it closes is lost.
  const sent: Promise<void>[] = [];
  const send = (message: DrawnMessage) => sent.push(new Promise((resolve) => process.send!(message, undefined, {}, () => resolve())));
  process.once('message', (request: DrawRequest) => {
    drawEach(request, send)
      .catch((error: unknown) => send({ failed: error instanceof Error ? error.message : String(error) }))
      .then(() => Promise.all(sent))
      .finally(() => process.disconnect());
  });
}
