(function () {
  "use strict";
  function $(id) { return document.getElementById(id); }
  var rows = Array.prototype.slice.call(document.querySelectorAll("#objects-table tbody tr"));
  var status = $("f-status"), schema = $("f-schema"), kind = $("f-kind"), text = $("f-text"), count = $("f-count");
  function apply() {
    var shown = 0, t = text.value.trim().toLowerCase();
    rows.forEach(function (r) {
      var ok = (!status.value || r.getAttribute("data-status") === status.value) &&
        (!schema.value || r.getAttribute("data-schema") === schema.value) &&
        (!kind.value || r.getAttribute("data-kind") === kind.value) &&
        (!t || r.getAttribute("data-name").indexOf(t) >= 0);
      r.hidden = !ok;
      if (ok) { shown += 1; }
    });
    count.textContent = shown + " of " + rows.length + " objects";
  }
  [status, schema, kind].forEach(function (el) { el.addEventListener("change", apply); });
  text.addEventListener("input", apply);
  Array.prototype.forEach.call(document.querySelectorAll("[data-filter-status]"), function (b) {
    b.addEventListener("click", function () {
      status.value = b.getAttribute("data-filter-status");
      apply();
      $("objects").scrollIntoView();
    });
  });
  // A link to a row the filters hide clears the filters first.
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var row = id ? $(id) : null;
    if (row && row.hidden) {
      status.value = ""; schema.value = ""; kind.value = ""; text.value = "";
      apply();
      row.scrollIntoView();
    }
  }
  window.addEventListener("hashchange", reveal);
  // Diagnostics by severity.
  var diags = Array.prototype.slice.call(document.querySelectorAll(".diag"));
  Array.prototype.forEach.call(document.querySelectorAll(".sev-filter input"), function (box) {
    box.addEventListener("change", function () {
      var sev = box.getAttribute("data-sev");
      diags.forEach(function (d) { if (d.getAttribute("data-sev") === sev) { d.hidden = !box.checked; } });
    });
  });
  // Hovering a node highlights its edges.
  var svg = $("graph-svg");
  if (svg) {
    var edges = Array.prototype.slice.call(svg.querySelectorAll("path.edge"));
    Array.prototype.forEach.call(svg.querySelectorAll(".node"), function (n) {
      var id = n.getAttribute("data-id");
      n.addEventListener("mouseenter", function () {
        edges.forEach(function (e) {
          if (e.getAttribute("data-f") === id || e.getAttribute("data-t") === id) { e.classList.add("hl"); }
        });
      });
      n.addEventListener("mouseleave", function () {
        edges.forEach(function (e) { e.classList.remove("hl"); });
      });
    });
  }
  apply();
  reveal();
  // Read by the headless-browser test: the script ran to the end without an error.
  document.body.setAttribute("data-report-ready", "ok");
})();
