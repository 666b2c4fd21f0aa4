/** Every built page is valid HTML by html-validate's recommended rules (config in .htmlvalidate.json). */
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, htmlFiles } from '../support/dist';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('html-validate', () => {
  it.each(htmlFiles().map((file) => ({ file })))('$file has no errors', async ({ file }) => {
    const report = await validator.validateFile(join(distDir, file));
    const messages = report.results.flatMap((result) =>
      result.messages.map((m) => `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`),
    );
    expect(messages).toEqual([]);
  });
});
