// Vigie embed: replaces each <div data-vigie-incidents> of the page with an
// iframe of Vigie's /embed/incidents and keeps it as tall as its content.
// Options are data- attributes: region, country, department, attack, kind,
// q, limit, lang (fr|en), theme (light|dark|auto), title.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) return;
  var origin = new URL(script.src).origin;
  var frames = {};
  var params = ["region", "country", "department", "attack", "kind", "q", "limit", "lang", "theme"];
  function embed(el) {
    el.setAttribute("data-vigie-ready", "");
    var q = new URLSearchParams();
    params.forEach(function (k) {
      var v = el.getAttribute("data-" + k);
      if (v) q.set(k, v);
    });
    var id = "vigie-" + Math.random().toString(36).slice(2);
    q.set("frame", id);
    var f = document.createElement("iframe");
    f.src = origin + "/embed/incidents?" + q.toString();
    f.title = el.getAttribute("data-title") || "Vigie";
    f.setAttribute("scrolling", "no");
    f.setAttribute("sandbox", "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox");
    f.referrerPolicy = "no-referrer";
    f.style.cssText = "width:100%;border:0;display:block;overflow:hidden;height:160px";
    frames[id] = f;
    el.appendChild(f);
  }
  window.addEventListener("message", function (e) {
    var d = e.data;
    if (e.origin !== origin || !d || d.type !== "vigie:resize") return;
    var f = frames[d.frame];
    if (!f || e.source !== f.contentWindow) return;
    f.style.height = Math.max(40, Math.min(10000, d.height | 0)) + "px";
  });
  document.querySelectorAll("[data-vigie-incidents]:not([data-vigie-ready])").forEach(embed);
})();
