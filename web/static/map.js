// Draws the incidents of the page's search on a Leaflet map: the bundled
// boundaries always (offline), tiles only when the server is configured with some.
(function () {
  var el = document.getElementById('map');
  if (!el || !window.L) return;
  var map = L.map(el).setView([46.5, 3], 5);
  if (el.dataset.tiles) {
    L.tileLayer(el.dataset.tiles, {maxZoom: 18, attribution: '&copy; OpenStreetMap contributors'}).addTo(map);
  }
  function get(url, then) {
    var x = new XMLHttpRequest();
    x.open('GET', url);
    x.setRequestHeader('Accept', 'application/geo+json');
    x.onload = function () { if (x.status === 200) then(JSON.parse(x.responseText)); };
    x.send();
  }
  if (el.dataset.boundaries) {
    get(el.dataset.boundaries, function (g) {
      L.geoJSON(g, {attribution: 'Boundaries: Natural Earth', interactive: false, style: {color: '#4a4a4a', weight: 1, fillColor: '#eef3f8', fillOpacity: 0.6}}).addTo(map);
    });
  }
  get(el.dataset.geojson, function (g) {
    var layer = L.geoJSON(g, {
      pointToLayer: function (f, ll) { return L.circleMarker(ll, {radius: 6, color: '#a4000f', fillOpacity: 0.8}); },
      onEachFeature: function (f, l) {
        var a = document.createElement('a');
        a.href = '/incidents/' + encodeURIComponent(f.properties.id);
        a.textContent = f.properties.title;
        l.bindPopup(a);
      }
    }).addTo(map);
    if (layer.getLayers().length) map.fitBounds(layer.getBounds(), {maxZoom: 9, padding: [20, 20]});
    el.setAttribute('data-loaded', String(layer.getLayers().length));
  });
})();
