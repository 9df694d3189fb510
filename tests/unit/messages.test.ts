import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { dispatch, unwrap } from '../../shared/messages';

describe('typed messages', () => {
  const handlers = {
    ping: () => ({ version: '1', part: 'test' }),
  };

  it('answers a known type with its value', async () => {
    expect(unwrap(await dispatch(handlers, { type: 'ping', payload: {} }))).toEqual({ version: '1', part: 'test' });
  });

  it('answers an unknown type with an explicit error, also for inherited names', async () => {
    for (const type of ['nope', 'toString', '__proto__']) {
      const reply = await dispatch(handlers, { type, payload: {} });
      expect(reply).toEqual({ ok: false, error: { code: 'message.unknownType', details: { type } } });
    }
  });

  it('refuses something that is not an envelope', async () => {
    expect((await dispatch(handlers, 'ping')).ok).toBe(false);
    expect(() => unwrap(undefined)).toThrow(AppError);
  });

  it('carries a handler failure as plain data', async () => {
    const failing = {
      ping: () => {
        throw new AppError('fill.noMap');
      },
    };
    const reply = JSON.parse(JSON.stringify(await dispatch(failing, { type: 'ping', payload: {} })));
    expect(() => unwrap(reply)).toThrow(expect.objectContaining({ code: 'fill.noMap' }));
  });
});
