#!/usr/bin/env python3
"""Attack corpus: hostile content through every field begroot publishes, checked in the parsed output.

Run it with `make test-attack` (builds the binary, installs html5lib and lxml in build/security-venv),
or by hand: `build/security-venv/bin/python Tests/Security/attack_corpus.py [--binary PATH] [-k NAME]`.

Each *attack* writes one complete small site (three languages, one of them right to left, a buurt
with themes, plans, updates, votes, spending, a local and a hosted video, a free page and interface
strings of its own) into a fresh temporary folder, builds it with the real binary and checks every
file the build wrote. The attack classes:

- baseline/…        the clean site, with and without a baseURL: must build (exit 0) and pass every
                    check, so that the checks themselves are known not to fire on the theme.
- text/…            one text payload (markup, template code, control characters, bidi overrides,
                    spreadsheet formulas) in every text field at once: YAML fields, front matter,
                    Markdown bodies, the CSV ledger and content/i18n/<lang>.yaml interface strings.
                    Must build; each value ends in a tag ⟦field⟧ that names its field, so a violation
                    is reported with the field it came from, and the test checks that the payload
                    shows as text where it should.
- template-code/…   interface strings that are Mustache tags reading raw values ({{{siteTitle}}}),
                    with markup in the text fields: proves interface strings are never template code.
- url-field/…       a URL payload in one URL field a build: the buurt's contact.website, its
                    contact.email, a hosted video's source. Either an error `path:line:col: error: …`
                    at the field's file and line (exit 1), or a build whose output is clean.
- markdown-url/…    the URL payload as Markdown links, images, autolinks and reference links in every
                    Markdown body (markdown.unsafe false).
- raw-url/…         the same with markdown.unsafe true, plus the payload in raw <a href> and <img src>.
- raw-html/…        one piece of hostile raw HTML in every Markdown body with markdown.unsafe true.
- base-url/…        hostile baseURL values, in site.yaml (an error at its line, or clean output) and
                    as --base-url (exit 1 or 2 with an error message, or clean output).

The checks, on the parsed output only, never on the absence of a string:
- .html (html5lib, as a browser parses): no on* attribute; no URL attribute (href, src, action,
  formaction, xlink:href, poster, data, srcset, data-embed, meta content url=…) whose value, decoded
  and without ASCII whitespace or control characters, starts with a scheme other than http, https,
  mailto, tel; no script but JSON-LD and the theme's own scripts; no iframe, object, embed, base,
  meta http-equiv, form, style, link outside the theme's own; every JSON-LD parses, escapes <, >
  and &, and the page still has its <main> with an <h1> and its footer after it; no character that
  XML forbids.
- .xml (lxml, strict): parses, no forbidden character, safe URLs, and Atom HTML content passes the
  HTML checks. .json parses; search/index.js is one assignment of JSON with relative addresses.
- .csv under data/: rows as long as the header, and no text cell starting a formula (= + - @ tab
  CR; amount columns may hold negative numbers). .pb (Pabulib): every line is one complete row of
  its section and no cell holds a control character. robots.txt: only known directives.

The last line is `attack: N passed, M failed`; the exit code is 1 when any attack failed.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import posixpath
import re
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field as dataclass_field
from pathlib import Path

import html5lib
from lxml import etree

REPO = Path(__file__).resolve().parents[2]
DEFAULT_BINARY = REPO / ".build" / "debug" / "begroot"
BUILD_TIMEOUT_SECONDS = 60

# --------------------------------------------------------------------------------------------------
# Payloads
# --------------------------------------------------------------------------------------------------

TEXT_PAYLOADS = {
    "script-tag": "<script>alert(1)</script>",
    "attribute-break-double": '"><img src=x onerror=alert(1)>',
    "attribute-break-single": "'><svg onload=alert(1)>",
    "comment-then-script": "<!--<script>",
    "script-close": "</script><script>alert(1)</script>",
    "rcdata-close": "</title></textarea></style><img src=x onerror=alert(1)>",
    "entity-double-decode": "&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp;",
    "mustache-triple": "{{{description}}}",
    "mustache-partial": "{{>layout}}",
    "mustache-section": "{{#t}}x{{/t}}",
    "cdata-end": "]]>",
    "noncharacters": "a\ufffeb\uffffc",
    "control-characters": "a\u0001b \x1b[31mred\x1b[0m \x0cpage",
    "bidi-override": "\u202etxt.exe\u202c",
    "formula-hyperlink": '=HYPERLINK("http://x","y")',
    "formula-plus": "+1+1",
    "formula-minus": "-1+1",
    "formula-at": "@SUM(A1)",
    "formula-tab": "\t=1",
    "formula-cr": "\r=1",
}

URL_PAYLOADS = {
    "javascript": "javascript:alert(1)",
    "javascript-mixed-case": "JaVaScRiPt:alert(1)",
    "javascript-tab": "java\tscript:alert(1)",
    "javascript-leading-space": " javascript:alert(1)",
    "javascript-numeric-entity": "java&#x73;cript:alert(1)",
    "javascript-named-entity": "javascript&colon;alert(1)",
    "vbscript": "vbscript:msgbox(1)",
    "data-html": "data:text/html,<script>alert(1)</script>",
    "file": "file:///etc/passwd",
    "protocol-relative": "//evil.example/x",
}

RAW_HTML_PAYLOADS = {
    "script": "<script>alert(1)</script>",
    "script-mixed-case": "<ScRiPt>alert(1)</sCrIpT>",
    "img-onerror": "<img src=x onerror=alert(1)>",
    "img-onerror-mixed-case": "<IMG SRC=x OnErRoR=alert(1)>",
    "attribute-with-gt": '<p title="a>b" onclick=alert(1)>x</p>',
    "empty-comment-trick": "<!--><img src=x onerror=alert(1)>-->",
    "a-numeric-entity": '<a href="java&#x73;cript:alert(1)">x</a>',
    "a-named-entity": '<a href="javascript&colon;alert(1)">x</a>',
    "a-tab-entity": '<a href="java&#9;script:alert(1)">x</a>',
    "a-newline": '<a href="java\nscript:alert(1)">x</a>',
    "a-data-base64": '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    "div-onmouseover": "<div onmouseover=alert(1)>x</div>",
    "details-ontoggle": "<details open ontoggle=alert(1)><summary>x</summary></details>",
    "input-onfocus": "<input autofocus onfocus=alert(1)>",
    "iframe-srcdoc": '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    "base": '<base href="https://evil.example/">',
    "meta-refresh": '<meta http-equiv=refresh content="0;url=javascript:alert(1)">',
    "form-action": "<form action=javascript:alert(1)><button>x</button></form>",
    "button-formaction": "<button formaction=javascript:alert(1)>x</button>",
    "svg-xlink": '<svg><a xlink:href="javascript:alert(1)"><text x="0" y="20">x</text></a></svg>',
    "svg-animate-href": '<svg><a><animate attributeName="href" values="javascript:alert(1)"/><text y="20">x</text></a></svg>',
    "svg-script": "<svg><script>alert(1)</script></svg>",
    "math-style-mutation": "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "object": '<object data="javascript:alert(1)"></object>',
    "embed": '<embed src="javascript:alert(1)">',
    "style-element": "<style>body{display:none}</style>",
    "style-attribute-url": '<p style="background:url(javascript:alert(1))">x</p>',
    "link-stylesheet": '<link rel="stylesheet" href="javascript:alert(1)">',
    "video-source-onerror": "<video><source onerror=alert(1)></video>",
    "srcset": '<img src="x.png" srcset="javascript:alert(1) 1x">',
}

BASE_URL_PAYLOADS = {
    "quote-break": 'https://x/"><script>alert(1)</script>',
    "javascript": "javascript:alert(1)//",
    "javascript-leading-space": " javascript:alert(1)//",
    "data": "data:text/html,<script>alert(1)</script>//",
    "xml-break": "https://x/</loc><script>alert(1)</script>",
    "comment-then-script": "https://x/<!--<script>/",
    "robots-newline": "https://x/\nDisallow: /\n",
}

VALID_BASE_URL = "https://buurt.example.org/portal/"

# --------------------------------------------------------------------------------------------------
# The site an attack builds
# --------------------------------------------------------------------------------------------------

BUURT = "wijk"
LANGUAGES = ("nl", "en", "ar")
FIELD_PLACEHOLDER = "@@FIELD@@"

# Interface strings a site overrides in content/i18n/<lang>.yaml (keys of themes/default/i18n/en.yaml),
# each written into text, an attribute or a script's data attribute by the layout and page templates.
I18N_KEYS = (
    "nav.skip", "nav.main", "footer.madeWith", "footer.search", "now.takePart", "buurt.plans", "data.title",
    "status.in-progress", "plan.proposers", "spending.refund", "video.play", "video.loadsFrom",
    "search.results", "notice.fallback", "home.lead",
)
I18N_LANGUAGES = ("nl", "ar")


@dataclass(frozen=True)
class SiteSpec:
    """What goes into an attack's site. Everything not set is ordinary, clean content."""

    text_payload: str | None = None  # every text field starts with it
    i18n_payload: str | None = None  # the overridden interface strings are it (default: text_payload)
    url_payload: str | None = None  # goes into the fields named in url_fields
    url_fields: tuple[str, ...] = ()
    markdown_block: str | None = None  # appended to every Markdown body; FIELD_PLACEHOLDER names it
    unsafe: bool = False
    base_url: str | None = None  # baseURL in site.yaml
    cli_base_url: str | None = None  # --base-url
    clean_files: tuple[str, ...] = ()  # site files written without payloads (the build rejected them)


