#!/usr/bin/env python3
"""Edit-to-page latency of `begroot serve`: from a saved file to the changed page received.

Starts `begroot serve` on a copy-free site folder (it edits the files and puts them back), follows
its event stream like an open page does, and for each edit: writes the file, waits for the event,
fetches the page and checks that it shows the edit. The time is taken from just before the write
to the last byte of the page. Four kinds of edit, in turn: a plan's title, a buurt.yaml's name, a
new line in a spending.csv, an interface string in content/i18n/nl.yaml.

    preview_latency.py --begroot .build/release/begroot --site build/bench/city/begroot [--edits 20]

Prints one line per kind and `edit-to-page: median X ms, p95 Y ms (N edits)`; exit 1 when an edit
did not show (the page lacked the change). Never a timed assertion. PREVIEW_DEBUG=1 prints each step.
"""

import argparse
import glob
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(port, path):
    """One GET over a fresh connection: (status, body)."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as connection:
        connection.sendall(("GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n" % path).encode())
        data = b""
        while True:
            chunk = connection.recv(1 << 20)
            if not chunk:
                break
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split(b" ")[1]), body.decode("utf-8", "replace")


class Events:
    """The server-sent event stream, read as a page's EventSource would."""

    def __init__(self, port):
        self.connection = socket.create_connection(("127.0.0.1", port), timeout=60)
        self.connection.sendall(b"GET /__begroot/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        self.pending = b""

    def next(self):
        while True:
            match = re.search(rb"data: (\d+)\n", self.pending)
            if match:
                self.pending = self.pending[match.end():]
                return int(match.group(1))
            chunk = self.connection.recv(65536)
            if not chunk:
                raise SystemExit("preview: the event stream closed")
            self.pending += chunk


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as file:
        file.write(text)


def edits(site, rng):
    """(kind, file, new text, page path, text the page must show) for one edit of each kind."""
    buurten = sorted(glob.glob(os.path.join(site, "content/buurten/*/buurt.yaml")))
    buurt_file = rng.choice(buurten)
    buurt_folder = os.path.dirname(buurt_file)
    slug = os.path.basename(buurt_folder)
    plans = sorted(p for p in glob.glob(os.path.join(buurt_folder, "plans/*.md")) if p.count(".") == 1)
    plan_file = rng.choice(plans)
    plan = os.path.basename(plan_file)[:-3]
    marker = "Bench%06d" % rng.randrange(10 ** 6)

    with open(plan_file, encoding="utf-8") as file:
        plan_text = file.read()
    yield ("plan", plan_file, re.sub(r"(?m)^title: .*$", "title: Plan " + marker, plan_text, count=1),
           "/%s/plans/%s/" % (slug, plan), "Plan " + marker)

    with open(buurt_file, encoding="utf-8") as file:
        buurt_text = file.read()
    yield ("buurt.yaml", buurt_file, re.sub(r"(?m)^name: .*$", "name: Buurt " + marker, buurt_text, count=1),
           "/%s/" % slug, "Buurt " + marker)

    spending_file = os.path.join(buurt_folder, "spending.csv")
    if os.path.exists(spending_file):
        with open(spending_file, encoding="utf-8", newline="") as file:
            spending = file.read()
        yield ("spending.csv", spending_file, spending + "2020-02-02;;Uitgave %s;12,00;Buurthuis\r\n" % marker,
               "/%s/spending/" % slug, "Uitgave " + marker)

    i18n_file = os.path.join(site, "content/i18n/nl.yaml")
    yield ("i18n", i18n_file, "nav.skip: Skip %s\n" % marker, "/", "Skip " + marker)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--begroot", default=".build/release/begroot")
    parser.add_argument("--site", required=True)
    parser.add_argument("--edits", type=int, default=20)
    args = parser.parse_args()

    site = os.path.abspath(args.site)
    port = free_port()
    i18n_file = os.path.join(site, "content/i18n/nl.yaml")
    had_i18n = os.path.exists(i18n_file)
    i18n_before = open(i18n_file, encoding="utf-8").read() if had_i18n else None
    os.makedirs(os.path.dirname(i18n_file), exist_ok=True)
    server = subprocess.Popen([os.path.abspath(args.begroot), "serve", "--source", site, "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=None if os.environ.get("PREVIEW_DEBUG") else subprocess.DEVNULL)
    originals = {}
    times = {}
    failed = 0
    try:
        for _ in range(600):
            try:
                if get(port, "/")[0] == 200:
                    break
            except OSError:
                time.sleep(0.1)
        else:
            raise SystemExit("preview: serve did not answer")
        events = Events(port)
        events.next()
        if os.environ.get("PREVIEW_DEBUG"):
            print("debug: serving, events followed", file=sys.stderr)
        rng = random.Random(7)
        done = 0
        while done < args.edits:
            for kind, path, text, page, expected in edits(site, rng):
                if done >= args.edits:
                    break
                if path not in originals:
                    originals[path] = open(path, encoding="utf-8", newline="").read() if os.path.exists(path) else None
                start = time.perf_counter()
                if os.environ.get("PREVIEW_DEBUG"):
                    print("debug: editing", kind, path, file=sys.stderr)
                write(path, text)
                # The first load after the save normally shows it; when an editor's save came in two
                # bursts, the next one does: the time counts until the page shows the edit.
                shown = False
                while not shown and time.perf_counter() - start < 10:
                    events.next()
                    evented = time.perf_counter()
                    status, body = get(port, page)
                    if os.environ.get("PREVIEW_DEBUG"):
                        print("debug:", kind, page, status, expected in body, 'role="alertdialog"' in body,
                              "event after %.1f ms, page %.1f ms later" % ((evented - start) * 1000, (time.perf_counter() - evented) * 1000),
                              file=sys.stderr)
                    shown = status == 200 and expected in body and 'role="alertdialog"' not in body
                elapsed = time.perf_counter() - start
                if not shown:
                    failed += 1
                    print("preview: the edit of %s (%s) did not show in %s" % (kind, path, page))
                times.setdefault(kind, []).append(elapsed * 1000)
                done += 1
    finally:
        server.terminate()
        server.wait()
        for path, text in originals.items():
            if text is None:
                os.remove(path)
            else:
                write(path, text)
        if not had_i18n and os.path.exists(i18n_file):
            os.remove(i18n_file)
        elif had_i18n:
            write(i18n_file, i18n_before)

    every = [t for samples in times.values() for t in samples]
    for kind, samples in times.items():
        print("  %-13s median %7.1f ms  max %7.1f ms  (%d edits)" % (kind, statistics.median(samples), max(samples), len(samples)))
    p95 = sorted(every)[max(0, int(round(0.95 * len(every))) - 1)]
    print("edit-to-page: median %.1f ms, p95 %.1f ms (%d edits)" % (statistics.median(every), p95, len(every)))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
