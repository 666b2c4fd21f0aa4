import { describe, expect, it } from 'vitest';
import { routesDiagram } from './routes-diagram';

const s = (id: string, title: string, section = 'S') => ({ id, title, text: '', section });

describe('routesDiagram', () => {
  const input = {
    lang: 'ko',
    navTitles: { desktop: '컴퓨터에서', 'after-deletion': '삭제한 뒤' },
    desktopSteps: [s('delete-my-account', '빨간 버튼'), s('get-code', '코드'), s('final-delete', '삭제')],
    mobileSteps: [s('log-in', '로그인', '휴대폰 브라우저에서'), s('app-open-settings', '설정', '앱에서')],
  };

  it('takes every label and link from the pages', () => {
    expect(routesDiagram(input)).toEqual({
      ways: [
        { label: '컴퓨터에서', href: '/ko/desktop/' },
        { label: '휴대폰 브라우저에서', href: '/ko/mobile-browser/#log-in' },
        { label: '앱에서', href: '/ko/mobile-browser/#app-open-settings' },
      ],
      then: [
        { label: '빨간 버튼', href: '/ko/desktop/#delete-my-account' },
        { label: '코드', href: '/ko/desktop/#get-code' },
        { label: '삭제', href: '/ko/desktop/#final-delete' },
        { label: '삭제한 뒤', href: '/ko/after-deletion/' },
      ],
    });
  });

  it('names the page and the step it misses', () => {
    expect(() => routesDiagram({ ...input, desktopSteps: [] })).toThrow('content/guides/ko/desktop.mdx: the routes diagram needs the step "delete-my-account"');
  });
});
