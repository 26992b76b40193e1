// The web story's page: one HTML file and one script, written beside the data by
// write_web_story. Nothing here loads from the network: Leaflet is copied into the site, and the
// map has no tile layer, only the exported boundary layers.
#include "web_story.hpp"

namespace placeline::cli {

const char* const web_story_html = R"PLHTML(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Placeline story</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="leaflet/leaflet.css">
<style>
  html, body { margin: 0; height: 100%; font-family: "DejaVu Sans", sans-serif; color: #191919; }
  body { display: grid; grid-template-columns: minmax(280px, 30%) 1fr minmax(260px, 26%); grid-template-rows: 1fr auto; height: 100vh; }
  #story { grid-row: 1 / 3; overflow-y: auto; padding: 0 20px; background: #fafaf7; }
  #story section { min-height: 70vh; padding-top: 30vh; }
  #story h1 { font-size: 28px; }
  #story h2 { font-size: 24px; margin: 0 0 8px; }
  #story blockquote { border-left: 4px solid #d2452f; margin: 12px 0; padding: 4px 10px; background: #fff; }
  #story cite { display: block; color: #5a5a5a; font-size: 13px; margin-top: 4px; }
  #map { background: #aacde4; }
  #passages { grid-row: 1 / 3; grid-column: 3; overflow-y: auto; padding: 10px 14px; border-left: 1px solid #ddd; }
  #passages p { margin: 0 0 12px; line-height: 1.4; }
  #passages .credit { color: #5a5a5a; font-size: 12px; display: block; }
  mark { background: #ffe08a; }
  #time { grid-column: 2; padding: 8px 12px; display: flex; gap: 10px; align-items: center; font-size: 14px; }
  #time input { flex: 1; }
  .place-label { background: none; border: none; box-shadow: none; font-weight: bold; font-size: 13px; }
  .place-label::before { display: none; }
</style>
</head>
<body>
<div id="story"></div>
<div id="map"></div>
<div id="passages"><p>Click a place to read its passages.</p></div>
<div id="time">
  <label for="from">From</label><input id="from" type="range"><span id="from-text"></span>
  <label for="to">to</label><input id="to" type="range"><span id="to-text"></span>
</div>
<script src="leaflet/leaflet.js"></script>
<script src="story-data.js"></script>
<script src="story.js"></script>
</body>
</html>
)PLHTML";

const char* const web_story_script = R"PLJS('use strict';
// Placeline web story: the map, the time window, the passages of the clicked place, the deck.
(function () {
  const S = window.PLACELINE_STORY;
  const epoch = Date.parse(S.epoch + 'T00:00:00Z');
  // A day as the slider and the credits name it: ISO 8601, but a day before 1 AD as people write
  // it ("15 Mar 44 BC", as the window's time axis does) where toISOString would print the
  // astronomical year ("-000043-03-15").
  const dayLabel = (d) => {
    const t = new Date(epoch + d * 86400000), y = t.getUTCFullYear();
    if (y > 0) return t.toISOString().slice(0, 10);
    const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][t.getUTCMonth()];
    return t.getUTCDate() + ' ' + month + ' ' + (1 - y) + ' BC';
  };
  const map = L.map('map', { zoomSnap: 0.25, preferCanvas: false });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Natural Earth · GeoNames (CC BY 4.0) · Leaflet');

  // Boundary layers; time-ruled features follow the window.
  const timed = [];
  for (const layer of S.layers) {
    L.geoJSON(layer.geojson, {
      style: (f) => ({
        color: f.properties.stroke, weight: f.properties.width, dashArray: f.properties.dash || null,
        opacity: layer.opacity, fill: !!layer.fill, fillColor: layer.fill || undefined, fillOpacity: layer.fill ? 1 : 0,
      }),
      onEachFeature: (f, l) => { if (f.properties.time) timed.push({ time: f.properties.time, layer: l, look: layer }); },
    }).addTo(map);
  }

  const window_ = { first: S.extent ? S.extent[0] : 0, last: S.extent ? S.extent[1] : 0 };
  const markers = L.layerGroup().addTo(map);
  let highlight = new Set();
  let selected = null;
  const meets = (t) => !t || (t[0] <= window_.last && t[1] >= window_.first);
  const inWindow = (p) => p.passages.filter((i) => meets(S.passages[i].time));

  function showPassages(place) {
    selected = place;
    const panel = document.getElementById('passages');
    panel.textContent = '';
    const h = document.createElement('h3');
    h.textContent = place.name;
    panel.appendChild(h);
    for (const i of inWindow(place)) {
      const ps = S.passages[i];
      const p = document.createElement('p');
      p.className = 'passage';
      for (const [text, mention] of ps.runs) {
        const node = mention ? document.createElement('mark') : document.createTextNode(text);
        if (mention) node.textContent = text;
        p.appendChild(node);
      }
      const credit = document.createElement('span');
      credit.className = 'credit';
      credit.textContent = S.articles[ps.article].credit + (ps.time ? ' · ' + dayLabel(ps.time[0]) : '');
      p.appendChild(credit);
      panel.appendChild(p);
    }
  }

  function draw() {
    markers.clearLayers();
    document.getElementById('from-text').textContent = dayLabel(window_.first);
    document.getElementById('to-text').textContent = dayLabel(window_.last);
    for (const t of timed) t.layer.setStyle({ opacity: meets(t.time) ? t.look.opacity : 0, fillOpacity: meets(t.time) && t.look.fill ? 1 : 0 });
    const shown = [];
    for (const place of S.places) {
      const n = inWindow(place).length;
      const lit = highlight.has(place.id);
      if (!n && !lit) continue;
      if (place.line.length > 1)
        L.polyline(place.line.map(([lon, lat]) => [lat, lon]), { color: '#e08014', weight: lit ? 5 : 3 }).addTo(markers);
      const m = L.circleMarker([place.lat, place.lon], {
        radius: Math.min(4 + 2.2 * Math.sqrt(n), 24), color: '#fff', weight: 1.5, fillOpacity: 1,
        fillColor: lit ? '#1f6fd1' : '#d2452f', className: 'place-marker',
      }).addTo(markers);
      m.placeId = place.id;
      m.bindTooltip(place.name, { permanent: n >= 3 || lit, direction: 'right', className: 'place-label' });
      m.on('click', () => showPassages(place));
      shown.push(place.id);
    }
    window.placelineShown = shown;
    if (selected) showPassages(selected);
  }

  // The time window: two sliders over the data's days.
  const from = document.getElementById('from'), to = document.getElementById('to');
  for (const input of [from, to]) {
    input.min = window_.first;
    input.max = window_.last;
    input.step = 1;
  }
  from.value = window_.first;
  to.value = window_.last;
  const onSlide = () => {
    window_.first = Math.min(+from.value, +to.value);
    window_.last = Math.max(+from.value, +to.value);
    draw();
  };
  from.addEventListener('input', onSlide);
  to.addEventListener('input', onSlide);

  // The view: every place.
  const all = S.places.map((p) => [p.lat, p.lon]);
  if (all.length) map.fitBounds(L.latLngBounds(all), { padding: [30, 30] });
  else map.setView([40, 46], 6);
  draw();

  // The deck as a scrolling story: each section, once in view, frames its places and sets the window.
  const story = document.getElementById('story');
  const h1 = document.createElement('h1');
  h1.textContent = S.title;
  story.appendChild(h1);
  S.slides.forEach((slide, k) => {
    const sec = document.createElement('section');
    sec.dataset.slide = k;
    const h = document.createElement('h2');
    h.textContent = slide.title;
    const p = document.createElement('p');
    p.textContent = slide.caption;
    sec.append(h, p);
    for (const q of slide.quotes) {
      const b = document.createElement('blockquote');
      b.textContent = '“' + q.text + '”';
      const c = document.createElement('cite');
      c.textContent = '— ' + q.credit;
      b.appendChild(c);
      sec.appendChild(b);
    }
    story.appendChild(sec);
  });
  function showSlide(slide) {
    highlight = new Set(slide.highlight);
    if (slide.window) { from.value = slide.window[0]; to.value = slide.window[1]; }
    else { from.value = S.extent[0]; to.value = S.extent[1]; }
    onSlide();
    if (slide.bounds) map.flyToBounds(slide.bounds, { padding: [40, 40], maxZoom: 11, duration: 1 });
    else if (slide.center) map.flyTo(slide.center, slide.zoom, { duration: 1 });
  }
  const observer = new IntersectionObserver((entries) => {
    for (const e of entries) if (e.isIntersecting) showSlide(S.slides[+e.target.dataset.slide]);
  }, { root: story, threshold: 0.5 });
  story.querySelectorAll('section').forEach((s) => observer.observe(s));
  window.placelineStory = { map, draw, showSlide, showPassages, places: S.places };
})();
)PLJS";

}  // namespace placeline::cli
