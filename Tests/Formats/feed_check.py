"""Every Atom feed of a built portal, read by feedparser (the feed reader library most readers
build on) and checked for what the W3C feed validator flags (it is not installable here: neither
on PyPI nor in Debian): the feed parses without errors, it names itself with rel="self", and the
feed's and every entry's id is an absolute URI (RFC 3986, checked with the `rfc3986` package),
a URN only as `urn:uuid:`.
A copy with an invalid id must fail, so the check can fail.

    feed_check.py PORTAL [PORTAL ...]
"""
import glob
import os
import re
import sys

import feedparser
import rfc3986
from rfc3986 import validators


def problems(text):
    found = []
    feed = feedparser.parse(text)
    if feed.bozo:
        found.append("does not parse: %s" % feed.bozo_exception)
    if not any(link.get("rel") == "self" for link in feed.feed.get("links", [])):
        found.append('no <link rel="self">')
    ids = re.findall(r"<id>([^<]*)</id>", text)
    if not ids:
        found.append("no ids")
    validator = validators.Validator().require_presence_of("scheme").check_validity_of("scheme", "path")
    for value in ids:
        try:
            validator.validate(rfc3986.uri_reference(value))
        except Exception as error:  # rfc3986's validation errors
            found.append("id %r is not an absolute URI (%s)" % (value, type(error).__name__))
            continue
        # A URN must be in a registered namespace (RFC 8141), as the feed validator requires; the one
        # a portal can use without an address is uuid (RFC 9562).
        if value.lower().startswith("urn:") and not re.fullmatch(r"urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", value):
            found.append("id %r is a URN outside a registered namespace" % value)
    return found


def main():
    failures = checked = 0
    sample = None
    for portal in sys.argv[1:]:
        feeds = sorted(glob.glob(os.path.join(portal, "**", "feed.xml"), recursive=True))
        if not feeds:
            failures += 1
            print("feeds: FAIL: %s has no feed" % portal)
        for path in feeds:
            with open(path, encoding="utf-8") as file:
                text = file.read()
            sample = sample or text
            checked += 1
            for problem in problems(text):
                failures += 1
                print("feeds: FAIL: %s: %s" % (path, problem))
    if sample is not None and not (problems(re.sub(r"<id>[^<]*</id>", "<id>not a uri</id>", sample, count=1))
                                   and problems(re.sub(r"<id>[^<]*</id>", "<id>urn:begroot:site:feed.xml</id>", sample, count=1))):
        failures += 1
        print("feeds: FAIL: a feed with an invalid id passes; this check cannot fail")
    print("feeds: %d feeds checked, %d problems" % (checked, failures))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
