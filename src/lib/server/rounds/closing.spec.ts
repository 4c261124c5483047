import { describe, expect, it } from 'vitest';
import { closeEarly, dayBefore, extend, reopen } from './closing';
import { roundState } from './round-state';

const open = { year: 2026, opensOn: '2026-03-01', closesOn: '2026-04-30' };
const today = '2026-04-10';

describe('round closing rules', () => {
	it('counts the day before across months and years', () => {
		expect(dayBefore('2026-03-01')).toBe('2026-02-28');
		expect(dayBefore('2026-01-01')).toBe('2025-12-31');
	});

	it('closes an open round early: marked closed, today its last day, the opening kept', () => {
		expect(closeEarly(open, today)).toEqual({
			ok: true,
			opensOn: '2026-03-01',
			closesOn: '2026-04-10',
			closedEarly: true
		});
	});

	it('never moves the opening date, also for a round opened today or not yet open', () => {
		// Opened 2026-11-23 with paper answers dated that day: they stay inside its dates.
		expect(closeEarly({ opensOn: '2026-11-23', closesOn: '2026-12-20' }, '2026-11-23')).toEqual({
			ok: true,
			opensOn: '2026-11-23',
			closesOn: '2026-11-23',
			closedEarly: true
		});
		expect(closeEarly({ opensOn: '2026-04-12', closesOn: '2026-05-01' }, today)).toEqual({
			ok: true,
			opensOn: '2026-04-12',
			closesOn: '2026-04-12',
			closedEarly: true
		});
	});

	it('reads a round closed early as closed, and reopening clears the mark', () => {
		const closed = { year: 2026, opensOn: '2026-03-01', closesOn: '2026-04-10', closedEarly: true };
		expect(roundState(closed, today)).toBe('closed');
		expect(reopen(closed, '2026-04-20', today)).toEqual({
			ok: true,
			opensOn: '2026-03-01',
			closesOn: '2026-04-20',
			closedEarly: false
		});
	});

	it('refuses to close a closed round', () => {
		expect(closeEarly(open, '2026-05-01')).toMatchObject({ ok: false, field: 'form' });
	});

	it('extends only to a later day and only while the round is not closed', () => {
		expect(extend(open, '2026-05-15', today)).toMatchObject({ ok: true, closesOn: '2026-05-15' });
		expect(extend(open, '2026-04-30', today)).toMatchObject({ ok: false, field: 'closesOn' });
		expect(extend(open, '2026-06-01', '2026-05-01')).toMatchObject({ ok: false, field: 'form' });
	});

	it('reopens only a closed round, until today or later', () => {
		expect(reopen(open, '2026-05-20', '2026-05-10')).toMatchObject({
			ok: true,
			closesOn: '2026-05-20'
		});
		expect(reopen(open, '2026-05-09', '2026-05-10')).toMatchObject({
			ok: false,
			field: 'closesOn'
		});
		expect(reopen(open, '2026-05-20', today)).toMatchObject({ ok: false, field: 'form' });
	});

	it('keeps a round inside its year: at most until 31 January of the next', () => {
		expect(extend(open, '2027-01-31', today)).toMatchObject({ ok: true, closesOn: '2027-01-31' });
		expect(extend(open, '2099-12-31', today)).toEqual({
			ok: false,
			field: 'closesOn',
			message: 'Omgången hör till 2026: sista dagen kan vara senast 2027-01-31.'
		});
		const closedRound = { ...open, closesOn: '2026-04-01' };
		expect(reopen(closedRound, '2027-02-01', today)).toMatchObject({
			ok: false,
			field: 'closesOn'
		});
	});
});