def tag(field_id: str) -> str:
    """The marker every text value ends with, naming its field: ⟦plan.title⟧."""
    return f"⟦{field_id}⟧"


def text_value(spec: SiteSpec, field_id: str) -> str:
    if spec.text_payload is None:
        return f"Gewone tekst {tag(field_id)}"
    return f"{spec.text_payload} {tag(field_id)}"


def i18n_value(spec: SiteSpec, field_id: str) -> str:
    payload = spec.i18n_payload if spec.i18n_payload is not None else spec.text_payload
    return f"Gewone tekst {tag(field_id)}" if payload is None else f"{payload} {tag(field_id)}"


def y(value: str) -> str:
    """A YAML double-quoted scalar (JSON's escapes are YAML's), so any character can be written."""
    return json.dumps(value, ensure_ascii=True)


def y_text(spec: SiteSpec, field_id: str) -> str:
    return y(text_value(spec, field_id))


def y_per_language(spec: SiteSpec, field_id: str) -> str:
    """A text written per language: {nl: …, en: …, ar: …}."""
    value = y_text(spec, field_id)
    return "{" + ", ".join(f"{code}: {value}" for code in LANGUAGES) + "}"


def url_value(spec: SiteSpec, field_id: str, clean: str) -> str:
    return spec.url_payload if field_id in spec.url_fields and spec.url_payload is not None else clean


def markdown_body(spec: SiteSpec, field_id: str, with_media: bool = True) -> str:
    """A Markdown body with the text payload in a paragraph, a heading, a link text and an image alt."""
    value = text_value(spec, field_id)
    parts = [
        value,
        f"## {text_value(spec, field_id + '.heading')}",
        f"Een [{text_value(spec, field_id + '.link')}](https://example.org/) in een zin.",
    ]
    if with_media:
        parts.append(f"![{text_value(spec, field_id + '.alt')}](media/foto.jpg)")
    if spec.markdown_block is not None:
        parts.append(spec.markdown_block.replace(FIELD_PLACEHOLDER, field_id))
    return "\n\n".join(parts) + "\n"


def front_matter(fields: list[str], body: str) -> str:
    return "---\n" + "\n".join(fields) + "\n---\n" + body


def site_yaml(spec: SiteSpec) -> str:
    lines = [
        f"title: {y_per_language(spec, 'site.title')}",
        "defaultLanguage: nl",
        "languages:",
        "  - {code: nl, name: Nederlands}",
        f"  - {{code: en, name: {y_text(spec, 'site.language.name')}}}",
        "  - {code: ar, name: العربية, dir: rtl}",
        "currency: EUR",
        f"markdown: {{unsafe: {'true' if spec.unsafe else 'false'}}}",
        f"notice: {y_per_language(spec, 'site.notice')}",
    ]
    if spec.base_url is not None:
        lines.append(f"baseURL: {y(spec.base_url)}")
    return "\n".join(lines) + "\n"


def buurt_yaml(spec: SiteSpec) -> str:
    return "\n".join([
        f"name: {y_text(spec, 'buurt.name')}",
        f"district: {y_text(spec, 'buurt.district')}",
        "budget: 100000",
        "model: challenge",
        f"summary: {y_per_language(spec, 'buurt.summary')}",
        f"organiser: {y_per_language(spec, 'buurt.organiser')}",
        "votingAge: 12",
        "phases:",
        f"  - {{title: {y_per_language(spec, 'buurt.phase.title')}, start: 2021-01-01, end: 2021-03-31}}",
        f"  - {{title: {y_text(spec, 'buurt.phase.title2')}, start: 2021-04-01}}",
        "contact:",
        f"  email: {y(url_value(spec, 'buurt.contact.email', 'wijk@example.org'))}",
        f"  website: {y(url_value(spec, 'buurt.contact.website', 'https://example.org/wijk'))}",
    ]) + "\n"


def themes_yaml(spec: SiteSpec) -> str:
    return "\n".join([
        "- slug: groen",
        f"  title: {y_per_language(spec, 'theme.title')}",
        f"  description: {y_per_language(spec, 'theme.description')}",
        "  budget: 60000",
        "- slug: jeugd",
        f"  title: {y_text(spec, 'theme.title2')}",
        f"  description: {y_text(spec, 'theme.description2')}",
        "  budget: 40000",
    ]) + "\n"


def plan_files(spec: SiteSpec) -> dict[str, str]:
    plein = front_matter([
        f"title: {y_text(spec, 'plan.title')}",
        f"summary: {y_per_language(spec, 'plan.summary')}",
        "theme: groen",
        "status: in-progress",
        "requested: 25000",
        "awarded: 20000",
        f"proposers: [{y_text(spec, 'plan.proposers')}]",
        "submitted: 2021-01-15",
        "milestones:",
        f"  - {{date: 2021-05-01, title: {y_per_language(spec, 'plan.milestone.title')}, done: true}}",
        f"  - {{date: 2021-09-01, title: {y_text(spec, 'plan.milestone.title2')}, done: false}}",
    ], markdown_body(spec, "plan.body"))
    plein_en = front_matter([f"title: {y_text(spec, 'plan.en.title')}"], markdown_body(spec, "plan.en.body"))
    tuin = front_matter([
        f"title: {y_text(spec, 'plan.title2')}",
        "theme: groen",
        "status: selected",
        "requested: 12000",
        "awarded: 10000",
        f"proposers: [{y_text(spec, 'plan.proposers2')}]",
    ], markdown_body(spec, "plan.body2"))
    feest = front_matter([
        f"title: {y_text(spec, 'plan.title3')}",
        "theme: jeugd",
        "status: submitted",
        "requested: 5000",
    ], markdown_body(spec, "plan.body3"))
    return {"plein.md": plein, "plein.en.md": plein_en, "tuin.md": tuin, "feest.md": feest}


def update_files(spec: SiteSpec) -> dict[str, str]:
    nieuws = front_matter([
        f"title: {y_text(spec, 'update.title')}",
        "date: 2021-05-02",
        "plan: plein",
    ], markdown_body(spec, "update.body"))
    nieuws_ar = front_matter([f"title: {y_text(spec, 'update.ar.title')}"], markdown_body(spec, "update.ar.body"))
    return {"nieuws.md": nieuws, "nieuws.ar.md": nieuws_ar}


def votes_yaml(spec: SiteSpec) -> str:
    return "\n".join([
        f"- round: {y_per_language(spec, 'vote.round')}",
        "  date: 2021-03-20",
        "  voters: 300",
        "  eligible: 2000",
        "  ballots: stemmen.csv",
        f"  method: {y_per_language(spec, 'vote.method')}",
        "  results:",
        "    plein: {online: 120, inPerson: 40}",
        "    tuin: 90",
        "    feest: 50",
    ]) + "\n"


def ballots_csv() -> str:
    """One ballot a voter, adding up to the results above: 160 for plein, 90 for tuin, 50 for feest."""
    plans = ["plein"] * 160 + ["tuin"] * 90 + ["feest"] * 50
    return "voter,plans\n" + "".join(f"{number},{plan}\n" for number, plan in enumerate(plans, 1))


def csv_text(value: str) -> str:
    """A CSV text cell, always quoted: a spreadsheet export keeps leading tabs and bare CRs so."""
    return '"' + value.replace('"', '""') + '"'


