// Draws the incidents of the page's search on a Leaflet map: the bundled
// boundaries always (offline), tiles only when the server is configured
// with some, and the bundled regions as layers to switch on and off
// (French départements and régions, the neighbours' regions), each shaded
// and labelled with its count of incidents.
(function () {
  var el = document.getElementById('map');
  if (!el || !window.L) return;
  var map = L.map(el).setView([46.5, 3], 5);
  map.createPane('regions').style.zIndex = 405;
  map.createPane('incidents').style.zIndex = 450;
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
  if (el.dataset.regions) {
    get(el.dataset.regions, function (g) { regions(g, JSON.parse(el.dataset.counts || '{}')); });
  }
  // regions adds the layers of g, with the incidents counted per shape.
  function regions(g, counts) {
    var label = el.dataset.labelIncidents || 'incidents';
    function layer(keep, className, byCode) {
      var of = byCode ? counts.department || {} : counts.region || {};
      function count(p) { return of[p.country + '/' + (byCode ? p.code : p.name)] || 0; }
      var most = 1;
      g.features.forEach(function (f) { if (keep(f.properties)) most = Math.max(most, count(f.properties)); });
      return L.geoJSON(g, {
        pane: 'regions', attribution: 'Regions: Natural Earth',
        filter: function (f) { return keep(f.properties); },
        style: function (f) {
          var n = count(f.properties);
          return {className: className, color: '#6b6b6b', weight: 0.6,
            fillColor: n ? '#a4000f' : '#ffffff', fillOpacity: n ? 0.15 + 0.45 * n / most : 0.05};
        },
        onEachFeature: function (f, l) {
          var n = count(f.properties);
          l.bindTooltip(f.properties.name + (f.properties.code || f.properties.country === 'FR' ? ' — ' + n + ' ' + label : ''));
        }
      });
    }
    var departments = layer(function (p) { return p.layer === 'department'; }, 'vigie-department', true);
    var french = layer(function (p) { return p.layer === 'region' && p.country === 'FR'; }, 'vigie-region', false);
    var neighbours = layer(function (p) { return p.layer === 'region' && p.country !== 'FR'; }, 'vigie-neighbour', false);
    departments.addTo(map);
    neighbours.addTo(map);
    var overlays = {};
    overlays[el.dataset.labelDepartments || 'Départements'] = departments;
    overlays[el.dataset.labelRegions || 'Régions'] = french;
    overlays[el.dataset.labelNeighbours || 'Regions'] = neighbours;
    L.control.layers(null, overlays, {collapsed: false}).addTo(map);
    el.setAttribute('data-regions-loaded', String(g.features.length));
  }
  get(el.dataset.geojson, function (g) {
    var layer = L.geoJSON(g, {
      pointToLayer: function (f, ll) { return L.circleMarker(ll, {pane: 'incidents', radius: 6, color: '#a4000f', fillOpacity: 0.8}); },
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
