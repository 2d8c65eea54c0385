// newslint report: finding cards, rule descriptions and filters. Content comes from the
// page itself (cloned nodes, textContent), never from strings turned into HTML.
(function () {
  "use strict";
  var card = document.getElementById("card");
  var dialog = document.getElementById("rule-dialog");
  var items = new Map();
  document.querySelectorAll("li.finding").forEach(function (li) { items.set(li.id.slice(2), li); });
  var pinned = null, shownFor = null, hideTimer = 0;
  var RANK = { info: 0, warning: 1, error: 2 };

  function visibleIds(mark) {
    return mark.dataset.f.split(" ").filter(function (id) {
      var li = items.get(id);
      return li && !li.hidden;
    });
  }

  function show(mark, pin) {
    var ids = visibleIds(mark);
    if (!ids.length) { return; }
    clearTimeout(hideTimer);
    card.replaceChildren();
    if (mark.classList.contains("rel")) {
      var note = document.createElement("p");
      note.className = "note";
      note.textContent = "A place the finding below refers to:";
      card.append(note);
    }
    ids.forEach(function (id) {
      var li = items.get(id), entry = document.createElement("div");
      entry.className = "entry " + li.className.replace("finding", "");
      li.childNodes.forEach(function (node) { entry.append(node.cloneNode(true)); });
      card.append(entry);
    });
    if (shownFor && shownFor !== mark) { shownFor.classList.remove("active"); }
    shownFor = mark;
    mark.classList.add("active");
    card.hidden = false;
    var box = mark.getBoundingClientRect();
    var width = document.documentElement.clientWidth;
    card.style.top = (window.scrollY + box.bottom + 6) + "px";
    card.style.left = Math.max(4, Math.min(window.scrollX + box.left,
      window.scrollX + width - card.offsetWidth - 8)) + "px";
    if (pin) {
      pinned = mark;
      mark.setAttribute("aria-expanded", "true");
    }
  }

  function hide() {
    card.hidden = true;
    if (shownFor) { shownFor.classList.remove("active"); shownFor.removeAttribute("aria-expanded"); }
    shownFor = null;
    pinned = null;
  }

  function markOf(target) {
    var mark = target instanceof Element ? target.closest("mark.hl") : null;
    return mark && !mark.classList.contains("off") ? mark : null;
  }

  document.addEventListener("mouseover", function (event) {
    var mark = markOf(event.target);
    if (mark && !pinned) { show(mark, false); }
    if (mark || card.contains(event.target)) { clearTimeout(hideTimer); }
  });
  document.addEventListener("mouseout", function (event) {
    if (!pinned && (markOf(event.target) || card.contains(event.target))) {
      hideTimer = setTimeout(hide, 250);
    }
  });
  document.addEventListener("focusin", function (event) {
    var mark = markOf(event.target);
    if (mark && pinned !== mark) { pinned = null; show(mark, false); }
  });
  document.addEventListener("click", function (event) {
    var rule = event.target instanceof Element ? event.target.closest("a.rule") : null;
    if (rule) { event.preventDefault(); openRule(rule.getAttribute("href").slice(1)); return; }
    var mark = markOf(event.target);
    if (mark) { show(mark, true); return; }
    if (!card.contains(event.target)) { hide(); }
  });
  document.addEventListener("keydown", function (event) {
    var mark = markOf(event.target);
    if (mark && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      show(mark, true);
    } else if (event.key === "Escape" && !card.hidden) {
      var back = shownFor;
      hide();
      if (back) { back.focus(); }
    }
  });

  function openRule(anchor) {
    var entry = document.getElementById(anchor);
    if (!entry || typeof dialog.showModal !== "function") { location.hash = anchor; return; }
    var body = dialog.querySelector(".body");
    body.replaceChildren(entry.cloneNode(true));
    body.firstChild.removeAttribute("id");
    dialog.showModal();
  }

  // -- filters -------------------------------------------------------------------------
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[name="severity"]'));
  var category = document.getElementById("filter-category");
  var ruleSelect = document.getElementById("filter-rule");
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.hl"));

  function apply() {
    var severities = {};
    boxes.forEach(function (box) { severities[box.value] = box.checked; });
    var cat = category.value, rule = ruleSelect.value;
    items.forEach(function (li) {
      var c = li.dataset.cat;
      li.hidden = !(severities[li.dataset.sev]
        && (!cat || c === cat || c.indexOf(cat + "/") === 0)
        && (!rule || li.dataset.rule === rule));
    });
    marks.forEach(function (mark) {
      var ids = visibleIds(mark);
      mark.classList.toggle("off", ids.length === 0);
      mark.tabIndex = ids.length ? 0 : -1;
      if (ids.length) {
        var top = ids.map(function (id) { return items.get(id).dataset.sev; })
          .sort(function (a, b) { return RANK[b] - RANK[a]; })[0];
        mark.classList.remove("sev-error", "sev-warning", "sev-info");
        mark.classList.add("sev-" + top);
      }
    });
    var filtered = !!(cat || rule) || boxes.some(function (box) { return !box.checked; });
    updateIndex(filtered);
    hide();
  }

  // The index counts what the filters show; an article with nothing shown is dimmed.
  var rows = Array.prototype.slice.call(document.querySelectorAll("table.index tbody tr"));
  function updateIndex(filtered) {
    var counts = {};
    items.forEach(function (li, id) {
      if (li.hidden) { return; }
      var key = id.slice(0, id.lastIndexOf("-f"));
      var count = counts[key] || (counts[key] = { error: 0, warning: 0, info: 0 });
      count[li.dataset.sev] += 1;
    });
    rows.forEach(function (row) {
      var key = row.querySelector("a").getAttribute("href").slice(1);
      var count = counts[key] || { error: 0, warning: 0, info: 0 };
      ["error", "warning", "info"].forEach(function (severity) {
        row.querySelector(".c-" + severity).textContent = count[severity] || "";
      });
      row.classList.toggle("none", filtered && !(count.error + count.warning + count.info));
    });
  }
  boxes.concat([category, ruleSelect]).forEach(function (control) {
    control.addEventListener("change", apply);
  });
})();
