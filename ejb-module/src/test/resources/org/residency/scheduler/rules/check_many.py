#!/usr/bin/env python3
"""Runs the reference checker on many (program, schedule) pairs in one process, for the agreement test.

    python3 check_many.py FORMATS_DIR MANIFEST.json

MANIFEST is a JSON list of [programPath, schedulePath]. Prints a JSON list, one entry per pair:
{"hard": {...}, "soft": {...}} as check.py computes them, or {"error": "..."} for an ill-shaped pair.
"""
import json
import sys

sys.path.insert(0, sys.argv[1])
import check  # noqa: E402  (the formats directory is only known at run time)


PROGRAMS = {}                  # a program is shared by many schedules: parse it once


def load(path):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def program(path):
    if path not in PROGRAMS:
        PROGRAMS[path] = load(path)
    return PROGRAMS[path]


def main():
    with open(sys.argv[2], encoding="utf-8") as fh:
        pairs = json.load(fh)
    results = []
    for program_path, schedule in pairs:
        try:
            out = check.check(program(program_path), load(schedule))
            results.append({"hard": out["hard"], "soft": out["soft"]})
        except check.ShapeError as e:
            results.append({"error": str(e)})
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
