import { createHash } from 'node:crypto';

/**
 * The one inline script of every page, run before first paint: it marks the page as scripted, so controls that
 * need JavaScript appear without shifting the layout, and applies a ?theme=light|dark (embeds) without a flash.
 * The Content-Security-Policy allows exactly this text, by hash.
 */
export const INLINE_SCRIPT =
	"var d=document.documentElement,t=new URLSearchParams(location.search).get('theme');d.classList.add('js');if(t==='light'||t==='dark')d.dataset.theme=t";

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The CSP source that allows one inline <style> element with exactly this text. */
export const styleHash = hash;

/**
 * The site's Content-Security-Policy: everything from its own origin, nothing inline but the one script above,
 * no plugins, no framing unless `frameAncestors` says who may (headers only: browsers ignore it in a meta tag).
 */
export function contentSecurityPolicy({
	frameAncestors,
	wasm = false,
	styleHashes = [],
}: { frameAncestors?: string; wasm?: boolean; styleHashes?: Iterable<string> } = {}): string {
	return [
		"default-src 'self'",
		// The search page runs Pagefind's WebAssembly; no page may evaluate JavaScript from strings.
		`script-src 'self' ${hash(INLINE_SCRIPT)}${wasm ? " 'wasm-unsafe-eval'" : ''}`,
		// The pages' CSS is inlined by the build, each <style> allowed by its hash (src/integrations/inlineStyles.ts).
		["style-src 'self'", ...styleHashes].join(' '),
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		...(frameAncestors ? [`frame-ancestors ${frameAncestors}`] : []),
	].join('; ');
}
