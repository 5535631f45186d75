#!/usr/bin/env python3
"""Scores thdash's extractor against hand-annotated articles.

Usage: Scripts/evaluate.py [--thdash PATH] DIR [DIR...]

Each DIR holds article texts NAME.txt and beside each a NAME.gold.tsv with the figures a careful analyst
reads in it, tab-separated: subject, kind, value, unit, basis, period label, year, region. The texts are
other people's words and stay outside the repository; only this scorer is the project's.

A gold figure is found when the extractor reports a figure of the same kind and value (to 0.01), unit and
region; "right" means the subject matches too (same catalog product as the gold subject, or the words
overlap); basis and year are scored on the found figures. Other-region figures reported as Thanh Hóa are
counted as region leaks.
"""
import json, subprocess, sys, os, unicodedata, argparse

def fold(s):
    s = unicodedata.normalize("NFD", s.lower()).replace("đ", "d")
    return "".join(c for c in s if unicodedata.category(c) != "Mn")

def words(s):
    return set(fold(s).replace(",", " ").split())

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--thdash", default=".build/release/thdash")
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("dirs", nargs="+")
    args = ap.parse_args()
    total_gold = found = right = basis_ok = year_ok = reported = reported_ok = leaks = 0
    for d in args.dirs:
        for name in sorted(os.listdir(d)):
            if not name.endswith(".gold.tsv"):
                continue
            text = os.path.join(d, name[: -len(".gold.tsv")] + ".txt")
            gold = []
            for line in open(os.path.join(d, name), encoding="utf-8"):
                cols = line.rstrip("\n").split("\t")
                if len(cols) < 8 or cols[0] in ("subject", ""):
                    continue
                try:
                    value = float(cols[2].replace(",", "."))
                except ValueError:
                    continue
                gold.append(dict(subject=cols[0], kind=cols[1], value=value, unit=cols[3], basis=cols[4] or None,
                                 period=cols[5], year=int(cols[6]) if cols[6].strip().isdigit() else None,
                                 region=cols[7] or "Thanh Hóa"))
            out = subprocess.run([args.thdash, "figures", "--format", "json", text], capture_output=True, text=True)
            figures = json.loads(out.stdout or "[]")
            used = set()
            for g in gold:
                total_gold += 1
                match = None
                for i, f in enumerate(figures):
                    if i in used or f["kind"] != g["kind"] or abs(f["value"] - g["value"]) > 0.011:
                        continue
                    if fold(f["region"]) != fold(g["region"]) and not (g["region"] == "cả nước" and f["region"] == "cả nước"):
                        continue
                    match = i
                    break
                if match is None:
                    if args.verbose:
                        print(f"MISS {name}: {g['subject']} {g['kind']} {g['value']} {g['period']} {g['region']}")
                    continue
                used.add(match)
                f = figures[match]
                found += 1
                if words(g["subject"]) & words(f["subject"]):
                    right += 1
                elif args.verbose:
                    print(f"SUBJ {name}: gold {g['subject']!r} got {f['subject']!r}")
                if (g["basis"] or None) == f["basis"]:
                    basis_ok += 1
                elif args.verbose:
                    print(f"BASIS {name}: {g['subject']} {g['value']} gold {g['basis']} got {f['basis']}")
                if g["year"] == f["period"]["year"]:
                    year_ok += 1
                elif args.verbose:
                    print(f"YEAR {name}: {g['subject']} {g['value']} gold {g['year']} got {f['period']['year']}")
            for i, f in enumerate(figures):
                reported += 1
                if i in used:
                    reported_ok += 1
                    continue
                if args.verbose:
                    print(f"EXTRA {name}: {f['subject']} {f['kind']} {f['value']} {f['unit']} {f['region']} | {f['quote']}")
                # Did it put another region's gold figure on Thanh Hóa?
                for g in gold:
                    if g["region"] != "Thanh Hóa" and f["region"] == "Thanh Hóa" and abs(f["value"] - g["value"]) < 0.011:
                        leaks += 1
                        if args.verbose:
                            print(f"LEAK {name}: {f['subject']} {f['value']} ({g['region']})")
                        break
    pct = lambda a, b: f"{100.0 * a / b:.1f}%" if b else "n/a"
    print(f"gold figures {total_gold}; found {found} ({pct(found, total_gold)}); subject right {pct(right, found)}; "
          f"basis right {pct(basis_ok, found)}; year right {pct(year_ok, found)}; "
          f"reported {reported}, of them in gold {pct(reported_ok, reported)}; region leaks {leaks}")

main()
