// begroot: searches this language's pages in the browser, as the reader types, in the index the
// build wrote next to the search page (search/index.js); nothing is sent anywhere. Without
// JavaScript the form still opens this page and the page lists every buurt instead.
//
// Every word typed must be found in an entry: in its title, summary, buurt or text (a plan's or an
// update's words). A word of five letters or more is also found with one letter wrong, missing or
// extra. Entries whose titles hold the words come first, exact before near matches.
(function () {
  var pages = window.begrootSearchIndex || [];
  var languageNames = window.begrootSearchLanguages || {};
  var form = document.querySelector("form.search");
  var input = document.getElementById("search-query");
  var results = document.getElementById("search-results");
  if (!form || !input || !results) return;
  // Lower case, without accents and Arabic short vowels, so "cafe" finds "Café", "ozel" finds
  // "özel" and an Arabic word is found with or without its harakat (or a stretching tatweel).
  function plain(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, "").replace(/ı/g, "i").toLowerCase();
  }
  function wordsOf(text) {
    return text.match(/[\p{L}\p{N}]+/gu) || [];
  }
  var prepared = pages.map(function (page) {
    var title = plain(page.t);
    var rest = plain((page.s || "") + " " + (page.b || "") + " " + (page.x || ""));
    return { page: page, title: title, rest: rest, titleWords: wordsOf(title), restWords: wordsOf(rest) };
  });
  // True when a and b differ by at most one letter changed, added or left out.
  function withinOne(a, b) {
    if (Math.abs(a.length - b.length) > 1) return false;
    var i = 0, j = 0, edits = 0;
    while (i < a.length && j < b.length) {
      if (a[i] === b[j]) { i++; j++; continue; }
      if (++edits > 1) return false;
      if (a.length > b.length) i++;
      else if (a.length < b.length) j++;
      else { i++; j++; }
    }
    return edits + (a.length - i) + (b.length - j) <= 1;
  }
  // A typed word near a word of the entry, or near its beginning (the reader may still be typing).
  function near(word, words) {
    if (word.length < 5) return false;
    return words.some(function (candidate) {
      return withinOne(word, candidate) || (candidate.length > word.length &&
        (withinOne(word, candidate.slice(0, word.length)) || withinOne(word, candidate.slice(0, word.length + 1))));
    });
  }
  // 0 found in the title, 1 near a title word, 2 found elsewhere, 3 near a word elsewhere; -1 not found.
  function score(entry, word) {
    if (entry.title.indexOf(word) >= 0) return 0;
    if (near(word, entry.titleWords)) return 1;
    if (entry.rest.indexOf(word) >= 0) return 2;
    if (near(word, entry.restWords)) return 3;
    return -1;
  }
  function element(name, text, attributes) {
    var node = document.createElement(name);
    if (text) node.textContent = text;
    Object.keys(attributes || {}).forEach(function (key) { if (attributes[key]) node.setAttribute(key, attributes[key]); });
    return node;
  }
  var shown = null;
  function show(query) {
    var words = wordsOf(plain(query));
    if (words.join(" ") === shown) return;
    shown = words.join(" ");
    results.replaceChildren();
    if (!words.length) return;
    var found = [];
    prepared.forEach(function (entry, order) {
      var total = 0;
      for (var k = 0; k < words.length; k++) {
        var points = score(entry, words[k]);
        if (points < 0) return;
        total += points;
      }
      found.push({ entry: entry, total: total, order: order });
    });
    found.sort(function (a, b) { return a.total - b.total || a.order - b.order; });
    found = found.slice(0, 100);
    var template = results.getAttribute(found.length ? "data-results" : "data-none") || "";
    var heading = element("h2");
    var parts = template.split("{query}");
    parts.forEach(function (part, index) {
      if (index > 0) heading.appendChild(element("bdi", query));
      heading.appendChild(document.createTextNode(part));
    });
    results.appendChild(heading);
    if (!found.length) return;
    var list = element("ul", "", { "class": "search-results" });
    found.forEach(function (hit) {
      var page = hit.entry.page;
      var item = document.createElement("li");
      var kind = results.getAttribute("data-kind-" + page.k);
      if (kind) item.appendChild(element("span", kind, { "class": "tag" }));
      item.appendChild(document.createTextNode(" "));
      item.appendChild(element("a", page.t, { href: page.u, dir: "auto", lang: page.l, hreflang: page.l }));
      if (page.l) {
        item.appendChild(document.createTextNode(" "));
        item.appendChild(element("span", languageNames[page.l] || page.l, { "class": "lang-label", lang: page.l, dir: "auto" }));
      }
      if (page.b) {
        item.appendChild(document.createTextNode(" · "));
        item.appendChild(element("bdi", page.b, { lang: page.l }));
      }
      if (page.s) item.appendChild(element("p", page.s, { dir: "auto", lang: page.l }));
      list.appendChild(item);
    });
    results.appendChild(list);
  }
  // The address keeps the query, so a result page can be shared and Back returns to it.
  function remember(query) {
    var url = new URL(window.location.href);
    if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
    history.replaceState(null, "", url);
  }
  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { show(input.value); remember(input.value); }, 150);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    remember(input.value);
    show(input.value);
  });
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    input.value = query;
    show(query);
  }
})();
