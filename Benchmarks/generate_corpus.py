#!/usr/bin/env python3
"""Writes a synthetic city portal twice: as a begroot site folder and as the same content for Hugo.

Deterministic from a seed. Every buurt has themes with budgets, plans in every status with awards
that fit, milestones, a voting round with channels, a spending ledger, news updates, and all of it
in four languages (nl, en, tr, ar) — each Markdown file about 2.4 KB with headings, lists, links
and emphasis. The Hugo copy has one content file for every page begroot makes, so both generators
write the same number of pages.

    generate_corpus.py OUT_DIR --buurten 50 --plans 40 --updates 10 --seed 2019
"""

import argparse
import os
import random
import shutil

LANGUAGES = ["nl", "en", "tr", "ar"]
LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English", "tr": "Türkçe", "ar": "العربية"}
WORDS = {
    "nl": "buurt bewoners plan budget samen tuin plein school jongeren ouderen feest markt groen schoon veilig koffie "
          "straat huis park spelen sport muziek koken helpen ontmoeten leren fiets bankje boom bloemen week avond "
          "zomer winter vrijwilliger stichting buurthuis gesprek idee stem geld".split(),
    "en": "neighbourhood residents plan budget together garden square school young elderly party market green clean "
          "safe coffee street house park play sport music cooking help meet learn bicycle bench tree flowers week "
          "evening summer winter volunteer foundation centre talk idea vote money".split(),
    "tr": "mahalle sakinler plan bütçe birlikte bahçe meydan okul gençler yaşlılar şenlik pazar yeşil temiz güvenli "
          "kahve sokak ev park oyun spor müzik yemek yardım buluşma öğrenmek bisiklet bank ağaç çiçek hafta akşam "
          "yaz kış gönüllü vakıf merkez sohbet fikir oy para".split(),
    "ar": "الحي السكان خطة ميزانية معا حديقة ساحة مدرسة الشباب كبار حفل سوق أخضر نظيف آمن قهوة شارع بيت منتزه "
          "لعب رياضة موسيقى طبخ مساعدة لقاء تعلم دراجة مقعد شجرة زهور أسبوع مساء صيف شتاء متطوع مؤسسة مركز حديث "
          "فكرة صوت مال".split(),
}
STATUSES = ["selected", "in-progress", "in-progress", "completed", "completed", "submitted", "not-selected", "cancelled"]
MODELS = ["challenge", "bottom-up", "deliberation", "other"]