def spending_csv(spec: SiteSpec) -> str:
    rows = [
        ("2021-05-10", "plein", "spending.description", "1500.00", "spending.supplier"),
        ("2021-03-01", "", "spending.description2", "250.00", "spending.supplier2"),
        ("2021-06-01", "plein", "spending.description3", "-100.00", "spending.supplier3"),  # a refund
    ]
    lines = ["date,plan,description,amount,supplier"]
    for date, plan, description, amount, supplier in rows:
        lines.append(",".join([date, plan, csv_text(text_value(spec, description)), amount,
                               csv_text(text_value(spec, supplier))]))
    return "\n".join(lines) + "\n"


def videos_yaml(spec: SiteSpec) -> str:
    return "\n".join([
        "- slug: film",
        f"  title: {y_per_language(spec, 'video.title')}",
        "  date: 2021-05-20",
        "  source: media/film.mp4",
        '  duration: "1:05"',
        "  poster: media/film.jpg",
        "  transcript: {nl: media/film.nl.md}",
        "  captions: {nl: media/film.nl.vtt, en: media/film.en.vtt}",
        f"  description: {y_per_language(spec, 'video.description')}",
        "  plans: [plein]",
        "- slug: hosted",
        f"  title: {y_text(spec, 'video.title2')}",
        "  date: 2021-06-20",
        f"  source: {y(url_value(spec, 'video.source', 'https://www.youtube.com/watch?v=abcdefghijk'))}",
        "  poster: media/hosted.jpg",
        f"  description: {y_text(spec, 'video.description2')}",
        "  plans: [tuin]",
        "- slug: vimeo",
        f"  title: {y_text(spec, 'video.title3')}",
        "  date: 2021-07-20",
        "  source: https://vimeo.com/76979871",
        "  poster: media/hosted.jpg",
        "  language: en",
    ]) + "\n"


def i18n_yaml(spec: SiteSpec, language: str) -> str:
    return "".join(f"{key}: {y(i18n_value(spec, f'i18n.{language}.{key}'))}\n" for key in I18N_KEYS)


def site_files(spec: SiteSpec) -> dict[str, str | bytes]:
    """Every file of the attack's site, by path below the site folder."""
    buurt = f"content/buurten/{BUURT}"
    files: dict[str, str | bytes] = {
        "content/site.yaml": site_yaml(spec),
        f"{buurt}/buurt.yaml": buurt_yaml(spec),
        f"{buurt}/themes.yaml": themes_yaml(spec),
        f"{buurt}/index.md": front_matter([f"title: {y_text(spec, 'buurt.intro.title')}"],
                                          markdown_body(spec, "buurt.intro.body")),
        f"{buurt}/index.en.md": front_matter([f"title: {y_text(spec, 'buurt.intro.en.title')}"],
                                             markdown_body(spec, "buurt.intro.en.body")),
        f"{buurt}/index.ar.md": front_matter([f"title: {y_text(spec, 'buurt.intro.ar.title')}"],
                                             markdown_body(spec, "buurt.intro.ar.body")),
        f"{buurt}/votes.yaml": votes_yaml(spec),
        f"{buurt}/stemmen.csv": ballots_csv(),
        f"{buurt}/spending.csv": spending_csv(spec),
        f"{buurt}/videos.yaml": videos_yaml(spec),
        f"{buurt}/media/foto.jpg": b"a picture stand-in\n",
        f"{buurt}/media/film.jpg": b"a poster stand-in\n",
        f"{buurt}/media/hosted.jpg": b"a poster stand-in\n",
        f"{buurt}/media/film.mp4": b"a video stand-in\n",
        f"{buurt}/media/film.nl.vtt": "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nDe film.\n",
        f"{buurt}/media/film.en.vtt": "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nThe film.\n",
        f"{buurt}/media/film.nl.md": markdown_body(spec, "video.transcript", with_media=False),
        "content/pages/over.md": front_matter([
            f"title: {y_per_language(spec, 'page.title')}",
            f"description: {y_per_language(spec, 'page.description')}",
        ], markdown_body(spec, "page.body", with_media=False)),
        "content/pages/over.en.md": front_matter([f"title: {y_text(spec, 'page.en.title')}"],
                                                 markdown_body(spec, "page.en.body", with_media=False)),
    }
    for name, text in plan_files(spec).items():
        files[f"{buurt}/plans/{name}"] = text
    for name, text in update_files(spec).items():
        files[f"{buurt}/updates/{name}"] = text
    for language in I18N_LANGUAGES:
        files[f"content/i18n/{language}.yaml"] = i18n_yaml(spec, language)
    return files


def clean_spec(spec: SiteSpec) -> SiteSpec:
    """The same site settings with clean content."""
    return SiteSpec(unsafe=spec.unsafe, base_url=spec.base_url, cli_base_url=spec.cli_base_url)


def fields_in_files(spec: SiteSpec, files: tuple[str, ...]) -> set[str]:
    written = site_files(spec)
    return {tag_name for file in files for tag_name in fields_in(str(written.get(file, "")))}


def write_site(folder: Path, spec: SiteSpec) -> None:
    files = site_files(spec)
    if spec.clean_files:
        clean = site_files(clean_spec(spec))
        files.update({file: clean[file] for file in spec.clean_files if file in clean})
    for relative, content in files.items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_bytes(content.encode("utf-8"))


def line_of(folder: Path, relative: str, needle: str) -> int | None:
    """The 1-based line of the site file `relative` that contains `needle`."""
    text = (folder / relative).read_text(encoding="utf-8")
    for number, line in enumerate(text.split("\n"), start=1):
        if needle in line:
            return number
    return None


# --------------------------------------------------------------------------------------------------
# Violations and where they came from
# --------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Violation:
    file: str  # the output file, or "(build)" for the build's own outcome
    field: str  # the field tag(s) the offending text carries or is next to, or "?"
    kind: str  # a short class: event-handler, url-scheme, script, element, json-ld, …
    detail: str
    example: str = dataclass_field(default="", compare=False)  # one offending value, for the report


# Where a URL in the output came from, when no tag can say so (a URL field holds only the URL):
# (the value as written in content, the field), e.g. ("javascript:alert(1)", "buurt.contact.website").
UrlOwners = tuple[tuple[str, str], ...]


def url_owner(value: str, owners: UrlOwners) -> str | None:
    return next((owner for written, owner in owners if written and value.startswith(written)), None)


TAG_PATTERN = re.compile(r"⟦([^⟧]{1,80})⟧")


def fields_in(text: str | None) -> list[str]:
    return list(dict.fromkeys(TAG_PATTERN.findall(text or "")))


def field_label(text: str | None) -> str:
    return ", ".join(fields_in(text)) or "?"


def field_after(text: str, position: int) -> str:
    """The first field tag at or after `position` in a raw text: the field a character belongs to."""
    match = TAG_PATTERN.search(text, position)
    return match.group(1) if match else "?"


INVISIBLE = re.compile("[\x00-\x1f\x7f\u202a-\u202e\u2066-\u2069\ufffe\uffff]")


def shorten(text: str, limit: int = 140) -> str:
    """Text for the report: control and bidi characters written as escapes, at most `limit` long."""
    if INVISIBLE.search(text):
        text = text.encode("unicode_escape").decode("ascii")
    return text if len(text) <= limit else text[: limit - 1] + "…"


# Characters XML 1.0 forbids (and HTML counts as parse errors): C0 controls but tab, LF and CR,
# surrogates, U+FFFE and U+FFFF. begroot drops them from every page and feed (docs/content.md).
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def forbidden_characters(path: str, text: str) -> list[Violation]:
    found = {(f"U+{ord(match.group()):04X}", field_after(text, match.start())) for match in XML_FORBIDDEN.finditer(text)}
    return [Violation(path, where, "forbidden-character", f"{char} written into the file")
            for char, where in sorted(found)]


# --------------------------------------------------------------------------------------------------
# URLs
# --------------------------------------------------------------------------------------------------

ALLOWED_SCHEMES = {"http", "https", "mailto", "tel"}
SCHEME_PATTERN = re.compile(r"([a-z][a-z0-9+.\-]*):")


def url_scheme(value: str) -> str | None:
    """The scheme a browser sees: ASCII whitespace and control characters removed, lowercased."""
    squeezed = re.sub(r"[\x00-\x20\x7f]", "", value).lower()
    match = SCHEME_PATTERN.match(squeezed)
    return match.group(1) if match else None


def unsafe_scheme(value: str) -> str | None:
    """The scheme of `value` when it is not on the allow-list; None for allowed and relative URLs."""
    scheme = url_scheme(value)
    return scheme if scheme is not None and scheme not in ALLOWED_SCHEMES else None


def srcset_urls(value: str) -> list[str]:
    return [candidate.strip().split()[0] for candidate in value.split(",") if candidate.strip()]


