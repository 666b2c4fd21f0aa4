import sharp from 'sharp';
const { previewJobs } = await import('../src/integrations/preview-images.ts');
const { previewPngOptions, previewSvg } = await import('../src/lib/preview-image.ts');
const jobs = previewJobs('.');
sharp.concurrency(1);
const byLang = new Map();
for (const j of jobs) { const l = j.file.split('/')[1]; if (!byLang.has(l)) byLang.set(l, []); byLang.get(l).push(j); }
await sharp(Buffer.from(jobs[0].svg)).png(previewPngOptions).toBuffer();
for (const [l, js] of byLang) {
  const c0 = process.cpuUsage();
  for (const j of js) await sharp(Buffer.from(j.svg)).raw().toBuffer();
  const c1 = process.cpuUsage(c0);
  for (const j of js) await sharp(Buffer.from(j.svg)).png(previewPngOptions).toBuffer();
  const c2 = process.cpuUsage(c0);
  const empty = js[0].svg.replace(/<text[^]*<\/text>/, '');
  const c3s = process.cpuUsage();
  for (const j of js) await sharp(Buffer.from(empty)).png(previewPngOptions).toBuffer();
  const c3 = process.cpuUsage(c3s);
  console.log(l.padEnd(6), 'raster', ((c1.user + c1.system) / 1000 / js.length).toFixed(1), 'raster+png', ((c2.user + c2.system - c1.user - c1.system) / 1000 / js.length).toFixed(1), 'no-text raster+png', ((c3.user + c3.system) / 1000 / js.length).toFixed(1));
}
