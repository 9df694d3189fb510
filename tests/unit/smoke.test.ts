import { describe, expect, it } from 'vitest';
import { newId } from '../../shared/model/ids';

describe('newId', () => {
  it('makes sortable unique ids', () => {
    const ids = Array.from({ length: 1000 }, () => newId());
    expect(new Set(ids).size).toBe(1000);
    expect([...ids].sort()).toEqual(ids);
  });
});
