#!/usr/bin/env python3
"""The preview's error overlay in a real browser: `begroot serve` on a copy of a site, a mistake
saved into a plan, the open page reloading itself to show the overlay, then the fix removing it.

For each width (320 and 1280 px) and each site language checked: the overlay is there with
role="alertdialog" and has the focus; axe-core (WCAG 2.2 AA) finds nothing on the page with it;
it is no wider than the screen; it names the file, line and column and shows the line with a
caret; Escape hides it. Then the fix is saved and the same tab loses the overlay without being
reloaded by the test. Screenshots go to build/screenshots/overlay-<language>-<width>.png.

    overlay_check.py --begroot .build/debug/begroot --site Tests/Fixtures/sites/small [--screenshots DIR]

Last line: `overlay: N checks, M problems`; exit 1 on any problem.
"""

import argparse
import glob
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time

from browser_check import AXE_TAGS, run_axe, set_size, start_browser  # noqa: E402

PLAN = "content/buurten/parkbuurt/plans/bankjes.md"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(condition, seconds=15):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            if condition():
                return True
        except Exception:  # the page is reloading
            pass
        time.sleep(0.1)
    return False


def set_default_language(site, language):
    """The site's first language becomes `language` (Arabic is added, right to left, when asked)."""
    path = os.path.join(site, "content/site.yaml")
    text = open(path, encoding="utf-8").read()
    if language == "ar" and "code: ar" not in text:
        text = text.replace("languages:\n", "languages:\n  - {code: ar, name: العربية, dir: rtl}\n", 1)
    open(path, "w", encoding="utf-8").write(re.sub(r"(?m)^defaultLanguage: .*$", "defaultLanguage: " + language, text))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--begroot", default=".build/debug/begroot")
    parser.add_argument("--site", default="Tests/Fixtures/sites/small")
    parser.add_argument("--screenshots", default="build/screenshots")
    args = parser.parse_args()
    os.makedirs(args.screenshots, exist_ok=True)
    venv_bin = os.path.dirname(sys.executable)
    axe_path = glob.glob(os.path.join(os.path.dirname(venv_bin), "lib", "python*", "site-packages",
                                      "axe_playwright_python", "axe.min.js"))[0]
    axe_source = open(axe_path, encoding="utf-8").read()

    problems = []
    checks = 0
    scratch = tempfile.mkdtemp(prefix="begroot-overlay-")
    driver = start_browser()
    try:
        for language in ("nl", "en", "ar"):
            site = os.path.join(scratch, language)
            shutil.copytree(args.site, site)
            set_default_language(site, language)
            plan_path = os.path.join(site, PLAN)
            good = open(plan_path, encoding="utf-8").read()
            port = free_port()
            server = subprocess.Popen([os.path.abspath(args.begroot), "serve", "--port", str(port)], cwd=site,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                base = "http://127.0.0.1:%d" % port
                page = base + "/parkbuurt/plans/bankjes/"
                for width in (320, 1280):
                    checks += 1
                    label = "%s at %d px" % (language, width)
                    set_size(driver, width, 800)
                    if not wait_for(lambda: (driver.get(page) or True) and driver.find_elements("css selector", "main h1")):
                        problems.append("%s: the preview did not answer" % label)
                        continue
                    time.sleep(0.3)  # the event stream connects
                    # The mistake, saved while the page is open: it reloads itself with the overlay.
                    open(plan_path, "w", encoding="utf-8").write(good.replace("status: completed", "status: klaar"))
                    if not wait_for(lambda: driver.find_elements("css selector", "#begroot-problems")):
                        problems.append("%s: no overlay after the mistake was saved" % label)
                        continue
                    time.sleep(0.2)
                    overlay = driver.find_element("css selector", "#begroot-problems")
                    if overlay.get_attribute("role") != "alertdialog":
                        problems.append("%s: the overlay is not an alertdialog" % label)
                    if driver.execute_script("return document.activeElement && document.activeElement.id") != "begroot-problems":
                        problems.append("%s: the overlay does not have the focus" % label)
                    text = overlay.text
                    if PLAN + ":4:9" not in text or "status: klaar" not in text or "^" not in text:
                        problems.append("%s: the overlay lacks the place or the line: %r" % (label, text[:300]))
                    wide = driver.execute_script(
                        "var o=document.getElementById('begroot-problems'), b=o.getBoundingClientRect();"
                        "return b.left < 0 || b.right > window.innerWidth + 1 || o.scrollWidth > o.clientWidth + 1"
                        " || document.documentElement.scrollWidth > window.innerWidth + 1")
                    if wide:
                        problems.append("%s: the overlay is wider than the screen" % label)
                    violations = run_axe(driver, axe_source)
                    for violation in violations:
                        problems.append("%s: axe: %s (%s) %s" % (label, violation["id"], violation["impact"], violation["nodes"]))
                    driver.save_screenshot(os.path.join(args.screenshots, "overlay-%s-%d.png" % (language, width)))
                    driver.find_element("css selector", "body").send_keys("\ue00c")  # Escape
                    if not wait_for(lambda: not overlay.is_displayed(), 3):
                        problems.append("%s: Escape does not hide the overlay" % label)
                    # The fix: the same tab loses the overlay by itself.
                    open(plan_path, "w", encoding="utf-8").write(good)
                    if not wait_for(lambda: not driver.find_elements("css selector", "#begroot-problems")
                                    and driver.find_elements("css selector", "main h1")):
                        problems.append("%s: the overlay stays after the fix" % label)
            finally:
                server.terminate()
                server.wait()
    finally:
        driver.quit()
        shutil.rmtree(scratch, ignore_errors=True)

    for problem in problems:
        print("overlay: " + problem)
    print("overlay: %d checks, %d problems" % (checks, len(problems)))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
