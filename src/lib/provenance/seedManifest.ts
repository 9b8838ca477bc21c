import { createHash } from 'node:crypto';

// The seed archive's manifest: one line per seed, "<sha256>  <file name>", the format of `sha256sum`, so
// anyone can verify the archive with `cd seeds && sha256sum -c SHA256SUMS`. `npm run draft` appends a line
// when it archives an article; the content check (run by the build and by `npm test`) refuses a seed that
// is not listed, a listed seed that is missing, and a seed whose bytes no longer match its line.

/** The manifest's path from the project root. */
export const SEED_MANIFEST = 'seeds/SHA256SUMS';

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** One manifest line for a seed file's bytes. */
export const manifestLine = (fileName: string, bytes: Uint8Array): string => `${sha256(bytes)}  ${fileName}\n`;

export interface ManifestProblem {
	/** The file the problem is about: the manifest, or a seed. */
	file: string;
	line?: number;
	message: string;
}

/**
 * Compares the manifest's text (undefined when the file is missing) with the seeds on disk, given as file
 * name → SHA-256 of its bytes.
 */
export function manifestProblems(text: string | undefined, digests: ReadonlyMap<string, string>): ManifestProblem[] {
	if (text === undefined) {
		return digests.size === 0
			? []
			: [{ file: SEED_MANIFEST, message: `is missing: it must list every seed with its SHA-256 (npm run draft adds one)` }];
	}
	const problems: ManifestProblem[] = [];
	const listed = new Map<string, string>();
	text.split('\n').forEach((line, index) => {
		if (line.trim() === '') return;
		const match = /^([0-9a-f]{64}) [ *](\S.*)$/.exec(line);
		if (!match)
			return problems.push({
				file: SEED_MANIFEST,
				line: index + 1,
				message: `is not "<sha256>  <file>": ${JSON.stringify(line.slice(0, 80))}`,
			});
		const [, hash, name] = match;
		if (listed.has(name)) problems.push({ file: SEED_MANIFEST, line: index + 1, message: `lists ${name} twice` });
		listed.set(name, hash);
	});
	for (const [name, hash] of listed) {
		const actual = digests.get(name);
		if (actual === undefined)
			problems.push({ file: `seeds/${name}`, message: `is listed in ${SEED_MANIFEST} but missing: a seed is never removed` });
		else if (actual !== hash)
			problems.push({
				file: `seeds/${name}`,
				message: `does not match its SHA-256 in ${SEED_MANIFEST}: a seed is never edited (restore it from git)`,
			});
	}
	for (const name of digests.keys()) {
		if (!listed.has(name))
			problems.push({
				file: `seeds/${name}`,
				message: `is not listed in ${SEED_MANIFEST}: archive articles with npm run draft, which adds its SHA-256`,
			});
	}
	return problems;
}
