import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { useSchemaForm } from './useSchemaForm';

const schema = z.object({
  name: z.string().check(z.minLength(1, 'name.required')),
  code: z.string().check(z.regex(/^\d{3}$/, 'code.digits')),
});
const empty = { name: '', code: '' };

function setup(initial = empty) {
  return renderHook(() => useSchemaForm(schema, initial));
}

describe('useSchemaForm', () => {
  it('checks nothing while the user types before the first submit', () => {
    const { result } = setup();
    act(() => result.current.setValue('code', '1'));
    expect(result.current.values.code).toBe('1');
    expect(result.current.messages).toEqual({});
  });

  it('checks one field when asked, and only that field', () => {
    const { result } = setup();
    act(() => result.current.setValue('code', '12'));
    let passed = true;
    act(() => {
      passed = result.current.check('code');
    });
    expect(passed).toBe(false);
    expect(result.current.messages).toEqual({ code: 'code.digits' });
    act(() => result.current.setValue('code', '123'));
    // Still before a submit: the message stays until the next check.
    expect(result.current.messages).toEqual({ code: 'code.digits' });
    act(() => {
      passed = result.current.check('code');
    });
    expect(passed).toBe(true);
    expect(result.current.messages).toEqual({});
  });

  it('a failed submit gives every field its first message and calls onInvalid, not onValid', () => {
    const { result } = setup();
    const onValid = vi.fn();
    const onInvalid = vi.fn();
    const preventDefault = vi.fn();
    act(() => result.current.handleSubmit(onValid, onInvalid)({ preventDefault } as never));
    expect(preventDefault).toHaveBeenCalled();
    expect(result.current.messages).toEqual({ name: 'name.required', code: 'code.digits' });
    expect(result.current.submitCount).toBe(1);
    expect(onValid).not.toHaveBeenCalled();
    expect(onInvalid).toHaveBeenCalledOnce();
  });

  it('after a submit, a corrected field loses its message at once and the other keeps its own', () => {
    const { result } = setup();
    act(() => result.current.handleSubmit(vi.fn(), vi.fn())());
    act(() => result.current.setValue('code', '123'));
    expect(result.current.messages).toEqual({ name: 'name.required' });
    act(() => result.current.setValue('code', '12x'));
    expect(result.current.messages).toEqual({ name: 'name.required', code: 'code.digits' });
  });

  it('a message from outside the schema stays until its field changes after a submit, and a submit replaces it', () => {
    const { result } = setup({ name: 'Ann', code: '123' });
    const onValid = vi.fn();
    act(() => result.current.handleSubmit(onValid, vi.fn())());
    expect(onValid).toHaveBeenCalledWith({ name: 'Ann', code: '123' });
    act(() => result.current.setMessage('code', 'server.VAL006'));
    expect(result.current.messages).toEqual({ code: 'server.VAL006' });
    act(() => result.current.setValue('name', 'Anna'));
    expect(result.current.messages).toEqual({ code: 'server.VAL006' });
    act(() => result.current.handleSubmit(vi.fn(), vi.fn())());
    expect(result.current.messages).toEqual({});
  });

  it('gives text inputs their value and a change handler, and the newest values to late callers', () => {
    const { result } = setup();
    const input = result.current.textField('name');
    // Taken before the change, as a timer set on leaving a field takes it.
    const getValuesBefore = result.current.getValues;
    expect(input).toMatchObject({ name: 'name', value: '' });
    act(() => input.onChange({ target: { value: 'Ann' } }));
    expect(result.current.textField('name').value).toBe('Ann');
    expect(getValuesBefore()).toEqual({ name: 'Ann', code: '' });
  });
});
