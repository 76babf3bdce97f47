import { describe, expect, it } from 'vitest';
import { isTeLaat, sortInbox, type TaakTiming } from './task-rules';
import { afstemmingDeadline, bevragingDeadline } from './deadlines';

const now = new Date('2026-03-10T12:00:00Z');
const at = (iso: string) => new Date(iso);
const taak = (id: string, t: Partial<TaakTiming>): TaakTiming & { id: string } => ({
  id,
  status: 'open',
  deadline: at('2026-03-11T12:00:00Z'),
  afgerondOp: null,
  aangemaaktOp: at('2026-03-09T12:00:00Z'),
  ...t,
});

describe('te laat', () => {
  it('open past the deadline is late; before or at it is not', () => {
    expect(isTeLaat(taak('a', { deadline: at('2026-03-10T11:59:59Z') }), now)).toBe(true);
    expect(isTeLaat(taak('a', { deadline: now }), now)).toBe(false);
    expect(isTeLaat(taak('a', {}), now)).toBe(false);
  });

  it('completed after the deadline stays late; completed in time is not', () => {
    expect(isTeLaat(taak('a', { status: 'afgerond', deadline: at('2026-03-09T00:00:00Z'), afgerondOp: at('2026-03-09T01:00:00Z') }), now)).toBe(true);
    expect(isTeLaat(taak('a', { status: 'afgerond', deadline: at('2026-03-09T00:00:00Z'), afgerondOp: at('2026-03-08T23:00:00Z') }), now)).toBe(false);
  });

  it('a lapsed task is never late', () => {
    expect(isTeLaat(taak('a', { status: 'vervallen', deadline: at('2026-01-01T00:00:00Z') }), now)).toBe(false);
  });
});

describe('inbox order', () => {
  it('overdue first, then by deadline, then oldest created', () => {
    const list = [
      taak('later', { deadline: at('2026-03-12T00:00:00Z') }),
      taak('soon-new', { deadline: at('2026-03-11T00:00:00Z'), aangemaaktOp: at('2026-03-10T00:00:00Z') }),
      taak('overdue', { deadline: at('2026-03-10T08:00:00Z') }),
      taak('soon-old', { deadline: at('2026-03-11T00:00:00Z'), aangemaaktOp: at('2026-03-08T00:00:00Z') }),
      taak('very-overdue', { deadline: at('2026-03-01T00:00:00Z') }),
    ];
    expect(sortInbox(list, now).map((t) => t.id)).toEqual(['very-overdue', 'overdue', 'soon-old', 'soon-new', 'later']);
  });

  it('a completed task with an old deadline does not jump ahead of overdue open work', () => {
    const list = [
      taak('done', { status: 'afgerond', deadline: at('2026-03-01T00:00:00Z'), afgerondOp: at('2026-03-01T00:00:00Z') }),
      taak('overdue', { deadline: at('2026-03-10T08:00:00Z') }),
    ];
    expect(sortInbox(list, now).map((t) => t.id)).toEqual(['overdue', 'done']);
  });
});

describe('bevraging deadlines', () => {
  it('the answer is due 24 hours after the question, the alignment 4 hours after a positive answer', () => {
    expect(bevragingDeadline(at('2026-03-10T22:00:00Z')).toISOString()).toBe('2026-03-11T22:00:00.000Z');
    expect(afstemmingDeadline(at('2026-03-10T09:00:00Z')).toISOString()).toBe('2026-03-10T13:00:00.000Z');
  });
});