# --------------------------------------------------------------------------------------------------
# HTML: pages and the HTML inside feeds
# --------------------------------------------------------------------------------------------------

URL_ATTRIBUTES = {
    "href", "src", "action", "formaction", "poster", "data", "background", "cite", "longdesc", "ping",
    "manifest", "icon", "lowsrc", "dynsrc", "codebase", "data-embed",
}
SRCSET_ATTRIBUTES = {"srcset", "imagesrcset"}
SVG_ANIMATIONS = {"animate", "set", "animatemotion", "animatetransform"}
ANIMATION_VALUE_ATTRIBUTES = {"to", "from", "by", "values"}
ALWAYS_FORBIDDEN_ELEMENTS = {"iframe", "frame", "frameset", "object", "embed", "applet", "portal", "style"}
THEME_SCRIPTS = {"assets/begroot-video.js", "assets/begroot-search.js"}
THEME_STYLESHEET = "assets/begroot.css"
VIDEO_EMBED_HOSTS = {"www.youtube-nocookie.com", "youtube-nocookie.com", "player.vimeo.com"}
META_REFRESH_URL = re.compile(r"url\s*=\s*['\"]?(.*)", re.I | re.S)


def local_name(name: str) -> str:
    """`{http://www.w3.org/1999/xlink}href` → `href`; html5lib names foreign attributes so."""
    return name.rsplit("}", 1)[-1].lower()


def parse_html(text: str):
    return html5lib.parse(text, treebuilder="etree", namespaceHTMLElements=False)


def parse_html_fragment(text: str):
    return html5lib.parseFragment(text, treebuilder="etree", namespaceHTMLElements=False)


JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
SCRIPT_DATA_BREAKERS = re.compile(r"<!--|<script|</script", re.I)


def json_string(literal: str) -> str:
    """A JSON string literal's value; the literal itself when it is not valid JSON."""
    try:
        return json.loads(literal)
    except ValueError:
        return literal


def json_ld_culprits(text: str, owners: UrlOwners = ()) -> str:
    """The fields whose JSON strings hold what changes how a browser reads script text."""
    found = [field_label(literal) if fields_in(literal) else url_owner(json_string(literal), owners) or "?"
             for literal in JSON_STRING.findall(text) if SCRIPT_DATA_BREAKERS.search(literal)]
    return ", ".join(dict.fromkeys(found))


class HtmlChecker:
    """Finds what a browser would run or load from a parsed HTML document or fragment."""

    def __init__(self, path: str, root, *, is_page: bool, owners: UrlOwners = ()):
        self.path = path
        self.root = root
        self.is_page = is_page
        self.owners = owners
        self.order = [element for element in root.iter() if isinstance(element.tag, str)]
        self.index = {id(element): number for number, element in enumerate(self.order)}
        self.parent = {id(child): parent for parent in self.order for child in parent}
        self.violations: list[Violation] = []

    # Which field an offending element came from: the first tag in it or after it, in document order.
    def field_of(self, element) -> str:
        start = self.index.get(id(element), 0)
        for candidate in self.order[start:start + 40]:
            for text in list(candidate.attrib.values()) + [candidate.text, candidate.tail]:
                tags = fields_in(text)
                if tags:
                    return tags[0]
        return "?"

    def report(self, element, kind: str, detail: str, example: str = "", owner: str | None = None) -> None:
        self.violations.append(Violation(self.path, owner or self.field_of(element), kind, detail, example))

    def ancestors(self, element) -> list[str]:
        names = []
        while id(element) in self.parent:
            element = self.parent[id(element)]
            names.append(local_name(element.tag))
        return names

    def in_head(self, element) -> bool:
        return "head" in self.ancestors(element)

    def is_theme_script(self, source: str) -> bool:
        """The theme's scripts, and on a search page the search index beside it."""
        if url_scheme(source) is not None:
            return False
        target = self.resolve(source)
        return target in THEME_SCRIPTS or (
            self.path.endswith("search/index.html") and target == posixpath.join(posixpath.dirname(self.path), "index.js"))

    def resolve(self, url: str) -> str:
        """A relative URL on this page as an output path (`../assets/x.js` → `assets/x.js`)."""
        return posixpath.normpath(posixpath.join(posixpath.dirname(self.path), url))

    def check(self) -> list[Violation]:
        for element in self.order:
            name = local_name(element.tag)
            self.check_attributes(element, name)
            self.check_element(element, name)
        if self.is_page:
            self.check_page_structure()
        return self.violations

    def check_attributes(self, element, name: str) -> None:
        for attribute, value in element.attrib.items():
            attribute = local_name(attribute)
            if attribute.startswith("on"):
                self.report(element, "event-handler", f"<{name} {attribute}=…>", shorten(value, 60))
            elif attribute in URL_ATTRIBUTES:
                self.check_url(element, name, attribute, value)
            elif attribute in SRCSET_ATTRIBUTES:
                for url in srcset_urls(value):
                    self.check_url(element, name, attribute, url)
            elif attribute in ANIMATION_VALUE_ATTRIBUTES and name in SVG_ANIMATIONS:
                for url in value.split(";"):
                    self.check_url(element, name, attribute, url)
            elif attribute == "content" and name == "meta" and META_REFRESH_URL.search(value):
                self.check_url(element, name, attribute, META_REFRESH_URL.search(value).group(1))
            elif attribute == "style":
                squeezed = re.sub(r"[\x00-\x20]", "", value).lower()
                if "url(" in squeezed or "expression(" in squeezed or "javascript:" in squeezed:
                    self.report(element, "style-attribute", f"<{name} style=…> loads or runs something", shorten(value, 60))
            elif attribute == "srcdoc":
                self.report(element, "srcdoc", f"<{name} srcdoc=…>", shorten(value, 60))

    def check_url(self, element, name: str, attribute: str, value: str) -> None:
        scheme = unsafe_scheme(value)
        owner = url_owner(value, self.owners)
        if scheme is not None:
            self.report(element, "url-scheme", f"<{name} {attribute}=…> has scheme '{scheme}:'", shorten(value, 70), owner)
        elif attribute == "data-embed":
            host = re.sub(r"^https://([^/?#]+).*", r"\1", value, flags=re.S)
            if not value.startswith("https://") or host not in VIDEO_EMBED_HOSTS:
                self.report(element, "video-embed", "data-embed=… is not a privacy-safe player", shorten(value, 70), owner)

    def check_element(self, element, name: str) -> None:
        if name == "script":
            self.check_script(element)
        elif name in ALWAYS_FORBIDDEN_ELEMENTS:
            self.report(element, "element", f"<{name}> element", shorten("".join(element.itertext()), 60))
        elif name == "base":
            # The theme's own: in <head>, an http(s) address (the baseURL, on the 404 pages).
            if not (self.is_page and self.in_head(element) and url_scheme(element.get("href") or "") in {"http", "https"}):
                self.report(element, "element", "<base> element", element.get("href") or "",
                            url_owner(element.get("href") or "", self.owners))
        elif name == "form":
            if not self.is_theme_search_form(element):
                self.report(element, "element", "<form> element", element.get("action") or "")
        elif name == "meta" and element.get("http-equiv") is not None:
            self.report(element, "element", "<meta http-equiv> element", element.get("http-equiv") or "")
        elif name == "link":
            self.check_link(element)

    def is_theme_search_form(self, form) -> bool:
        """The theme's own search forms: the search page's, and the header's on every page. Each sends
        a GET to a language's search page (`search/index.html` or `<lang>/search/index.html`)."""
        action = form.get("action") or ""
        if not self.is_page or url_scheme(action) or action.startswith("/"):
            return False
        target = self.resolve(action)
        return (re.fullmatch(r"([a-z]{2,3}(-[A-Za-z0-9]+)*/)?search/index\.html", target) is not None
                and (form.get("method") or "").lower() == "get" and form.get("role") == "search"
                and bool({"search", "header-search"} & set((form.get("class") or "").split())))

    def check_link(self, link) -> None:
        rel = (link.get("rel") or "").lower().split()
        if not (self.is_page and self.in_head(link)):
            self.report(link, "element", "<link> outside <head>", link.get("rel") or "")
        elif "stylesheet" in rel and self.resolve(link.get("href") or "") != THEME_STYLESHEET:
            self.report(link, "element", "<link rel=stylesheet> that is not the theme's", link.get("href") or "")
        elif not set(rel) <= {"stylesheet", "alternate", "canonical"}:
            self.report(link, "element", "<link> of an unknown kind", link.get("rel") or "")

    def check_script(self, script) -> None:
        kind = (script.get("type") or "").strip().lower()
        source = script.get("src")
        if "svg" in self.ancestors(script) or "math" in self.ancestors(script):
            self.report(script, "script", "<script> inside <svg>/<math>", shorten(script.text or "", 60))
        elif self.is_page and kind == "application/ld+json" and source is None:
            self.check_json_ld(script)
        elif (self.is_page and source is not None and not (script.text or "").strip() and self.in_head(script)
              and self.is_theme_script(source)):
            return
        else:
            self.report(script, "script", "a <script> that is neither JSON-LD nor the theme's",
                        f"type={kind!r} src={source!r} {shorten((script.text or '').strip(), 60)!r}")

    def check_json_ld(self, script) -> None:
        text = script.text or ""
        try:
            json.loads(text)
        except ValueError as error:
            self.violations.append(Violation(self.path, json_ld_culprits(text, self.owners) or field_after(text, error.pos), "json-ld",
                                             f"JSON-LD does not parse: {error.msg}"))
        for literal in JSON_STRING.findall(text):
            raw = "".join(char for char in "<>&" if char in literal)
            if raw:
                owner = url_owner(json_string(literal), self.owners) if not fields_in(literal) else None
                where = field_label(literal) if fields_in(literal) else owner or "(begroot's own value)"
                self.violations.append(Violation(self.path, where, "json-ld-escaping",
                                                 f"raw {raw} in a JSON-LD string (spec §11: JSON in a page escapes <, > and &)",
                                                 shorten(literal, 80)))

    def check_page_structure(self) -> None:
        """The page a browser builds still has its main content and footer: nothing swallowed them."""
        mains = [element for element in self.order if element.tag == "main"]
        culprits = ", ".join(filter(None, (json_ld_culprits(e.text or "", self.owners)
                                           for e in self.order if e.tag == "script"))) or "?"
        if len(mains) != 1 or not any(element.tag == "h1" for element in mains[0].iter()):
            self.violations.append(Violation(self.path, culprits, "page-swallowed",
                                             f"{len(mains)} <main> element(s), or no <h1> in it: the page was swallowed"))
        if not any(element.tag == "footer" for element in self.order):
            self.violations.append(Violation(self.path, culprits, "page-swallowed", "no <footer>: the end of the page was swallowed"))


