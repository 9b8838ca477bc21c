// `npm run validate:html [dist]`: every built page must pass html-validate (rules in .htmlvalidate.json).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';

const dist = process.argv[2] ?? 'dist';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const files = readdirSync(dist, { recursive: true, encoding: 'utf8' })
	.filter((name) => name.endsWith('.html'))
	.map((name) => join(dist, name));
const reports = await Promise.all(files.map((file) => validator.validateFile(file)));
const failed = reports.filter((report) => !report.valid);
if (failed.length > 0) {
	console.error(formatterFactory('stylish')(failed.flatMap((report) => report.results)));
	console.error(`HTML validation failed on ${failed.length} of ${files.length} pages.`);
	process.exit(1);
}
console.log(`HTML validation passed: ${files.length} pages.`);
