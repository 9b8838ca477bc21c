const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in HTML/SVG content and double-quoted attributes. */
export function escape(text: string): string {
	return text.replace(/[&<>"']/g, (char) => ENTITIES[char]);
}
