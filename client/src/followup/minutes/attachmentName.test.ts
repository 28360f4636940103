import { describe, expect, it } from 'vitest';
import { attachmentName } from './attachmentName';

describe('the name of a downloaded file', () => {
  it('prefers the UTF-8 name', () => {
    const header = `attachment; filename="minutes.docx"; filename*=UTF-8''${encodeURIComponent('东巷停车-会议纪要.docx')}`;
    expect(attachmentName(header, 'x.docx')).toBe('东巷停车-会议纪要.docx');
  });

  it('falls back to the plain name, then to the given one', () => {
    expect(attachmentName('attachment; filename="minutes.md"', 'x.md')).toBe('minutes.md');
    expect(attachmentName('attachment; filename=minutes.md', 'x.md')).toBe('minutes.md');
    expect(attachmentName("attachment; filename*=UTF-8''%E0%A4%A", 'x.md')).toBe('x.md');
    expect(attachmentName(null, 'x.md')).toBe('x.md');
  });
});
