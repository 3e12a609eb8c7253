// The interactive HTML map of CX Designer. The page is whole without this script; it adds
// details on hover and focus, a details dialog (Enter opens, Escape closes), persona line
// switches, zoom and pan, and the map picker. Texts are set with textContent only.
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.add("js");
  var data = JSON.parse(document.getElementById("cx-data").textContent);
  var details = data.details;
  var tip = document.getElementById("tip");
  var dialog = document.getElementById("details");
  var opener = null;
  // The page's own tip replaces the browser's (kept in the page for readers without this script).
  Array.prototype.forEach.call(document.querySelectorAll("[data-k] > title"), function (title) {
    title.parentNode.removeChild(title);
  });

  function keyed(node) {
    while (node && node !== document) {
      if (node.getAttribute && node.getAttribute("data-k") !== null) { return node; }
      node = node.parentNode;
    }
    return null;
  }

  function showTip(item, x, y) {
    var entry = details[item.getAttribute("data-k")];
    if (!entry) { return; }
    tip.textContent = "";
    var title = document.createElement("strong");
    title.textContent = entry[0];
    tip.appendChild(title);
    entry[1].forEach(function (line) {
      var p = document.createElement("p");
      p.textContent = line;
      tip.appendChild(p);
    });
    tip.hidden = false;
    var box = item.getBoundingClientRect();
    if (x === undefined) { x = box.left + box.width / 2; y = box.bottom; }
    var left = Math.min(window.innerWidth - tip.offsetWidth - 8, Math.max(8, x + 12));
    var top = y + 16 + tip.offsetHeight > window.innerHeight ? Math.max(8, y - tip.offsetHeight - 12) : y + 16;
    tip.style.left = left + "px";
    tip.style.top = top + "px";
  }

  function hideTip() { tip.hidden = true; }

  document.addEventListener("pointermove", function (event) {
    var item = keyed(event.target);
    if (item && !dragging) { showTip(item, event.clientX, event.clientY); } else { hideTip(); }
  });
  document.addEventListener("focusin", function (event) {
    var item = keyed(event.target);
    if (item) { showTip(item); } else { hideTip(); }
  });
  document.addEventListener("focusout", hideTip);

  function openDetails(card, origin) {
    var id = card.getAttribute("data-k");
    var entry = document.getElementById("d-" + id);
    var list = entry ? entry.querySelector("dl") : null;
    document.getElementById("details-title").textContent = details[id] ? details[id][0] : "";
    var body = dialog.querySelector(".dialog-body");
    body.textContent = "";
    if (list) { body.appendChild(list.cloneNode(true)); }
    hideTip();
    opener = origin || card;  // where the focus goes back to
    if (dialog.showModal) { dialog.showModal(); } else { dialog.setAttribute("open", ""); }
    dialog.querySelector(".close").focus();
  }

  function closeDetails() {
    if (dialog.open) { if (dialog.close) { dialog.close(); } else { dialog.removeAttribute("open"); } }
  }

  dialog.addEventListener("close", function () { if (opener) { opener.focus(); opener = null; } });
  dialog.querySelector(".close").addEventListener("click", closeDetails);
  dialog.addEventListener("click", function (event) { if (event.target === dialog) { closeDetails(); } });

  document.addEventListener("click", function (event) {
    var card = event.target.closest ? event.target.closest("a.tp") : null;
    if (card && !moved) { event.preventDefault(); openDetails(card); }
    if (card && moved) { event.preventDefault(); }
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { hideTip(); closeDetails(); return; }
    var tag = event.target.tagName;
    if (dialog.open || tag === "INPUT" || tag === "SELECT" || event.ctrlKey || event.metaKey || event.altKey) { return; }
    var here = event.target.closest ? event.target.closest("[data-tp]") : null;
    if (here && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
      walkColumn(here, event.key === "ArrowDown" ? 1 : -1);
      event.preventDefault();
      return;
    }
    if (here && event.key === "Enter" && !here.matches("a.tp")) {
      openDetails(here.closest("section.map").querySelector('a.tp[data-tp="' + CSS.escape(here.getAttribute("data-tp")) + '"]'), here);
      event.preventDefault();
      return;
    }
    var zooms = { "+": "in", "=": "in", "-": "out", "0": "fit", "1": "reset" };
    if (zooms[event.key]) { zoom(current(), zooms[event.key]); event.preventDefault(); }
  });

  // Up and Down walk a touchpoint's column: its card, each persona's point, its chips.
  function walkColumn(here, step) {
    var section = here.closest("section.map");
    var column = Array.prototype.slice.call(section.querySelectorAll(
      '[data-tp="' + CSS.escape(here.getAttribute("data-tp")) + '"]')).filter(function (item) {
      return !item.closest(".line.off");
    });
    column.sort(function (a, b) { return a.getBoundingClientRect().top - b.getBoundingClientRect().top; });
    var next = column[column.indexOf(here) + step];
    if (next) { next.focus(); }
  }

  // Persona lines on and off.
  Array.prototype.forEach.call(document.querySelectorAll("input[data-line]"), function (box) {
    box.addEventListener("change", function () {
      var section = box.closest("section.map");
      var lines = section.querySelectorAll('.line[data-persona="' + CSS.escape(box.getAttribute("data-line")) + '"]');
      Array.prototype.forEach.call(lines, function (line) { line.classList.toggle("off", !box.checked); });
    });
  });

  // Zoom and pan.
  function current() { return document.querySelector("section.map.current") || document.querySelector("section.map"); }

  function zoom(section, how, about) {
    var svg = section.querySelector(".map-svg");
    var viewport = section.querySelector(".viewport");
    var box = svg.viewBox.baseVal;
    var scale = parseFloat(svg.getAttribute("data-scale") || "1");
    var next = how === "in" ? scale * 1.25 : how === "out" ? scale / 1.25 : how === "reset" ? 1
      : Math.min(1, (viewport.clientWidth - 2) / box.width);
    next = Math.max(0.1, Math.min(4, next));
    var point = about || { x: viewport.clientWidth / 2, y: viewport.clientHeight / 2 };
    var sceneX = (viewport.scrollLeft + point.x) / scale, sceneY = (viewport.scrollTop + point.y) / scale;
    svg.setAttribute("data-scale", String(next));
    svg.setAttribute("width", String(box.width * next));
    svg.setAttribute("height", String(box.height * next));
    viewport.scrollLeft = sceneX * next - point.x;
    viewport.scrollTop = sceneY * next - point.y;
  }

  Array.prototype.forEach.call(document.querySelectorAll("[data-zoom]"), function (button) {
    button.addEventListener("click", function () { zoom(current(), button.getAttribute("data-zoom")); });
  });
  document.getElementById("print").addEventListener("click", function () { window.print(); });

  var dragging = null, moved = false;
  Array.prototype.forEach.call(document.querySelectorAll(".viewport"), function (viewport) {
    viewport.addEventListener("wheel", function (event) {
      if (!event.ctrlKey) { return; }
      event.preventDefault();
      var rect = viewport.getBoundingClientRect();
      zoom(viewport.closest("section.map"), event.deltaY < 0 ? "in" : "out",
        { x: event.clientX - rect.left, y: event.clientY - rect.top });
    }, { passive: false });
    viewport.addEventListener("pointerdown", function (event) {
      if (event.button !== 0) { return; }
      dragging = { x: event.clientX, y: event.clientY, left: viewport.scrollLeft, top: viewport.scrollTop, view: viewport };
      moved = false;
    });
  });
  document.addEventListener("pointermove", function (event) {
    if (!dragging) { return; }
    var dx = event.clientX - dragging.x, dy = event.clientY - dragging.y;
    if (!moved && Math.abs(dx) + Math.abs(dy) < 4) { return; }
    moved = true;
    dragging.view.classList.add("dragging");
    dragging.view.scrollLeft = dragging.left - dx;
    dragging.view.scrollTop = dragging.top - dy;
  });
  document.addEventListener("pointerup", function () {
    if (dragging) { dragging.view.classList.remove("dragging"); }
    dragging = null;
    setTimeout(function () { moved = false; }, 0);
  });

  // The map picker.
  var picker = document.getElementById("map-picker");
  function show(id) {
    var target = document.getElementById(id);
    if (!target || !target.classList.contains("map")) { return; }
    Array.prototype.forEach.call(document.querySelectorAll("section.map"), function (section) {
      section.classList.toggle("current", section === target);
    });
    if (picker) { picker.value = id; }
    document.title = target.getAttribute("aria-label");
  }
  if (picker) { picker.addEventListener("change", function () { show(picker.value); }); }
  if (location.hash.indexOf("#m-") === 0) { show(location.hash.slice(1)); }
})();
