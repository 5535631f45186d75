#!/usr/bin/env python3
"""Scores thdash's extractor against hand-annotated real articles.

Usage: Scripts/evaluate.py [--thdash PATH] [--gold DIR] [--verbose] TEXTS_DIR [TEXTS_DIR...]

Each TEXTS_DIR holds article texts NAME.txt; the figures a careful analyst reads in each are in
NAME.gold.tsv, beside the text or in --gold DIR (default: Scripts/evaluation/gold, the project's
annotations; the texts are other people's words and stay outside the repository, their addresses are in
Scripts/evaluation/MANIFEST.tsv). A gold file is tab-separated with a header line:
subject, kind, value, unit, basis, period, year, region, entity, measure (the last two optional).

A gold figure is found when the extractor reports a figure of the same kind (value, growth,
plan_completion, target, forecast) and value (to 0.01) for the same owner: the same region, or for a
company's figure any company. On the found figures it scores the subject (same words), basis, year, entity
(province = Thanh Hóa, other_province, country, company) and measure (output, export, consumption...).
A leak is a figure reported as Thanh Hóa's whose value is that of a gold figure of someone else.
"""
import argparse, json, os, subprocess, sys, unicodedata

HOME = "Thanh Hóa"


def fold(s):
    s = unicodedata.normalize("NFD", (s or "").lower()).replace("đ", "d")
    return "".join(c for c in s if unicodedata.category(c) != "Mn")


def words(s):
    return set("".join(c if c.isalnum() else " " for c in fold(s)).split())


def entity_of(figure):
    """The figure's entity; for a build that reports none, read from its region."""
    if figure.get("entity"):
        return figure["entity"]
    region = figure.get("region") or ""
    if fold(region) == fold(HOME):
        return "province"
    if fold(region) == fold("cả nước"):
        return "country"
    return "other_province" if region else "unknown"


def read_gold(path):
    gold = []
    for line in open(path, encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 8 or cols[0] in ("subject", ""):
            continue
        try:
            value = float(cols[2].replace(",", "."))
        except ValueError:
            continue
        cols += [""] * (10 - len(cols))
        region = cols[7]
        entity = cols[8] or ("province" if fold(region) == fold(HOME) else "country" if region == "cả nước" else "other_province")
        gold.append(dict(subject=cols[0], kind=cols[1], value=value, unit=cols[3], basis=cols[4] or None,
                         period=cols[5], year=int(cols[6]) if cols[6].strip().isdigit() else None,
                         region=region, entity=entity, measure=cols[9] or "output"))
    return gold


def same_owner(g, f):
    if g["entity"] == "company":
        return entity_of(f) == "company"
    if not g["region"]:
        return entity_of(f) in ("unknown", g["entity"])
    return fold(f.get("region")) == fold(g["region"])


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--thdash", default=".build/release/thdash")
    ap.add_argument("--gold", default=os.path.join(here, "evaluation", "gold"))
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("dirs", nargs="+")
    args = ap.parse_args()
    n = dict(gold=0, found=0, subject=0, basis=0, year=0, entity=0, measure=0, reported=0, in_gold=0, leaks=0,
             home_reported=0, home_in_gold=0, any_owner=0)
    by_kind = {}
    for d in args.dirs:
        for name in sorted(os.listdir(d)):
            if not name.endswith(".txt"):
                continue
            stem = name[:-4]
            gold_path = os.path.join(d, stem + ".gold.tsv")
            if not os.path.exists(gold_path):
                gold_path = os.path.join(args.gold, stem + ".gold.tsv")
            if not os.path.exists(gold_path):
                continue
            gold = read_gold(gold_path)
            out = subprocess.run([args.thdash, "figures", "--no-cache", "--format", "json", os.path.join(d, name)],
                                 capture_output=True, text=True)
            figures = json.loads(out.stdout or "[]")
            loose = set()
            for g in gold:
                # Found at all, whoever it is attributed to (what the extractor reads, apart from whose).
                hit = next((i for i, f in enumerate(figures) if i not in loose and f["kind"] == g["kind"]
                            and abs(f["value"] - g["value"]) <= 0.011), None)
                if hit is not None:
                    loose.add(hit)
                    n["any_owner"] += 1
            used = set()
            for g in gold:
                n["gold"] += 1
                k = by_kind.setdefault(g["kind"], [0, 0])
                k[0] += 1
                match = next((i for i, f in enumerate(figures) if i not in used and f["kind"] == g["kind"]
                              and abs(f["value"] - g["value"]) <= 0.011 and same_owner(g, f)), None)
                if match is None:
                    if args.verbose:
                        print(f"MISS {stem}: {g['subject']} {g['kind']} {g['value']} {g['period']} {g['region']}")
                    continue
                used.add(match)
                f = figures[match]
                n["found"] += 1
                k[1] += 1
                checks = [
                    ("subject", bool(words(g["subject"]) & words(f["subject"]))),
                    ("basis", (g["basis"] or None) == f.get("basis")),
                    ("year", g["year"] == f["period"]["year"]),
                    ("entity", g["entity"] == entity_of(f)),
                    ("measure", g["measure"] == (f.get("measure") or "output")),
                ]
                for key, ok in checks:
                    if ok:
                        n[key] += 1
                    elif args.verbose:
                        got = {"subject": f["subject"], "basis": f.get("basis"), "year": f["period"]["year"],
                               "entity": entity_of(f), "measure": f.get("measure")}[key]
                        want = {"subject": g["subject"], "basis": g["basis"], "year": g["year"],
                                "entity": g["entity"], "measure": g["measure"]}[key]
                        print(f"{key.upper()} {stem}: {g['subject']} {g['value']} gold {want} got {got}")
            for i, f in enumerate(figures):
                n["reported"] += 1
                home = entity_of(f) == "province"
                n["home_reported"] += home
                if i in used:
                    n["in_gold"] += 1
                    n["home_in_gold"] += home
                    continue
                if args.verbose:
                    print(f"EXTRA {stem}: {f['subject']} {f['kind']} {f['value']} {f['unit']} "
                          f"{f.get('region')} {entity_of(f)} | {f['quote']}")
                if home and any(g["entity"] != "province" and abs(f["value"] - g["value"]) < 0.011 for g in gold):
                    n["leaks"] += 1
                    if args.verbose:
                        print(f"LEAK {stem}: {f['subject']} {f['value']} reported as {HOME}'s")

    def pct(a, b):
        return f"{100.0 * a / b:.1f}%" if b else "n/a"
    found = n["found"]
    print(f"gold figures {n['gold']}; found {found} ({pct(found, n['gold'])}; of any owner "
          f"{pct(n['any_owner'], n['gold'])}); "
          f"subject right {pct(n['subject'], found)}; basis right {pct(n['basis'], found)}; "
          f"year right {pct(n['year'], found)}; entity right {pct(n['entity'], found)}; "
          f"measure right {pct(n['measure'], found)}")
    print("found by kind: " + ", ".join(f"{k} {v[1]}/{v[0]}" for k, v in sorted(by_kind.items())))
    print(f"reported {n['reported']}, of them in gold {pct(n['in_gold'], n['reported'])}; "
          f"reported as {HOME}'s {n['home_reported']}, of them in gold {pct(n['home_in_gold'], n['home_reported'])}; "
          f"leaks into {HOME}'s figures {n['leaks']}")


main()
