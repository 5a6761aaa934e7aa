// Runs inside the Vigie iframe: tells the host page how tall the content
// is, whenever it changes, so that the iframe never scrolls.
(function () {
  "use strict";
  var frame = document.body.getAttribute("data-frame") || "";
  var main = document.querySelector("main");
  var last = 0;
  function post() {
    var h = Math.ceil(main.getBoundingClientRect().bottom);
    if (h === last) return;
    last = h;
    window.parent.postMessage({ type: "vigie:resize", frame: frame, height: h }, "*");
  }
  if (window.ResizeObserver) {
    new ResizeObserver(post).observe(main);
  }
  window.addEventListener("load", post);
  window.addEventListener("resize", post);
  post();
})();
