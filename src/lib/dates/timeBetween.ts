// Subpath imports: the package's index loads all of date-fns, which cost every CLI two seconds to start.
import { formatDistanceStrict } from 'date-fns/formatDistanceStrict';
import { startOfEventDate, type EventDate } from './eventDate.ts';

/**
 * How long after one event another came, in words ("5 months", "1 day", or "the same day"), from the first day
 * each date can mean; "about" when either date is known only to the month or year.
 */
export function timeBetween(earlier: EventDate, later: EventDate): string {
	if (earlier.precision === 'day' && later.precision === 'day' && earlier.value === later.value) return 'the same day';
	const distance = formatDistanceStrict(startOfEventDate(earlier), startOfEventDate(later), { roundingMethod: 'round' });
	const approximate = earlier.precision !== 'day' || later.precision !== 'day';
	return `${approximate ? 'about ' : ''}${distance}`;
}
