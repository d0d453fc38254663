import { describe, expect, it } from 'vitest';

import { previewTypeCode } from '@/features/relationship-types/utils/labels';

describe('previewTypeCode', () => {
  it('derives the code as the server does', () => {
    expect(previewTypeCode('Godparent of')).toBe('godparent-of');
    expect(previewTypeCode('  Board   member of ')).toBe('board-member-of');
    expect(previewTypeCode('Protégé of')).toBe('protege-of');
    expect(previewTypeCode('Co-founder / partner of')).toBe('co-founder-partner-of');
    expect(previewTypeCode('Ученик of')).toBe('ученик-of');
    expect(previewTypeCode('!!!')).toBe('');
  });

  it('keeps at most 60 characters and no trailing hyphen', () => {
    const code = previewTypeCode(`${'a'.repeat(59)} b`);
    expect(code).toBe('a'.repeat(59));
  });
});
