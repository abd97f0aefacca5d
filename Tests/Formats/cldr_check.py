"""Money, numbers, percentages and dates on built pages, compared with CLDR through Babel.

Usage: cldr_check.py BEGROOT SITE_FOLDER

Copies the portal in SITE_FOLDER (its content/ and themes/) to a temporary folder, declares these languages in its site.yaml —
the four of the built-in theme, `en` without a region (CLDR's en), and languages begroot has no
interface strings for (pl, es, de, fr) — builds it with the real binary, and then checks, in
every language:

- every `<time datetime="…">` on every page: its text is Babel's long date for that day;
- every buurt page: Babel's amount for the buurt's budget is on it;
- every plan page: Babel's amount for the plan's award, and Babel's percentage for its progress;
- every votes page: Babel's number for each round's voters.

The figures are read from the build's own open data (`data/<buurt>.json`), not from this script.
Bidi marks and isolates (U+200E, U+200F, U+061C, U+2066–U+2069) are left out on both sides:
begroot wraps right-to-left numbers in an isolate and keeps ICU's marks, which differ in places
from Babel's.

Two differences are known and explained, and are the only ones allowed (each one is counted and
printed; any other difference fails):

- `ar` long dates: the ICU in Swift 6.3's Foundation (ICU 76, CLDR 46) writes `5 أكتوبر، 2022`
  with an Arabic comma; Babel 2.19 (CLDR 49) writes `5 أكتوبر 2022`.
- CLDR's minimum grouping digits (2 in pl and es: `1000 €` but `10 000 €`): ICU applies it, Babel
  does not and writes `1 000 €`.

Hindi is not in the list: CLDR 49 respelled its month names (अक्तूबर → अक्टूबर), so every date
would differ by the CLDR versions alone; its Indian grouping (12,34,567) is pinned in
LanguageFormatTests.
"""

import datetime
import decimal
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_decimal, format_percent, parse_pattern

LANGUAGES = {  # code in site.yaml → (line for site.yaml, Babel locale)
    "nl": ("{code: nl, name: Nederlands}", "nl"),
    "en": ("{code: en, name: English}", "en"),
    "tr": ("{code: tr, name: Türkçe}", "tr"),
    "ar": ("{code: ar, name: العربية, dir: rtl}", "ar"),
    "pl": ("{code: pl, name: Polski}", "pl"),
    "es": ("{code: es, name: Español}", "es"),
    "de": ("{code: de, name: Deutsch}", "de"),
    "fr": ("{code: fr, name: Français}", "fr"),
}
BIDI = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u2066\u2067\u2068\u2069"))
DATE = re.compile(r'<time datetime="(\d{4})-(\d{2})-(\d{2})">([^<]*)</time>')


def plain(text):
    return text.translate(BIDI)


def babel_money(value, locale, currency):
    """Babel's amount: whole amounts without decimals, as begroot writes them, others with two."""
    amount = decimal.Decimal(str(value))
    pattern = parse_pattern(Locale.parse(locale).currency_formats["standard"].pattern)
    if amount == amount.to_integral_value():
        pattern.frac_prec = (0, 0)
    return pattern.apply(amount, Locale.parse(locale), currency=currency, currency_digits=False)


def explained(ours, babel, locale):
    """Which known difference, if any, makes `ours` differ from Babel's `babel`."""
    if locale == "ar" and ours.replace("،", "") == babel:
        return "ar long date: Arabic comma (CLDR 46 in ICU 76, not in CLDR 49)"
    symbols = Locale.parse(locale).number_symbols["latn"]
    group = symbols["group"]
    # A four-digit number whose group separator Babel writes and CLDR's minimum grouping leaves out.
    g = re.escape(group)
    four = re.compile(r"(?<!\d)(?<!\d" + g + r")(\d)" + g + r"(\d{3})(?!\d)(?!" + g + r"\d)")
    if four.sub(r"\1\2", babel) == ours and ours != babel:
        return f"{locale}: minimum grouping digits (1000, not 1{group}000)"
    return None


class Comparison:
    def __init__(self):
        self.counts = {}
        self.known = {}
        self.failures = []

    def expect(self, language, what, ours, babel, locale, where):
        ours, babel = plain(ours), plain(babel)
        self.counts[language] = self.counts.get(language, 0) + 1
        if ours == babel:
            return
        reason = explained(ours, babel, locale)
        if reason:
            self.known[reason] = self.known.get(reason, 0) + 1
        else:
            self.failures.append(f"{where}: {what} in {language}: begroot {ours!r}, Babel {babel!r}")

    def expect_on_page(self, language, what, page_text, babel, locale, where):
        """Babel's string must be on the page (after the known differences are applied to it)."""
        text, wanted = plain(page_text), plain(babel)
        self.counts[language] = self.counts.get(language, 0) + 1
        if wanted in text:
            return
        for candidate in set(re.findall(r"[^<>]{0,12}\d[^<>]{0,24}", text)):
            for piece in [candidate[i:j] for i in range(len(candidate)) for j in range(i + 1, len(candidate) + 1)]:
                reason = explained(piece, wanted, locale)
                if reason:
                    self.known[reason] = self.known.get(reason, 0) + 1
                    return
        self.failures.append(f"{where}: {what} in {language}: Babel's {wanted!r} is not on the page")


