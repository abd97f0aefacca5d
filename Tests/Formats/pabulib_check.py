"""Every Pabulib file a portal publishes, through Pabulib's own checker and library.

    pabulib_check.py PORTAL [PORTAL ...]

For each `data/*.pb` of each built portal: `pabulib-checker` must report no error (its warnings
are printed), and `pabutools` must read it with the META's number of ballots and projects. A copy
of the first file with one ballot taken out must fail the checker, so the check can fail. A portal
must have at least one .pb, or there is nothing checked.
"""
import glob
import os
import sys

from pabulib.checker import Checker
from pabutools.election import parse_pabulib


def check(path):
    with open(path, encoding="utf-8") as file:
        return check_content(file.read())


def check_content(content):
    results = Checker().process_files([content])
    per_file = [value for key, value in results.items() if key not in ("metadata", "summary")]
    errors = per_file[0]["results"].get("errors", {}) if per_file else {"no result": {1: "the checker said nothing"}}
    warnings = per_file[0]["results"].get("warnings", {}) if per_file else {}
    return content, errors, warnings


def main():
    portals = sys.argv[1:]
    failures = 0
    checked = 0
    first = None
    for portal in portals:
        files = sorted(glob.glob(os.path.join(portal, "data", "*.pb")))
        if not files:
            print("pabulib: FAIL: %s has no Pabulib file" % portal)
            failures += 1
        for path in files:
            content, errors, warnings = check(path)
            checked += 1
            first = first or content
            for kind, details in warnings.items():
                print("pabulib: warning in %s: %s: %s" % (path, kind, "; ".join(str(d) for d in details.values())))
            if errors:
                failures += 1
                for kind, details in errors.items():
                    print("pabulib: FAIL: %s: %s: %s" % (path, kind, "; ".join(str(d) for d in details.values())))
                continue
            instance, profile = parse_pabulib(path)
            meta_votes = int(instance.meta["num_votes"])
            if len(profile) != meta_votes or len(instance) != int(instance.meta["num_projects"]):
                failures += 1
                print("pabulib: FAIL: %s: pabutools read %d ballots and %d projects, META says %s and %s" % (
                    path, len(profile), len(instance), instance.meta["num_votes"], instance.meta["num_projects"]))
    if first is not None:
        lines = first.split("\n")
        votes = lines.index("voter_id;vote")
        broken = "\n".join(lines[:votes + 1] + lines[votes + 2:])
        _, broken_errors, _ = check_content(broken)
        if not broken_errors:
            failures += 1
            print("pabulib: FAIL: the checker accepts a file with a ballot missing; this test cannot fail")
    print("pabulib: %d files checked, %d failed" % (checked, failures))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