def check_html_page(path: str, text: str, owners: UrlOwners) -> list[Violation]:
    return forbidden_characters(path, text) + HtmlChecker(path, parse_html(text), is_page=True, owners=owners).check()


def check_html_fragment(path: str, text: str, owners: UrlOwners) -> list[Violation]:
    return HtmlChecker(path, parse_html_fragment(text), is_page=False, owners=owners).check()


# --------------------------------------------------------------------------------------------------
# XML, JSON, the search index, CSV, Pabulib, robots.txt
# --------------------------------------------------------------------------------------------------

ATOM = "{http://www.w3.org/2005/Atom}"
XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"
XML_URL_TEXT_ELEMENTS = {"loc", "uri", "icon", "logo"}
XML_ID_SCHEMES = ALLOWED_SCHEMES | {"urn", "tag"}


def strict_xml_parser():
    return etree.XMLParser(resolve_entities=False, no_network=True, recover=False, huge_tree=False)


def check_xml(path: str, data: bytes, owners: UrlOwners) -> list[Violation]:
    text = data.decode("utf-8", errors="replace")
    violations = forbidden_characters(path, text)
    try:
        root = etree.fromstring(data, strict_xml_parser())
    except etree.XMLSyntaxError as error:
        lines = text.split("\n")
        line = lines[error.lineno - 1] if error.lineno and error.lineno <= len(lines) else ""
        return violations + [Violation(path, field_label(line), "xml-parse", f"not well-formed XML: {error.msg}")]
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        name = etree.QName(element).localname
        for attribute, value in element.attrib.items():
            if local_name(attribute) in {"href", "src"} or attribute == XML_BASE:
                scheme = unsafe_scheme(value)
                if scheme is not None:
                    violations.append(Violation(path, url_owner(value, owners) or "?", "url-scheme",
                                                f"<{name} {local_name(attribute)}=…> has scheme '{scheme}:'", shorten(value, 70)))
        content = element.text or ""
        if (name in XML_URL_TEXT_ELEMENTS and unsafe_scheme(content)) or (name == "id" and url_scheme(content) not in XML_ID_SCHEMES):
            violations.append(Violation(path, url_owner(content, owners) or "?", "url-scheme",
                                        f"<{name}> holds an address with scheme '{url_scheme(content)}:'", shorten(content, 70)))
        if element.tag in {ATOM + "content", ATOM + "summary", ATOM + "title"} and element.get("type") == "html":
            violations += check_html_fragment(f"{path} <{name} type=html>", element.text or "", owners)
    return violations


def urls_in_json(value, key: str = "") -> list[tuple[str, str]]:
    """(key, value) of every string under a key that names an address (url, embedUrl, website …)."""
    if isinstance(value, dict):
        return [found for child_key, child in value.items() for found in urls_in_json(child, child_key)]
    if isinstance(value, list):
        return [found for child in value for found in urls_in_json(child, key)]
    if isinstance(value, str) and (key.lower().endswith("url") or key.lower() in {"website", "href", "u"}):
        return [(key, value)]
    return []


def check_json_value(path: str, value, owners: UrlOwners) -> list[Violation]:
    return [Violation(path, url_owner(url, owners) or field_label(url), "url-scheme",
                      f"\"{key}\" has scheme '{unsafe_scheme(url)}:'", shorten(url, 70))
            for key, url in urls_in_json(value) if unsafe_scheme(url) is not None]


def check_json(path: str, data: bytes, owners: UrlOwners) -> list[Violation]:
    try:
        value = json.loads(data.decode("utf-8"))
    except ValueError as error:
        return [Violation(path, "?", "json-parse", f"does not parse: {error}")]
    return check_json_value(path, value, owners)


SEARCH_INDEX = re.compile(r"window\.begrootSearchIndex = (.*);\nwindow\.begrootSearchLanguages = (.*);\n?", re.S)


def check_search_index(path: str, data: bytes, owners: UrlOwners) -> list[Violation]:
    """search/index.js is `window.begrootSearchIndex = [JSON];` and `window.begrootSearchLanguages =
    {JSON};` (the names of other languages shown), one line each, nothing else."""
    text = data.decode("utf-8")
    match = SEARCH_INDEX.fullmatch(text)
    if match is None:
        return [Violation(path, "?", "search-index", f"not two assignments of JSON: starts {shorten(text, 60)!r}")]
    values = []
    for group in (1, 2):
        try:
            values.append(json.loads(match.group(group)))
        except ValueError as error:
            return [Violation(path, field_after(text, match.start(group) + error.pos), "search-index", f"the index is not JSON: {error}")]
    return check_json_value(path, values[0], owners) + check_json_value(path, values[1], owners)


NUMERIC_COLUMNS = {"amount", "requested", "awarded", "spent", "progress", "budget", "votes", "voters", "eligible", "cost"}
NUMBER = re.compile(r"-?\d+(\.\d+)?")
FORMULA_STARTERS = ("=", "+", "-", "@", "\t", "\r")


def check_csv(path: str, data: bytes) -> list[Violation]:
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    if not rows:
        return [Violation(path, "?", "csv-shape", "empty file")]
    header, violations = rows[0], []
    for number, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            violations.append(Violation(path, field_label(",".join(row)), "csv-shape",
                                        f"row {number} has {len(row)} cells, the header {len(header)}"))
        for column, cell in zip(header, row):
            if column.lower() in NUMERIC_COLUMNS and NUMBER.fullmatch(cell):
                continue
            if cell.startswith(FORMULA_STARTERS):
                violations.append(Violation(path, field_label(cell), "csv-formula",
                                            f"a text cell in column '{column}' starts a formula with {cell[0]!r}"))
    return violations


PABULIB_SECTIONS = {"META", "PROJECTS", "VOTES"}
CONTROL_CHARACTER = re.compile("[\x00-\x08\x0a-\x1f\x7f]")  # a tab is only white space between ';'s


