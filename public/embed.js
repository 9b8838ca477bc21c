/* The E2EE Debate Timeline: paste this script beside an embedded timeline so its iframe grows to fit its content.
   It listens for the height each embed posts ({ type: "debate-timeline:height", height }) and applies it to the
   iframe that sent it. Without it, the iframe keeps the height in its snippet and scrolls inside. MIT licence. */
(function () {
	if (window.debateTimelineResize) return;
	window.debateTimelineResize = true;
	window.addEventListener('message', function (event) {
		var data = event.data;
		if (!data || data.type !== 'debate-timeline:height' || typeof data.height !== 'number') return;
		var frames = document.getElementsByTagName('iframe');
		for (var i = 0; i < frames.length; i++) {
			if (frames[i].contentWindow === event.source) {
				frames[i].style.height = Math.min(20000, Math.max(100, Math.ceil(data.height))) + 'px';
			}
		}
	});
})();
