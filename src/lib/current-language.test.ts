import { describe, expect, it } from 'vitest';
import { languageOfUrl, pageSlugOfUrl } from './current-language';

describe('languageOfUrl and pageSlugOfUrl', () => {
  it('read the language and the page from a URL under the base path', () => {
    expect(languageOfUrl(new URL('https://x.test/guide/ko/desktop/'), '/guide/')).toBe('ko');
    expect(pageSlugOfUrl(new URL('https://x.test/guide/ko/desktop/'), '/guide/')).toBe('desktop');
    expect(pageSlugOfUrl(new URL('https://x.test/ko/'), '/')).toBe('index');
  });
});