def check_pabulib(path: str, data: bytes) -> list[Violation]:
    """Every physical line is one whole row of its section (as long as the section's header), no cell
    holds a line break or another control character but tab: line-based readers of the format must
    see what csv readers see."""
    text = data.decode("utf-8")
    violations, header, section = [], None, None
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for number, line in enumerate(lines, start=1):
        if line in PABULIB_SECTIONS:
            section, header = line, None
            continue
        if section is None:
            violations.append(Violation(path, field_label(line), "pabulib-shape", f"line {number} is outside a section"))
            continue
        row = next(csv.reader([line], delimiter=";"), [])
        if header is None:
            header = row
            continue
        if len(row) != len(header):
            violations.append(Violation(path, field_label(line), "pabulib-shape",
                                        f"line {number} in {section} has {len(row)} fields, the header {len(header)}: {shorten(line, 60)!r}"))
        for cell in row:
            if CONTROL_CHARACTER.search(cell):
                control = ", ".join(sorted({f"U+{ord(c):04X}" for c in CONTROL_CHARACTER.findall(cell)}))
                violations.append(Violation(path, field_label(cell), "pabulib-control",
                                            f"a cell in {section} holds control characters {control}"))
    return violations


def check_robots(path: str, data: bytes, owners: UrlOwners) -> list[Violation]:
    """begroot's robots.txt: `User-agent: *`, `Allow: /` and one `Sitemap:` with an http(s) address."""
    lines = [line for line in data.decode("utf-8").split("\n") if line.strip() and not line.startswith("#")]
    sitemaps = [line for line in lines if line.startswith("Sitemap: ")]
    others = [line for line in lines if not line.startswith("Sitemap: ")]
    violations, owner = [], next((owner for _, owner in owners), "site.baseURL")
    if others != ["User-agent: *", "Allow: /"]:
        violations.append(Violation(path, owner, "robots", "directives besides 'User-agent: *' and 'Allow: /'",
                                    shorten(" | ".join(others), 100)))
    if len(sitemaps) > 1 or any(url_scheme(line[9:]) not in {"http", "https"} or re.search(r"\s", line[9:]) for line in sitemaps):
        violations.append(Violation(path, owner, "robots", "not one Sitemap: line with an http(s) address",
                                    shorten(" | ".join(sitemaps), 100)))
    return violations


def check_output_file(path: str, data: bytes, owners: UrlOwners) -> list[Violation] | None:
    """The checks for one file the build wrote, by its kind; None for a kind this test does not know."""
    if path.endswith(".html"):
        return check_html_page(path, data.decode("utf-8", errors="replace"), owners)
    if path.endswith(".xml"):
        return check_xml(path, data, owners)
    if path.endswith((".json", ".geojson")):
        return check_json(path, data, owners)
    if path.endswith("search/index.js"):
        return check_search_index(path, data, owners)
    if path.startswith("data/") and path.endswith(".csv"):
        return check_csv(path, data)
    if path.endswith(".pb"):
        return check_pabulib(path, data)
    if path == "robots.txt":
        return check_robots(path, data, owners)
    return None


def is_copied_as_is(path: str) -> bool:
    """Files begroot copies without reading them as text of the portal: theme assets, buurt media."""
    return path.startswith("assets/") or "/media/" in f"/{path}" or path == ".begroot-output"


def check_output(folder: Path, owners: UrlOwners) -> tuple[list[Violation], list[str]]:
    """Every file below the build's output folder; returns the violations and the files not checked."""
    violations, unchecked = [], []
    for file in sorted(folder.rglob("*")):
        if not file.is_file():
            continue
        path = file.relative_to(folder).as_posix()
        if is_copied_as_is(path):
            continue
        found = check_output_file(path, file.read_bytes(), owners)
        if found is None:
            unchecked.append(path)
        else:
            violations += found
    return violations, unchecked


# --------------------------------------------------------------------------------------------------
# The payload shows, as text, where it should: proof that each field is exercised and escaped
# --------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Shown:
    field: str
    file: str
    where: str  # text: in the page's visible text; attribute: in an attribute value; tag: the tag is in the file's data


SHOWN = [
    Shown("site.title", "index.html", "text"),
    Shown("site.notice", "index.html", "text"),
    Shown("site.language.name", "index.html", "text"),
    Shown("buurt.name", f"{BUURT}/index.html", "text"),
    Shown("buurt.district", f"{BUURT}/index.html", "text"),
    Shown("buurt.summary", f"{BUURT}/index.html", "text"),
    Shown("buurt.organiser", f"{BUURT}/index.html", "text"),
    Shown("buurt.phase.title", f"{BUURT}/index.html", "text"),
    Shown("theme.title", f"{BUURT}/themes/groen/index.html", "text"),
    Shown("theme.description", f"{BUURT}/themes/groen/index.html", "text"),
    Shown("plan.title", f"{BUURT}/plans/plein/index.html", "text"),
    Shown("plan.en.title", f"en/{BUURT}/plans/plein/index.html", "text"),
    Shown("plan.summary", f"{BUURT}/plans/plein/index.html", "attribute"),
    Shown("plan.proposers", f"{BUURT}/plans/plein/index.html", "text"),
    Shown("plan.milestone.title", f"{BUURT}/plans/plein/index.html", "text"),
    Shown("update.title", f"{BUURT}/updates/nieuws/index.html", "text"),
    Shown("update.ar.title", f"ar/{BUURT}/updates/nieuws/index.html", "text"),
    Shown("vote.round", f"{BUURT}/votes/index.html", "text"),
    Shown("vote.method", f"{BUURT}/votes/index.html", "text"),
    Shown("spending.description", f"{BUURT}/spending/index.html", "text"),
    Shown("spending.supplier", f"{BUURT}/spending/index.html", "text"),
    Shown("video.title", f"{BUURT}/videos/index.html", "text"),
    Shown("video.description", f"{BUURT}/videos/index.html", "text"),
    Shown("page.title", "over/index.html", "text"),
    Shown("page.description", "over/index.html", "attribute"),
    Shown("i18n.nl.nav.skip", "index.html", "text"),
    Shown("i18n.nl.nav.main", "index.html", "attribute"),
    Shown("i18n.nl.footer.madeWith", "index.html", "text"),
    Shown("i18n.nl.home.lead", "index.html", "text"),
    Shown("i18n.nl.now.takePart", f"{BUURT}/index.html", "text"),
    Shown("i18n.nl.data.title", "data/index.html", "text"),
    Shown("i18n.nl.status.in-progress", f"{BUURT}/plans/plein/index.html", "text"),
    Shown("i18n.nl.search.results", "search/index.html", "attribute"),
    Shown("i18n.ar.nav.skip", "ar/index.html", "text"),
    Shown("i18n.ar.footer.madeWith", "ar/index.html", "text"),
    Shown("update.title", "feed.xml", "tag"),
    Shown("update.ar.title", "ar/feed.xml", "tag"),
    Shown("plan.title", "data/wijk-plans.csv", "tag"),
    Shown("plan.proposers", "data/wijk-plans.csv", "tag"),
    Shown("spending.description", "data/wijk-spending.csv", "tag"),
    Shown("vote.round", "data/wijk-vote-1.pb", "tag"),
    Shown("vote.method", "data/wijk-vote-1.pb", "tag"),
    Shown("plan.title", "search/index.js", "tag"),
    Shown("buurt.name", "data/buurten.json", "tag"),
]


def value_of(spec: SiteSpec, field_id: str) -> str:
    return i18n_value(spec, field_id) if field_id.startswith("i18n.") else text_value(spec, field_id)


def normalized(text: str) -> str:
    """Text as compared: without the characters XML forbids (begroot drops them), line ends and
    runs of white space as one space (as HTML shows them)."""
    text = XML_FORBIDDEN.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    return re.sub(r"\s+", " ", text).strip()


def page_texts(root) -> tuple[str, list[str]]:
    body = root.find("body")
    text = "".join(body.itertext()) if body is not None else ""
    attributes = [value for element in root.iter() if isinstance(element.tag, str) for value in element.attrib.values()]
    return normalized(text), [normalized(value) for value in attributes]


def check_shown(folder: Path, spec: SiteSpec) -> list[Violation]:
    violations, pages = [], {}
    cleaned = fields_in_files(spec, spec.clean_files)
    for shown in SHOWN:
        if shown.field in cleaned:
            continue
        file = folder / shown.file
        if not file.is_file():
            violations.append(Violation(shown.file, shown.field, "not-shown", "the file was not written"))
            continue
        if shown.where == "tag":
            if tag(shown.field) not in file.read_text(encoding="utf-8", errors="replace"):
                violations.append(Violation(shown.file, shown.field, "not-shown", f"{tag(shown.field)} is not in the file"))
            continue
        if shown.file not in pages:
            pages[shown.file] = page_texts(parse_html(file.read_text(encoding="utf-8", errors="replace")))
        text, attributes = pages[shown.file]
        expected = normalized(value_of(spec, shown.field))
        found = expected in text if shown.where == "text" else any(expected in value for value in attributes)
        if not found:
            where = "the page's text" if shown.where == "text" else "any attribute"
            violations.append(Violation(shown.file, shown.field, "not-shown",
                                        f"the field's value is not in {where}: read as markup or template code, or not shown"))
    return violations