def declare_languages(site_yaml):
    text = site_yaml.read_text(encoding="utf-8")
    lines = "".join(f"  - {line}\n" for line, _ in LANGUAGES.values())
    text, count = re.subn(r"(?m)^languages:\n(?:  - .*\n)+", "languages:\n" + lines, text)
    if count != 1:
        sys.exit(f"{site_yaml}: no 'languages:' list to replace")
    site_yaml.write_text(text, encoding="utf-8")


def publish_in_every_language(content):
    """Leaves out each buurt's own `languages:` subset, so that every buurt has pages in every language."""
    for buurt in content.glob("buurten/*/buurt.yaml"):
        text = buurt.read_text(encoding="utf-8")
        buurt.write_text(re.sub(r"(?m)^languages:.*\n", "", text), encoding="utf-8")


def check(site, comparison):
    buurten = json.loads((site / "data" / "buurten.json").read_text(encoding="utf-8"))
    slugs = [b["slug"] for b in (buurten["buurten"] if isinstance(buurten, dict) else buurten)]
    for code, (_, locale) in LANGUAGES.items():
        folder = site if code == "nl" else site / code
        others = {site / other for other in LANGUAGES if other != "nl"}
        pages = [p for p in folder.rglob("*.html") if code != "nl" or not any(o in p.parents for o in others)]
        for page in pages:
            for year, month, day, text in DATE.findall(page.read_text(encoding="utf-8")):
                babel = format_date(datetime.date(int(year), int(month), int(day)), "long", locale=locale)
                comparison.expect(code, "a date", text, babel, locale, page.relative_to(site))
        for slug in slugs:
            books = json.loads((site / "data" / f"{slug}.json").read_text(encoding="utf-8"))
            if code not in books["languages"]:
                continue
            currency = books["currency"]
            home = folder / slug / "index.html"
            comparison.expect_on_page(code, "the budget", home.read_text(encoding="utf-8"),
                                      babel_money(books["budget"], locale, currency), locale, home.relative_to(site))
            for plan in books["plans"]:
                page = folder / slug / "plans" / plan["slug"] / "index.html"
                text = page.read_text(encoding="utf-8")
                if plan.get("awarded") is not None:
                    comparison.expect_on_page(code, "the award", text, babel_money(plan["awarded"], locale, currency),
                                              locale, page.relative_to(site))
                if plan.get("progress") and plan.get("status") != "cancelled":  # a cancelled plan shows no progress
                    comparison.expect_on_page(code, "the progress", text,
                                              format_percent(decimal.Decimal(plan["progress"]) / 100, locale=locale),
                                              locale, page.relative_to(site))
            votes = folder / slug / "votes" / "index.html"
            for round in books.get("votingRounds") or []:
                if round.get("voters"):
                    comparison.expect_on_page(code, "the voters", votes.read_text(encoding="utf-8"),
                                              format_decimal(round["voters"], locale=locale), locale, votes.relative_to(site))


def main():
    begroot, source = Path(sys.argv[1]).resolve(), Path(sys.argv[2])
    with tempfile.TemporaryDirectory(prefix="begroot-cldr-") as temporary:
        folder = Path(temporary) / "site"
        for part in ("content", "themes"):
            if (source / part).is_dir():
                shutil.copytree(source / part, folder / part)
        declare_languages(folder / "content" / "site.yaml")
        publish_in_every_language(folder / "content")
        built = subprocess.run([str(begroot), "build", "--source", str(folder), "--output", str(Path(temporary) / "public")],
                               capture_output=True, text=True)
        if built.returncode != 0:
            sys.exit(f"begroot build failed:\n{built.stdout}{built.stderr}")
        comparison = Comparison()
        check(Path(temporary) / "public", comparison)
    for code in LANGUAGES:
        count = comparison.counts.get(code, 0)
        print(f"{code}: {count} dates, amounts, percentages and numbers compared with Babel")
        if count < 20:
            comparison.failures.append(f"{code}: only {count} values compared; the portal should show many more")
    for reason, count in sorted(comparison.known.items()):
        print(f"known difference, {count}×: {reason}")
    for failure in comparison.failures[:40]:
        print("FAIL", failure)
    if comparison.failures:
        sys.exit(f"{len(comparison.failures)} values differ from CLDR as Babel writes it")
    print("every value matches Babel's CLDR, apart from the known differences above")


if __name__ == "__main__":
    main()
