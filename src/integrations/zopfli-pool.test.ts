import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { zopfliAll } from './zopfli-pool';

const options = { numiterations: 1, blocksplittingmax: 3 };

describe('gzipping again with Zopfli on worker threads', () => {
  const texts = ['alpha beta gamma '.repeat(400), 'Lorem ipsum dolor sit amet, '.repeat(300), '', '안녕하세요 계정 삭제 '.repeat(200)].map((t) => Buffer.from(t));

  it('gives gzip files that unpack to the same bytes, in the order given, no larger than zlib at its best level', async () => {
    const gzipped = await zopfliAll(texts, options, { threads: 2 });
    expect(gzipped.map((g) => gunzipSync(g).toString())).toEqual(texts.map((t) => t.toString()));
    gzipped.forEach((g, i) => expect(g.length).toBeLessThanOrEqual(gzipSync(texts[i], { level: 9 }).length));
  });

  it('works on one thread at a low priority, and with nothing to do', async () => {
    expect((await zopfliAll(texts.slice(0, 1), options, { threads: 1, lowPriority: true })).map((g) => gunzipSync(g).toString())).toEqual([texts[0].toString()]);
    expect(await zopfliAll([], options)).toEqual([]);
  });
});
