// begroot: searches this language's pages in the browser, in the index the build wrote next to
// the search page (search/index.js); nothing is sent anywhere. Without JavaScript the page lists
// every buurt instead.
(function () {
  var pages = window.begrootSearchIndex || [];
  var form = document.querySelector("form.search");
  var input = document.getElementById("search-query");
  var results = document.getElementById("search-results");
  if (!form || !input || !results) return;
  // Lower case, without accents and Arabic short vowels, so "cafe" finds "Café", "ozel" finds
  // "özel" and an Arabic word is found with or without its harakat (or a stretching tatweel).
  function plain(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, "").replace(/ı/g, "i").toLowerCase();
  }
  var prepared = pages.map(function (page) {
    return { page: page, text: plain(page.t + " " + (page.s || "") + " " + (page.b || "")) };
  });
  function show(query) {
    var words = plain(query).split(/\s+/).filter(Boolean);
    results.replaceChildren();
    if (!words.length) return;
    var found = prepared.filter(function (entry) {
      return words.every(function (word) { return entry.text.indexOf(word) >= 0; });
    }).slice(0, 100);
    var heading = document.createElement("h2");
    var template = results.getAttribute(found.length ? "data-results" : "data-none") || "";
    heading.textContent = template.split("{query}").join(query);
    results.appendChild(heading);
    if (!found.length) return;
    var list = document.createElement("ul");
    list.className = "search-results";
    found.forEach(function (entry) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = entry.page.u;
      link.textContent = entry.page.t;
      if (entry.page.l) link.hreflang = entry.page.l;
      item.appendChild(link);
      if (entry.page.b) item.appendChild(document.createTextNode(" · " + entry.page.b));
      if (entry.page.s) {
        var summary = document.createElement("p");
        summary.textContent = entry.page.s;
        item.appendChild(summary);
      }
      list.appendChild(item);
    });
    results.appendChild(list);
  }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var url = new URL(window.location.href);
    url.searchParams.set("q", input.value);
    history.replaceState(null, "", url);
    show(input.value);
  });
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    input.value = query;
    show(query);
  }
})();
