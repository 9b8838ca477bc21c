import { describe, expect, it } from 'vitest';
import { basisPhrase, gradePosition, resolveVoice, type Voice } from './evidence.ts';

const lookup = {
	personActor: (id: string) => ({ 'priti-patel': 'home-office', spokesperson: 'meta' })[id],
	isActor: (id: string) => ['home-office', 'meta', 'nspcc'].includes(id),
	sourceIssuer: (id: string) => (id === 'release' ? 'home-office' : undefined),
};
const voice = (by: string, source = 'paper') => resolveVoice(by, source, lookup) as Voice;

describe('resolveVoice', () => {
	it('tells a person, an actor, a publication and an actor’s own release apart', () => {
		expect(voice('priti-patel')).toEqual({ kind: 'person', id: 'priti-patel', actor: 'home-office' });
		expect(voice('nspcc')).toEqual({ kind: 'actor', id: 'nspcc', actor: 'nspcc' });
		expect(voice('publication')).toEqual({ kind: 'publication', id: 'paper', actor: undefined });
		expect(voice('publication', 'release')).toEqual({ kind: 'publication', id: 'release', actor: 'home-office' });
		expect(resolveVoice('nobody', 'paper', lookup)).toBeUndefined();
	});
});

describe('gradePosition', () => {
	it('grades own words above a report, a report above a linked page, and a linked page above a description', () => {
		expect(gradePosition({ actor: 'meta', voices: [voice('publication'), voice('spokesperson')], linked: 1 })).toEqual({
			basis: 'own-words',
		});
		expect(gradePosition({ actor: 'meta', voices: [voice('publication')], linked: 1 })).toEqual({ basis: 'reported' });
		expect(gradePosition({ actor: 'meta', voices: [], linked: 1 })).toEqual({ basis: 'linked' });
		expect(gradePosition({ actor: 'meta', describedBy: 'home-office', voices: [voice('publication', 'release')], linked: 0 })).toEqual({
			basis: 'described',
		});
	});

	it("counts an actor's own release as its own words", () => {
		expect(gradePosition({ actor: 'home-office', voices: [voice('publication', 'release')], linked: 0 })).toEqual({
			basis: 'own-words',
		});
	});

	it("refuses another party's words without describedBy, and describedBy beside the actor's own evidence", () => {
		const undeclared = gradePosition({ actor: 'meta', voices: [voice('priti-patel')], linked: 0 });
		expect(undeclared).toEqual({ problems: [expect.objectContaining({ path: ['quotes', 0, 'by'] })] });
		const needless = gradePosition({ actor: 'meta', describedBy: 'home-office', voices: [voice('spokesperson')], linked: 0 });
		expect(needless).toEqual({ problems: [expect.objectContaining({ path: ['describedBy'] })] });
		const wrongDescriber = gradePosition({ actor: 'meta', describedBy: 'nspcc', voices: [voice('priti-patel')], linked: 0 });
		expect('problems' in wrongDescriber && wrongDescriber.problems.map((p) => p.path.join('.'))).toEqual([
			'quotes.0.by',
			'describedBy',
		]);
		expect(gradePosition({ actor: 'meta', voices: [], linked: 0 })).toEqual({
			problems: [expect.objectContaining({ path: ['quotes'] })],
		});
	});
});

describe('basisPhrase', () => {
	it('names the describer of a described position', () => {
		expect(basisPhrase({ basis: 'described', describedBy: { name: 'UK Government (Home Office)', shortName: 'Home Office' } })).toBe(
			'as described by Home Office',
		);
		expect(basisPhrase({ basis: 'linked' })).toBe('linked source only');
	});
});
