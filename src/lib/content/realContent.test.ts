import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from './checkContent.ts';
import { readContent } from './readContent.ts';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const SHARED_SEEDS = resolve(ROOT, '..', 'shared', 'seeds');

// The archive as it began: these five stay, byte for byte, whatever editors add (seeds/SHA256SUMS lists them all,
// and the content check above holds every seed to it).
const SEED_SHA256: Record<string, string> = {
	'000_2296fc78dd5e3742': '2418d6f3c7abe9f5087493a6c22722e620198d2788ac8c3a0332b99ec85bbd8b',
	'001_9493c54dbd4bc5bb': 'aad617b06bb52a66826bbc801a3d17c9a5b0f535461c8ffc3c4a27b23b8ebe4c',
	'002_e43ccbde55de70ab': '57f4d3795d1493520fa61518751e78bde02e08778c140062b4ffa29c11bb6bbc',
	'003_788f3f1cd1597fb3': '412687ab9c8eefcb851d2a0fe5e5d7db975bc6b1e28fa3e3fff0bf9dd00de463',
	'004_4db77244379ade82': '179c773a34ea13b91566167717ea2f2aaeabf551dadb54f8bca83a7b7aa0bbdb',
};

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('the project content', () => {
	const content = readContent(ROOT);

	it('passes every check the build makes', () => {
		const problems = checkContent(content);
		expect(problems, formatProblems(problems)).toEqual([]);
	});

	it('keeps the five original seeds exactly as archived, and lists them in the manifest', () => {
		for (const [id, hash] of Object.entries(SEED_SHA256)) {
			expect(sha256(join(ROOT, 'seeds', `${id}.txt`)), id).toBe(hash);
			expect(content.seedManifest, id).toContain(`${hash}  ${id}.txt\n`);
		}
	});

	it.skipIf(!existsSync(SHARED_SEEDS))('holds byte-for-byte copies of the shared seeds', () => {
		for (const id of Object.keys(SEED_SHA256)) expect(sha256(join(SHARED_SEEDS, `${id}.txt`)), id).toBe(SEED_SHA256[id]);
	});
});
