#!/usr/bin/env python3
"""begroot against Hugo on the same synthetic city portal, side by side.

Generates the corpus (Benchmarks/generate_corpus.py), then builds it with both generators,
alternating, several runs each, every timed run into an empty output folder. Prints the median wall
time, CPU time (user + system), peak memory (max RSS) and pages per second of each, and the
begroot/Hugo ratios; then, separately, a rebuild into an existing output folder.

    run.py --size small|city|large [--runs N] [--begroot .build/release/begroot] [--smoke]

--smoke (for CI) builds each once and only checks that both write the same pages.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SIZES = {
    "small": dict(buurten=5, plans=10, updates=3, runs=5),
    "city": dict(buurten=50, plans=40, updates=10, runs=5),
    "large": dict(buurten=200, plans=40, updates=10, runs=3),
}


def measure(command, cwd):
    """Runs `command`, returns (wall seconds, cpu seconds, max RSS in MB)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    stderr = process.stderr.read().decode("utf-8", "replace")
    process.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit("benchmark: %s failed:\n%s" % (" ".join(command), stderr[-2000:]))
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def default_outputs():
    """A tmpfs with room for two large outputs, else None (the corpus folder on disk)."""
    try:
        stats = os.statvfs("/dev/shm")
    except OSError:
        return None
    return "/dev/shm/begroot-bench" if stats.f_bavail * stats.f_frsize > 4 * 1024**3 else None


def pages(folder):
    """HTML pages written, without Hugo's redirect stubs (its /nl/index.html alias)."""
    count = 0
    for directory, _, files in os.walk(folder):
        for name in files:
            if name.endswith(".html"):
                with open(os.path.join(directory, name), "rb") as file:
                    if b'http-equiv="refresh"' not in file.read(600):
                        count += 1
    return count


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", choices=SIZES, default="city")
    parser.add_argument("--runs", type=int)
    parser.add_argument("--begroot", default=".build/release/begroot")
    parser.add_argument("--hugo", default="hugo")
    parser.add_argument("--work", default="build/bench")
    parser.add_argument("--outputs", default=default_outputs(),
                        help="where both generators write (default: /dev/shm when it has room, see Benchmarks/README.md)")
    parser.add_argument("--smoke", action="store_true")
    args = parser.parse_args()

    size = SIZES[args.size]
    runs = 1 if args.smoke else (args.runs or size["runs"])
    corpus = os.path.abspath(os.path.join(args.work, args.size))
    begroot = os.path.abspath(args.begroot)
    subprocess.run([sys.executable, os.path.join(HERE, "generate_corpus.py"), corpus, "--buurten", str(size["buurten"]),
                    "--plans", str(size["plans"]), "--updates", str(size["updates"])], check=True)
    site = os.path.join(corpus, "begroot")
    hugo_site = os.path.join(corpus, "hugo")
    output_root = os.path.join(args.outputs, args.size) if args.outputs else corpus
    os.makedirs(output_root, exist_ok=True)
    outputs = {"begroot": os.path.join(output_root, "out-begroot"), "hugo": os.path.join(output_root, "out-hugo")}
    commands = {
        "begroot": [begroot, "build", "--source", site, "--output", outputs["begroot"]],
        "hugo": [args.hugo, "--quiet", "--destination", outputs["hugo"]],
    }
    cwd = {"begroot": site, "hugo": hugo_site}
    version = " ".join(subprocess.run([args.hugo, "version"], capture_output=True, text=True).stdout.split(" ")[:2])
    print("benchmark: %s corpus (%d buurten x %d plans x %d updates x 4 languages), %d runs each, %s, %d cores" % (
        args.size, size["buurten"], size["plans"], size["updates"], runs, version, os.cpu_count()))

    results = {"begroot": [], "hugo": []}
    for run in range(runs):
        order = ["begroot", "hugo"] if run % 2 == 0 else ["hugo", "begroot"]
        for name in order:
            shutil.rmtree(outputs[name], ignore_errors=True)
            subprocess.run(["sync"])
            results[name].append(measure(commands[name], cwd[name]))
    counts = {name: pages(outputs[name]) for name in outputs}
    if counts["begroot"] != counts["hugo"]:
        sys.exit("benchmark: the generators wrote different numbers of pages: begroot %d, Hugo %d" % (
            counts["begroot"], counts["hugo"]))
    print("pages: %d each, written to %s" % (counts["begroot"], output_root))
    # The preview: from a saved file to the changed page, through `begroot serve` (never timed in CI).
    latency = [sys.executable, os.path.join(HERE, "preview_latency.py"), "--begroot", begroot, "--site", site,
               "--edits", "4" if args.smoke else "20"]
    print("\npreview (begroot serve), edit-to-page:")
    subprocess.run(latency, check=True)
    if args.smoke:
        print("benchmark: smoke run ok (both generators built the %s corpus, same page count; the preview showed every edit)" % args.size)
        return

    def report(label, rows):
        medians = {}
        print("\n%s" % label)
        print("%-8s %10s %10s %10s %12s" % ("", "wall s", "cpu s", "max RSS MB", "pages/s"))
        for name, samples in rows.items():
            wall = statistics.median(s[0] for s in samples)
            cpu = statistics.median(s[1] for s in samples)
            rss = statistics.median(s[2] for s in samples)
            medians[name] = (wall, cpu, rss)
            print("%-8s %10.3f %10.3f %10.1f %12.0f" % (name, wall, cpu, rss, counts[name] / wall))
        b, h = medians["begroot"], medians["hugo"]
        print("%-8s %9.2fx %9.2fx %9.2fx   (begroot / Hugo; goal: wall <= 0.25x, memory <= 0.5x)" % (
            "ratio", b[0] / h[0], b[1] / h[1], b[2] / h[2]))

    report("full build into an empty folder (median of %d)" % runs, results)

    rebuild = {"begroot": [], "hugo": []}
    for run in range(runs):
        for name in (["begroot", "hugo"] if run % 2 == 0 else ["hugo", "begroot"]):
            rebuild[name].append(measure(commands[name], cwd[name]))
    report("rebuild into the existing output (median of %d)" % runs, rebuild)
    for folder in outputs.values():
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