class Writer:
    def __init__(self, root):
        self.root = root
        self.files = 0

    def write(self, path, text):
        full = os.path.join(self.root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as file:
            file.write(text)
        self.files += 1


def q(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def sentence(rng, language, words=12):
    chosen = [rng.choice(WORDS[language]) for _ in range(words)]
    chosen[0] = chosen[0][:1].upper() + chosen[0][1:] if language in ("nl", "en", "tr") else chosen[0]
    return " ".join(chosen) + "."


def title(rng, language, words=4):
    return sentence(rng, language, words).rstrip(".")


def body(rng, language, size=2400):
    """Markdown of about `size` bytes: paragraphs, a heading, a list, a link, emphasis."""
    parts = []
    while sum(len(part.encode("utf-8")) for part in parts) < size:
        kind = rng.random()
        if kind < 0.15:
            parts.append("## " + title(rng, language, 3))
        elif kind < 0.3:
            parts.append("\n".join("- " + sentence(rng, language, 6) for _ in range(4)))
        else:
            words = sentence(rng, language, 18).split(" ")
            words[3] = "**" + words[3] + "**"
            words[8] = "*" + words[8] + "*"
            words[12] = "[" + words[12] + "](https://example.org/" + str(rng.randrange(1000)) + ")"
            parts.append(" ".join(words) + " " + sentence(rng, language, 14))
    return "\n\n".join(parts) + "\n"


def texts(rng, words=3):
    return {language: title(rng, language, words) for language in LANGUAGES}


def flow(texts_by_language):
    return "{" + ", ".join("%s: %s" % (language, q(text)) for language, text in texts_by_language.items()) + "}"


def generate(out, buurten, plans_per_buurt, updates_per_buurt, seed):
    rng = random.Random(seed)
    begroot = Writer(os.path.join(out, "begroot"))
    hugo = Writer(os.path.join(out, "hugo"))
    languages_yaml = "\n".join(
        "  - {code: %s, name: %s%s}" % (code, LANGUAGE_NAMES[code], ", dir: rtl" if code == "ar" else "") for code in LANGUAGES)
    site_title = {"nl": "Buurtbudget Stad", "en": "City neighbourhood budgets", "tr": "Şehir mahalle bütçeleri", "ar": "ميزانيات أحياء المدينة"}
    begroot.write("content/site.yaml", "title: %s\ndefaultLanguage: nl\nlanguages:\n%s\ncurrency: EUR\n" % (flow(site_title), languages_yaml))
    hugo_languages = "\n".join(
        '[languages.%s]\nweight = %d\nlanguageName = "%s"\ntitle = %s\n%s' % (
            code, index + 1, LANGUAGE_NAMES[code], q(site_title[code]), 'languageDirection = "rtl"\n' if code == "ar" else "")
        for index, code in enumerate(LANGUAGES))
    hugo.write("hugo.toml", 'baseURL = "https://example.org/"\ndefaultContentLanguage = "nl"\n'
               'defaultContentLanguageInSubdir = false\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]\n'
               'enableRobotsTXT = false\ndisableAliases = true\n[markup.goldmark.renderer]\nunsafe = false\n\n' + hugo_languages)
    for language in LANGUAGES:
        hugo.write("content/_index.%s.md" % language, "---\ntitle: %s\n---\n" % q(site_title[language]))
        hugo.write("content/compare.%s.md" % language, "---\ntitle: compare\n---\n")
        # begroot's own search page (with its index) and the theme's accessibility statement.
        hugo.write("content/search.%s.md" % language, "---\ntitle: search\n---\n")
        hugo.write("content/accessibility.%s.md" % language, "---\ntitle: accessibility\n---\n%s" % body(rng, language, 1200))
        # begroot's page describing the open-data files: a list of every buurt's files.
        hugo.write("content/data.%s.md" % language, "---\ntitle: data\n---\n%s" % body(rng, language, 1200))
    for page in ["over", "privacy"]:
        for language in LANGUAGES:
            text = "---\ntitle: %s\n---\n%s" % (q(title(rng, language)), body(rng, language, 1500))
            begroot.write("content/pages/%s%s.md" % (page, "" if language == "nl" else "." + language), text)
            hugo.write("content/%s.%s.md" % (page, language), text)

    for number in range(1, buurten + 1):
        slug = "buurt-%03d" % number
        base = "content/buurten/" + slug
        name = "Buurt %d" % number
        budget = 500000
        themes = [("thema-%d" % t, texts(rng, 2)) for t in range(1, 7)]
        begroot.write(base + "/buurt.yaml", "name: %s\ndistrict: %s\nbudget: %d\nmodel: %s\nsummary: %s\nphases:\n%s\n" % (
            q(name), q("Stadsdeel %d" % (number % 7 + 1)), budget, MODELS[number % 4], flow(texts(rng, 10)),
            "\n".join("  - {title: %s, start: 2020-%02d-01, end: 2020-%02d-28}" % (flow(texts(rng, 2)), m, m) for m in (3, 6, 9))))
        begroot.write(base + "/themes.yaml", "".join(
            "- slug: %s\n  title: %s\n  description: %s\n  budget: 80000\n" % (t, flow(titles), flow(texts(rng, 8)))
            for t, titles in themes))
        for language in LANGUAGES:
            intro = "---\ntitle: %s\n---\n%s" % (q(name), body(rng, language, 1200))
            begroot.write(base + "/index%s.md" % ("" if language == "nl" else "." + language), intro)
            hugo.write("content/%s/_index.%s.md" % (slug, language), intro)
            for theme, titles in themes:
                hugo.write("content/%s/themes/%s.%s.md" % (slug, theme, language), "---\ntitle: %s\n---\n" % q(titles[language]))
            for section in ["progress", "spending", "votes"]:
                hugo.write("content/%s/%s.%s.md" % (slug, section, language), "---\ntitle: %s\n---\n" % section)
            hugo.write("content/%s/updates/_index.%s.md" % (slug, language), "---\ntitle: updates\n---\n")

        plans = []
        for p in range(1, plans_per_buurt + 1):
            plan = "plan-%03d" % p
            status = STATUSES[(p + number) % len(STATUSES)]
            theme = themes[p % len(themes)][0]
            awarded = 10000 if status in ("selected", "in-progress", "completed", "cancelled") else None
            plans.append((plan, status, awarded))
            milestones = "\n".join("  - {date: 2020-%02d-15, title: %s, done: %s}" % (m, flow(texts(rng, 3)), "true" if m < 6 else "false")
                                   for m in (2, 5, 8))
            front = "title: %s\ntheme: %s\nstatus: %s\nrequested: 12000\n%sproposers: [%s]\nsubmitted: 2020-01-%02d\nmilestones:\n%s\n" % (
                q(title(rng, "nl")), theme, status, "awarded: %d\n" % awarded if awarded else "", q("Bewonersgroep %d" % p), p % 28 + 1, milestones)
            for language in LANGUAGES:
                text_body = body(rng, language)
                if language == "nl":
                    begroot.write("%s/plans/%s.md" % (base, plan), "---\n%s---\n%s" % (front, text_body))
                    hugo.write("content/%s/plans/%s.nl.md" % (slug, plan), "---\n%s---\n%s" % (front, text_body))
                else:
                    text = "---\ntitle: %s\n---\n%s" % (q(title(rng, language)), text_body)
                    begroot.write("%s/plans/%s.%s.md" % (base, plan, language), text)
                    hugo.write("content/%s/plans/%s.%s.md" % (slug, plan, language), text)
        for u in range(1, updates_per_buurt + 1):
            update = "update-%03d" % u
            plan = plans[u % len(plans)][0]
            for language in LANGUAGES:
                head = "title: %s\n" % q(title(rng, language))
                if language == "nl":
                    head += "date: 2021-%02d-%02d\nplan: %s\n" % (u % 12 + 1, u % 28 + 1, plan)
                text = "---\n%s---\n%s" % (head, body(rng, language))
                begroot.write("%s/updates/%s%s.md" % (base, update, "" if language == "nl" else "." + language), text)
                hugo.write("content/%s/updates/%s.%s.md" % (slug, update, language),
                           text if language == "nl" else "---\n%sdate: 2021-%02d-%02d\n---\n%s" % (head, u % 12 + 1, u % 28 + 1, body(rng, language)))
        results = "\n".join("    %s: {online: %d, inPerson: %d}" % (plan, rng.randrange(50, 500), rng.randrange(10, 200))
                            for plan, _, _ in plans)
        begroot.write(base + "/votes.yaml", "- round: %s\n  date: 2020-09-28\n  voters: %d\n  method: %s\n  results:\n%s\n" % (
            flow(texts(rng, 2)), rng.randrange(500, 3000), flow(texts(rng, 12)), results))
        lines = ["date;plan;description;amount;supplier"]
        for plan, status, awarded in plans:
            if awarded and status != "selected":
                for i in range(3):
                    lines.append("2020-%02d-%02d;%s;%s;%d,%02d;Leverancier %d" % (
                        i * 3 + 3, i + 10, plan, title(rng, "nl", 3), rng.randrange(500, 3000), rng.randrange(100), rng.randrange(20)))
        lines.append("2020-02-01;;Bijeenkomst;450,00;Buurthuis")
        begroot.write(base + "/spending.csv", "\r\n".join(lines) + "\r\n")

    layouts = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hugo-layouts")
    shutil.copytree(layouts, os.path.join(out, "hugo", "layouts"), dirs_exist_ok=True)
    return begroot.files, hugo.files


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--buurten", type=int, default=50)
    parser.add_argument("--plans", type=int, default=40)
    parser.add_argument("--updates", type=int, default=10)
    parser.add_argument("--seed", type=int, default=2019)
    args = parser.parse_args()
    shutil.rmtree(args.out, ignore_errors=True)
    files = generate(args.out, args.buurten, args.plans, args.updates, args.seed)
    print("corpus: %d begroot files, %d Hugo files in %s" % (files[0], files[1], args.out))


if __name__ == "__main__":
    main()
