/** Anything drawn at a point on the time axis within a lane. */
export interface PointMark {
	pos: number;
}

/** Marks of one lane close enough to overlap, drawn as one mark with a count. */
export interface Cluster<T extends PointMark> {
	/** Where the cluster is drawn: the middle of its marks. */
	pos: number;
	marks: T[];
}

/**
 * Groups a lane's marks so that no two drawn marks are closer than `minGap` along the time axis: a run of marks
 * each within `minGap` of the previous one becomes a cluster. A cluster of one is a plain mark. Zooming in
 * spreads the marks, and the clusters split by themselves.
 */
export function clusterMarks<T extends PointMark>(marks: T[], minGap: number): Cluster<T>[] {
	const sorted = [...marks].sort((a, b) => a.pos - b.pos);
	const clusters: Cluster<T>[] = [];
	let current: T[] = [];
	const flush = () => {
		if (current.length === 0) return;
		const pos = (current[0].pos + current[current.length - 1].pos) / 2;
		clusters.push({ pos, marks: current });
		current = [];
	};
	for (const mark of sorted) {
		if (current.length > 0 && mark.pos - current[current.length - 1].pos >= minGap) flush();
		current.push(mark);
	}
	flush();
	return clusters;
}