# --------------------------------------------------------------------------------------------------
# Attacks
# --------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Attack:
    name: str
    spec: SiteSpec
    # The URL field (a URL_FIELD_LOCATIONS key, or CLI_BASE_URL) whose payload may be rejected with
    # an error instead of building; None: the content must build.
    error_field: str | None = None


URL_FIELD_LOCATIONS = {  # field: (site file, text that starts the field's line)
    "buurt.contact.website": (f"content/buurten/{BUURT}/buurt.yaml", "  website: "),
    "buurt.contact.email": (f"content/buurten/{BUURT}/buurt.yaml", "  email: "),
    "video.source": (f"content/buurten/{BUURT}/videos.yaml", '  source: "'),
    "site.baseURL": ("content/site.yaml", "baseURL: "),
}
CLI_BASE_URL = "--base-url"
YAML_URL_FIELDS = ("buurt.contact.website", "buurt.contact.email", "video.source")


def markdown_links(url: str) -> str:
    """The URL as every kind of Markdown link and image, each text tagged with its kind."""
    f = FIELD_PLACEHOLDER
    return "\n\n".join([
        f"[link ⟦{f}.md-link⟧]({url})",
        f"[angle link ⟦{f}.md-angle-link⟧](<{url}>)",
        f"![image ⟦{f}.md-image⟧]({url})",
        f"![angle image ⟦{f}.md-angle-image⟧](<{url}>)",
        f"An autolink <{url}> ⟦{f}.md-autolink⟧",
        f"[reference ⟦{f}.md-reference⟧][hostile]\n\n[hostile]: <{url}>",
    ])


def raw_links(url: str) -> str:
    f, quoted = FIELD_PLACEHOLDER, url.replace('"', "&quot;")
    return (f'<p><a href="{quoted}">raw link ⟦{f}.raw-link⟧</a> '
            f'<img src="{quoted}" alt="raw image ⟦{f}.raw-image⟧"></p>')


def raw_html_block(snippet: str) -> str:
    """The snippet as an HTML block of its own and inline in a paragraph."""
    f = FIELD_PLACEHOLDER
    return f"{snippet} ⟦{f}.raw-block⟧\n\nInline {snippet} ⟦{f}.raw-inline⟧ in a sentence."


def all_attacks() -> list[Attack]:
    attacks = [
        Attack("baseline/no-base-url", SiteSpec()),
        Attack("baseline/base-url", SiteSpec(base_url=VALID_BASE_URL)),
        Attack("baseline/cli-base-url", SiteSpec(cli_base_url=VALID_BASE_URL)),
    ]
    for name, payload in TEXT_PAYLOADS.items():
        attacks.append(Attack(f"text/{name}", SiteSpec(text_payload=payload, base_url=VALID_BASE_URL)))
    for name in ("script-tag", "comment-then-script", "noncharacters", "control-characters"):
        attacks.append(Attack(f"text/{name}/no-base-url", SiteSpec(text_payload=TEXT_PAYLOADS[name])))
    for name, i18n in {"triple-stache": "{{{siteTitle}}} {{{description}}} {{{title}}}",
                       "partial": "{{>partials/video}}"}.items():
        attacks.append(Attack(f"template-code/{name}", SiteSpec(
            text_payload="<img src=x onerror=alert(1)>", i18n_payload=i18n, base_url=VALID_BASE_URL)))
    for name, url in URL_PAYLOADS.items():
        for field_id in YAML_URL_FIELDS:  # one field a build, so that each finding names its field
            attacks.append(Attack(f"url-field/{field_id}/{name}", SiteSpec(url_payload=url, url_fields=(field_id,)),
                                  error_field=field_id))
        attacks.append(Attack(f"markdown-url/{name}", SiteSpec(markdown_block=markdown_links(url))))
        attacks.append(Attack(f"raw-url/{name}", SiteSpec(markdown_block=markdown_links(url) + "\n\n" + raw_links(url),
                                                          unsafe=True)))
    for name, snippet in RAW_HTML_PAYLOADS.items():
        attacks.append(Attack(f"raw-html/{name}", SiteSpec(markdown_block=raw_html_block(snippet), unsafe=True)))
    for name, url in BASE_URL_PAYLOADS.items():
        attacks.append(Attack(f"base-url/site-yaml/{name}", SiteSpec(base_url=url, url_payload=url,
                                                                     url_fields=("site.baseURL",)),
                              error_field="site.baseURL"))
        attacks.append(Attack(f"base-url/cli/{name}", SiteSpec(cli_base_url=url), error_field=CLI_BASE_URL))
    return attacks


# --------------------------------------------------------------------------------------------------
# Building
# --------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class BuildOutcome:
    code: int | None  # None: timed out
    stdout: str
    stderr: str


@dataclass(frozen=True)
class ErrorLine:
    file: str
    line: int
    message: str


ERROR_LINE = re.compile(r"^(?P<file>[^\n:]+):(?P<line>\d+):(?P<column>\d+): error: (?P<message>.*)$", re.M)


def error_lines(stderr: str) -> list[ErrorLine]:
    return [ErrorLine(posixpath.normpath(match["file"]), int(match["line"]), match["message"])
            for match in ERROR_LINE.finditer(stderr)]


