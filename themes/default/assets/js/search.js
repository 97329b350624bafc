// Site search for the SalesForDevs default theme: loads the search index sfd writes (search-index.json) and
// searches it in the browser. No dependencies. words() repeats SearchTokenizer.cs, stemEnglish() and stemGerman()
// repeat EnglishStemmer.cs and GermanStemmer.cs exactly: change both.
(function () {
  "use strict";
  var form = document.querySelector("form.search-form[data-index]");
  if (!form) return;
  var input = form.querySelector("input[type=search]");
  var list = document.getElementById("search-results");
  var status = document.querySelector(".search-status");
  var letterOrDigit = /[\p{L}\p{Nd}]/u;
  var letter = /\p{L}/u;
  // Where a word is found, and how much that counts: a hit in a title beats one in the text.
  var weights = { title: 10, tags: 6, headings: 4, series: 3, summary: 2, terms: 1 };
  var maxResults = 50;
  var index = null;

  function words(text) {
    var out = [], word = "";
    for (var i = 0; i < text.length; i++) {
      var c = text[i];
      if (letterOrDigit.test(c)) word += c.toLowerCase();
      else if ((c === "'" || c === "\u2019") && word.length > 0 && i + 1 < text.length && letter.test(text[i + 1])) continue;
      else if (word.length > 0) { out.push(word); word = ""; }
    }
    if (word.length > 0) out.push(word);
    return out;
  }

  function stemEnglish(w) {
    var n = w.length;
    if (n <= 3) return w;
    if (/ies$/.test(w) && n > 4) return w.slice(0, -3) + "y";
    if (/sses$/.test(w)) return w.slice(0, -2);
    if (/ing$/.test(w) && n >= 6) return w.slice(0, -3);
    if (/ed$/.test(w) && n >= 5) return w.slice(0, -2);
    if (/ly$/.test(w) && n >= 5) return w.slice(0, -2);
    if (/s$/.test(w) && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
    return w;
  }

  // Umlauts folded; "sch", "ei", "ie" and a doubled letter count as one letter (a stand-in) while endings come off.
  function stemGerman(word) {
    var w = word.replace(/ä/g, "a").replace(/ö/g, "o").replace(/ü/g, "u").replace(/ß/g, "ss")
      .split("sch").join("$").split("ei").join("%").split("ie").join("&").split("");
    for (var i = 1; i < w.length; i++) if (w[i] === w[i - 1]) { w[i] = "*"; i++; }
    while (w.length > 3) {
      var end = w[w.length - 2] + w[w.length - 1];
      if (w.length > 5 && (end === "em" || end === "er" || end === "nd")) { w.length -= 2; continue; }
      if ("tesn".indexOf(w[w.length - 1]) >= 0) { w.length -= 1; continue; }
      break;
    }
    var groups = { "$": "sch", "%": "ei", "&": "ie" };
    return w.map(function (c, k) { var l = c === "*" ? w[k - 1] : c; return groups[l] || l; }).join("");
  }

  // The index names its stemmer: true (English, as the first version of the file had it), a language, or false.
  var stemmers = { en: stemEnglish, de: stemGerman };
  function stemmerOf(stem) { return stem === true ? stemEnglish : (typeof stem === "string" && stemmers[stem]) || null; }

  function build(data) {
    var field = {};
    data.fields.forEach(function (name, i) { field[name] = i; });
    var stop = new Set(data.stop);
    var stem = stemmerOf(data.stem);
    var postings = new Map();
    var docs = data.docs.map(function (d) {
      return { url: d[field.url], title: d[field.title], date: d[field.date], summary: d[field.summary], tags: d[field.tags], series: d[field.series] };
    });
    function add(term, doc, weight) {
      var list = postings.get(term);
      if (!list) { list = []; postings.set(term, list); }
      var last = list[list.length - 1];
      if (last && last[0] === doc) { if (last[1] < weight) last[1] = weight; }
      else list.push([doc, weight]);
    }
    function addText(text, doc, weight, alreadyTerms) {
      var ws = alreadyTerms ? text.split(" ") : words(text);
      for (var k = 0; k < ws.length; k++) {
        var w = ws[k];
        if (!w || (!alreadyTerms && stop.has(w))) continue;
        add(alreadyTerms || !stem ? w : stem(w), doc, weight);
      }
    }
    data.docs.forEach(function (d, i) {
      // Lowest weight first: add() keeps the highest weight per document.
      addText(d[field.terms], i, weights.terms, true);
      addText(d[field.summary], i, weights.summary);
      addText(d[field.series], i, weights.series);
      d[field.headings].forEach(function (h) { addText(h, i, weights.headings); });
      d[field.tags].forEach(function (t) { addText(t, i, weights.tags); });
      addText(d[field.title], i, weights.title);
    });
    return { docs: docs, postings: postings, sorted: Array.from(postings.keys()).sort(), stop: stop, stem: stem };
  }

  // The first position in the sorted terms at or after prefix.
  function lowerBound(sorted, prefix) {
    var lo = 0, hi = sorted.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (sorted[mid] < prefix) lo = mid + 1; else hi = mid; }
    return lo;
  }

  // Documents matching one query word: exactly, or (for the word being typed) any term it starts.
  function matches(word, isPrefix) {
    var term = index.stem ? index.stem(word) : word;
    var found = new Map();
    function take(t, factor) {
      (index.postings.get(t) || []).forEach(function (p) {
        var score = p[1] * factor;
        if ((found.get(p[0]) || 0) < score) found.set(p[0], score);
      });
    }
    take(term, 1);
    if (isPrefix) {
      [term, word].forEach(function (prefix) {
        for (var i = lowerBound(index.sorted, prefix); i < index.sorted.length && index.sorted[i].lastIndexOf(prefix, 0) === 0; i++)
          if (index.sorted[i] !== term) take(index.sorted[i], 0.8);
      });
      // "sellin" on its way to "selling": its stem is "sell", which no longer starts with what was typed.
      for (var cut = 1; found.size === 0 && cut <= 2 && word.length - cut >= 4; cut++) take(word.slice(0, -cut), 0.8);
    }
    return found;
  }

  function search(query) {
    var ws = words(query).filter(function (w) { return !index.stop.has(w); });
    if (ws.length === 0) return null;
    var typing = !/\s$/.test(query);
    var scores = null;
    ws.forEach(function (w, k) {
      var found = matches(w, typing && k === ws.length - 1);
      if (scores === null) { scores = found; return; }
      var next = new Map();
      scores.forEach(function (s, doc) { if (found.has(doc)) next.set(doc, s + found.get(doc)); });
      scores = next;
    });
    return Array.from(scores.keys()).sort(function (a, b) {
      return scores.get(b) - scores.get(a) || (index.docs[b].date > index.docs[a].date ? 1 : index.docs[b].date < index.docs[a].date ? -1 : a - b);
    });
  }

  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text) e.textContent = text;
    return e;
  }

  function show(query) {
    var started = performance.now();
    var hits = search(query);
    list.textContent = "";
    if (hits === null) { status.textContent = ""; return; }
    hits.slice(0, maxResults).forEach(function (i) {
      var doc = index.docs[i];
      var item = element("li");
      var link = element("a", "", doc.title);
      link.href = doc.url;
      item.appendChild(link);
      var meta = [doc.date, doc.series].concat(doc.tags).filter(Boolean).join(" · ");
      if (meta) item.appendChild(element("p", "search-meta", meta));
      if (doc.summary) item.appendChild(element("p", "", doc.summary));
      list.appendChild(item);
    });
    var shown = Math.min(hits.length, maxResults);
    status.textContent = hits.length === 0 ? say("none", "No posts match \u201c{query}\u201d.", { query: query.trim() })
      : (hits.length === 1 ? say("one", "1 result", {}) : say("other", "{count} results", { count: hits.length }))
        + (shown < hits.length ? say("first", ", the first {shown} shown.", { shown: shown }) : ".");
    form.setAttribute("data-last-search-ms", (performance.now() - started).toFixed(2));
  }

  // The page carries the words in its language (data-* on the status line); English when a theme leaves them out.
  function say(name, english, values) {
    var text = status.getAttribute("data-" + name) || english;
    return text.replace(/\{(\w+)\}/g, function (all, key) { return key in values ? String(values[key]) : all; });
  }

  function remember(query) {
    var url = new URL(window.location.href);
    if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
    window.history.replaceState(null, "", url);
  }

  function links() { return Array.prototype.slice.call(list.querySelectorAll("a")); }

  input.addEventListener("input", function () { if (index) { show(input.value); remember(input.value); } });
  form.addEventListener("submit", function (e) { e.preventDefault(); if (index) { show(input.value); remember(input.value); } });
  input.addEventListener("keydown", function (e) {
    if (e.key === "ArrowDown" && links().length > 0) { e.preventDefault(); links()[0].focus(); }
  });
  list.addEventListener("keydown", function (e) {
    var all = links(), at = all.indexOf(document.activeElement);
    if (at < 0) return;
    if (e.key === "ArrowDown" && at + 1 < all.length) { e.preventDefault(); all[at + 1].focus(); }
    else if (e.key === "ArrowUp") { e.preventDefault(); (at > 0 ? all[at - 1] : input).focus(); }
    else if (e.key === "Escape") { e.preventDefault(); input.focus(); }
  });

  status.textContent = say("loading", "Loading the search index\u2026", {});
  fetch(form.getAttribute("data-index"))
    .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
    .then(function (data) {
      var started = performance.now();
      index = build(data);
      form.setAttribute("data-load-ms", (performance.now() - started).toFixed(2));
      form.setAttribute("data-ready", "true");
      status.textContent = "";
      var q = new URL(window.location.href).searchParams.get("q");
      if (q) { input.value = q; show(q); }
    })
    .catch(function () { status.textContent = say("failed", "The search index could not be loaded. Browse the archive instead.", {}); });

  window.sfdSearch = { words: words, stem: stemEnglish, stemGerman: stemGerman };
})();