def run_build(binary: str, site: Path, output: Path, spec: SiteSpec) -> BuildOutcome:
    command = [binary, "build", "--source", ".", "--output", str(output)]
    if spec.cli_base_url is not None:
        command += ["--base-url", spec.cli_base_url]
    try:
        done = subprocess.run(command, cwd=site, capture_output=True, timeout=BUILD_TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired as expired:
        return BuildOutcome(None, (expired.stdout or b"").decode("utf-8", "replace"), (expired.stderr or b"").decode("utf-8", "replace"))
    return BuildOutcome(done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace"))


def diagnostics_violations(outcome: BuildOutcome) -> list[Violation]:
    """Diagnostics go to a terminal: content must not put control characters (ESC, CR …) on it."""
    violations = []
    for stream, text in (("stderr", outcome.stderr), ("stdout", outcome.stdout)):
        for match in re.finditer("[\x00-\x08\x0b-\x1f\x7f]", text):
            violations.append(Violation(f"(build {stream})", field_after(text, match.start()), "diagnostics-control",
                                        f"U+{ord(match.group()):04X} from content printed raw to the terminal"))
    return list(dict.fromkeys(violations))


class AttackRun:
    """One attack: writes its site, builds it, checks the outcome; where content that must build was
    rejected, rebuilds with the rejected files clean to check the other fields."""

    def __init__(self, attack: Attack, binary: str, scratch: Path):
        self.attack = attack
        self.binary = binary
        self.scratch = scratch
        self.builds = 0
        self.violations: list[Violation] = []
        self.notes: list[str] = []

    def build(self, spec: SiteSpec) -> tuple[Path, Path, BuildOutcome]:
        self.builds += 1
        site, output = self.scratch / f"site-{self.builds}", self.scratch / f"out-{self.builds}"
        write_site(site, spec)
        outcome = run_build(self.binary, site, output, spec)
        self.violations += diagnostics_violations(outcome)
        return site, output, outcome

    @staticmethod
    def url_owners(spec: SiteSpec) -> UrlOwners:
        owners = []
        if spec.url_payload is not None and spec.url_fields:
            owners.append((spec.url_payload, ", ".join(spec.url_fields)))
            owners.append((spec.url_payload.strip(), ", ".join(spec.url_fields)))
        if spec.cli_base_url is not None:
            owners += [(spec.cli_base_url, CLI_BASE_URL), (spec.cli_base_url.strip(), CLI_BASE_URL)]
        elif spec.base_url is not None and spec.base_url != VALID_BASE_URL:
            owners += [(spec.base_url, "site.baseURL"), (spec.base_url.strip(), "site.baseURL")]
        return tuple(owners)

    def check_built(self, spec: SiteSpec, output: Path, with_shown: bool) -> None:
        found, unchecked = check_output(output, self.url_owners(spec))
        self.violations += found
        if unchecked:
            self.notes.append(f"files of a kind not checked: {', '.join(unchecked[:5])}")
        if with_shown:
            self.violations += check_shown(output, spec)

    def check_failed(self, output: Path, outcome: BuildOutcome) -> None:
        if outcome.code is None:
            self.violations.append(Violation("(build)", "?", "build-timeout", f"no result after {BUILD_TIMEOUT_SECONDS} s"))
        if output.exists() and any(output.iterdir()):
            self.violations.append(Violation("(build)", "?", "failed-build-output", "a failed build left files in its output folder"))

    def run(self) -> None:
        spec = self.attack.spec
        site, output, outcome = self.build(spec)
        if outcome.code == 0:
            if self.attack.error_field:
                self.notes.append(f"built: accepted {self.attack.error_field}")
            self.check_built(spec, output, with_shown=True)
            return
        self.check_failed(output, outcome)
        if self.attack.error_field is None:
            self.report_rejected_content(spec, site, outcome)
        elif self.attack.error_field == CLI_BASE_URL:
            self.check_cli_rejection(outcome)
        else:
            self.check_field_error(site, outcome)

    def report_rejected_content(self, spec: SiteSpec, site: Path, outcome: BuildOutcome) -> None:
        """Content that must build did not. The files the errors name are reported, then written
        clean, so that a second build still checks every other field."""
        errors = error_lines(outcome.stderr)
        files = tuple(sorted({error.file for error in errors if (site / error.file).is_file()}))
        for error in errors:
            self.violations.append(Violation("(build)", field_label(error.message) if fields_in(error.message) else error.file,
                                             "build-failed", f"exit {outcome.code}: content that must build was rejected",
                                             f"{error.file}:{error.line}: {shorten(error.message, 120)}"))
        if not errors:
            self.violations.append(Violation("(build)", "?", "build-failed", f"exit {outcome.code} without an error line",
                                             shorten(outcome.stderr, 150)))
        if not files or spec.clean_files:
            return
        retry = SiteSpec(**{**spec.__dict__, "clean_files": files})
        self.notes.append(f"rebuilt with {', '.join(files)} clean")
        _, output, outcome = self.build(retry)
        if outcome.code == 0:
            self.check_built(retry, output, with_shown=True)
        else:
            self.check_failed(output, outcome)
            self.violations.append(Violation("(build)", "?", "build-failed", "still rejected with the named files clean",
                                             shorten(outcome.stderr, 150)))

    def check_cli_rejection(self, outcome: BuildOutcome) -> None:
        if outcome.code in (1, 2) and "error" in outcome.stderr.lower():
            self.notes.append(f"rejected (exit {outcome.code}): {shorten(outcome.stderr.strip().splitlines()[0], 100)}")
        else:
            self.violations.append(Violation("(build)", CLI_BASE_URL, "rejection",
                                             f"exit {outcome.code} without an error message", shorten(outcome.stderr, 100)))

    @staticmethod
    def field_line(site: Path, field_id: str) -> int | None:
        file, needle = URL_FIELD_LOCATIONS[field_id]
        return line_of(site, file, needle)

    def check_field_error(self, site: Path, outcome: BuildOutcome) -> None:
        """A failed build is the right answer to a bad URL field when it says so at the field:
        `file:line:col: error: …` on the field's own line, and nothing else is wrong."""
        field_id = self.attack.error_field
        file, line = URL_FIELD_LOCATIONS[field_id][0], self.field_line(site, field_id)
        errors = error_lines(outcome.stderr)
        at_field = [error for error in errors if error.file == file and error.line == line]
        if at_field:
            self.notes.append(f"rejected {field_id}: {shorten(at_field[0].message, 90)}")
        else:
            seen = "; ".join(f"{e.file}:{e.line}: {shorten(e.message, 80)}" for e in errors[:3]) or shorten(outcome.stderr, 120)
            self.violations.append(Violation("(build)", field_id, "rejection",
                                             f"exit {outcome.code}, but no error at {file}:{line}, the field's line", seen))
        for error in errors:
            if error not in at_field:
                self.violations.append(Violation("(build)", "?", "unexpected-error", "an error the attack did not cause",
                                                 f"{error.file}:{error.line}: {shorten(error.message, 120)}"))


@dataclass
class AttackResult:
    name: str
    violations: list[Violation]
    notes: list[str]
    builds: int
    seconds: float


BASELINE_PREFIX = "baseline/"


def without_baseline(results: list[AttackResult]) -> list[AttackResult]:
    """Each attack keeps only what its payload caused: a violation the clean site has too is
    reported once, by the baseline attacks, and counted there."""
    known = {(v.kind, v.detail, v.field, v.file) for r in results if r.name.startswith(BASELINE_PREFIX) for v in r.violations}
    for result in results:
        if result.name.startswith(BASELINE_PREFIX):
            continue
        own = [v for v in result.violations if (v.kind, v.detail, v.field, v.file) not in known]
        if len(own) < len(result.violations):
            result.notes.append(f"{len(result.violations) - len(own)} violation(s) the clean site has too: see baseline/")
        result.violations = own
    return results


def run_attack(attack: Attack, binary: str, scratch_root: str) -> AttackResult:
    started = time.monotonic()
    scratch = Path(tempfile.mkdtemp(prefix="attack-", dir=scratch_root))
    run = AttackRun(attack, binary, scratch)
    try:
        run.run()
    except Exception as error:  # a crash of the checker is a failure of this attack, not of the whole run
        run.violations.append(Violation("(test)", "?", "checker-crash", f"{type(error).__name__}: {error}"))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return AttackResult(attack.name, list(dict.fromkeys(run.violations)), run.notes, run.builds, time.monotonic() - started)


# --------------------------------------------------------------------------------------------------
# Reporting
# --------------------------------------------------------------------------------------------------

@dataclass
class ViolationGroup:
    """Violations that differ only in field, file or example, reported as one entry."""
    kind: str
    detail: str
    fields: dict = dataclass_field(default_factory=dict)  # dicts as ordered sets
    files: dict = dataclass_field(default_factory=dict)
    examples: dict = dataclass_field(default_factory=dict)


def grouped(violations: list[Violation]) -> list[ViolationGroup]:
    groups: dict[tuple[str, str], ViolationGroup] = {}
    for violation in violations:
        group = groups.setdefault((violation.kind, violation.detail), ViolationGroup(violation.kind, violation.detail))
        for field_id in violation.field.split(", "):
            group.fields[field_id] = True
        group.files[violation.file] = True
        if violation.example:
            group.examples[violation.example] = True
    return list(groups.values())


def listed(items: list[str], limit: int) -> str:
    return ", ".join(items[:limit]) + (f" … ({len(items)} in all)" if len(items) > limit else "")


def print_result(result: AttackResult, verbose: bool) -> None:
    status = "FAIL" if result.violations else "pass"
    print(f"{status} {result.name} ({result.seconds:.1f} s, {result.builds} build{'s' if result.builds != 1 else ''})")
    if verbose or result.violations:
        for note in result.notes:
            print(f"     note: {note}")
    for group in grouped(result.violations):
        print(f"     - {group.kind}: {group.detail}")
        print(f"         fields: {listed(list(group.fields), 12 if verbose else 6)}")
        print(f"         files:  {listed(list(group.files), 12 if verbose else 4)}")
        if group.examples:
            print(f"         e.g.:   {listed([repr(e) for e in group.examples], 3 if verbose else 1)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", default=os.environ.get("BEGROOT", str(DEFAULT_BINARY)), help="the begroot binary")
    parser.add_argument("-k", "--only", action="append", default=[], help="run only attacks whose name contains this")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2, help="attacks run at once")
    parser.add_argument("-v", "--verbose", action="store_true", help="print what each attack's build did")
    arguments = parser.parse_args()
    binary = str(Path(arguments.binary).resolve())
    if not os.access(binary, os.X_OK):
        print(f"attack: no begroot binary at {binary} (make test-attack builds it)", file=sys.stderr)
        return 2
    # The baselines always run: what the clean site has is subtracted from every attack.
    attacks = [a for a in all_attacks() if not arguments.only or a.name.startswith(BASELINE_PREFIX)
               or any(part in a.name for part in arguments.only)]
    started = time.monotonic()
    scratch_root = tempfile.mkdtemp(prefix="begroot-attack-")
    try:
        with ProcessPoolExecutor(max_workers=max(1, arguments.jobs)) as pool:
            results = list(pool.map(run_attack, attacks, [binary] * len(attacks), [scratch_root] * len(attacks)))
    finally:
        shutil.rmtree(scratch_root, ignore_errors=True)
    for result in without_baseline(results):
        print_result(result, arguments.verbose)
    failed = [result for result in results if result.violations]
    print(f"\n{len(results)} attacks, {sum(r.builds for r in results)} builds in {time.monotonic() - started:.1f} s")
    if failed:
        print("failed: " + " ".join(result.name for result in failed))
    print(f"attack: {len(results) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
