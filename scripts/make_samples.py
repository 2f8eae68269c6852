#!/usr/bin/env python3
"""Writes templates/samples/<library>.csv: a plausible tally for every field a library asks for.

Maintainers run it when a library gains fields, review the numbers, then run
scripts/make_samples.sh to turn the CSV files into the .ods sample sheets. Values are drawn from
ranges by unit with a fixed seed per key, and parts of a rate (rate(part, whole) or part / whole)
stay below their whole. Rows already in the CSV keep their value (the bundled ones were chosen
by hand), so re-running only adds rows for new fields and drops rows of removed ones.
"""
import csv, hashlib, random, re, subprocess, sys, pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
REPORTKIT = ROOT / "build" / "reportkit"

# Ranges by unit for a municipal office or Party group over one year.
RANGES = {
    "次": (6, 48), "人次": (120, 1600), "个": (4, 36), "项": (8, 60), "场": (6, 40), "名": (12, 180),
    "篇": (8, 60), "条": (120, 480), "期": (4, 24), "件": (180, 2600), "份": (6, 40), "处": (2, 12),
    "场次": (12, 60), "件次": (20, 160), "支": (2, 12), "学时": (40, 120), "天": (3, 15),
}
TEXT = {
    "org.name": "某市委办公室", "person.name": "王某某", "person.post": "党组书记、主任",
    "person.duties": "办文办会、督查督办和机关党建工作", "superior.name": "市委",
}
YEARS = {"report.year": "2025", "next.year": "2026", "person.since": "2021"}


def rng(key):
    return random.Random(int(hashlib.sha256(key.encode()).hexdigest()[:12], 16))


def library_fields(path):
    """(key, type, unit, label, formula) for every field, read from the library file."""
    text = path.read_text(encoding="utf-8")
    fields = []
    for m in re.finditer(r"<field\s([^>]*)/>", text, re.S):
        attrs = dict(re.findall(r'(\w[\w-]*)="([^"]*)"', m.group(1)))
        fields.append((attrs["key"], attrs.get("type", "integer"), attrs.get("unit", ""),
                       attrs.get("label", ""), attrs.get("formula", "")))
    return fields


def value(key, type_, unit, label, r):
    if type_ == "text":
        return TEXT.get(key, label)
    if type_ == "year":
        return YEARS.get(key, "2025")
    if type_ == "percent":
        # rates and reductions quoted in the text: 85%–99.5%, weights 10%–30%, cuts 3%–15%
        if "权重" in label:
            return f"{r.randint(10, 30)}%"
        if "压减" in label or "下降" in label:
            return f"{r.randint(30, 150) / 10}%"
        return f"{r.randint(850, 995) / 10}%"
    if type_ == "amount":
        return f"{r.randint(120, 2400) / 10}"
    if type_ == "decimal":
        return f"{r.randint(150, 300) / 10}" if "标准" in label else f"{r.randint(120, 290) / 10}"
    low, high = RANGES.get(unit, (5, 40))
    return str(r.randint(low, high))


def main():
    for path in sorted((ROOT / "templates").glob("*.xml")):
        fields = library_fields(path)
        ident = re.search(r'<library\s[^>]*id="([^"]+)"', path.read_text(encoding="utf-8")).group(1)
        values = {}
        for key, type_, unit, label, formula in fields:
            if not formula:
                values[key] = value(key, type_, unit, label, rng(key))
        # a part stays below its whole, so that every rate reads like a real one
        for key, type_, unit, label, formula in fields:
            m = re.fullmatch(r"\s*(?:rate\(\s*([\w.-]+)\s*[,，]\s*([\w.-]+)\s*\)|([\w.-]+)\s*/\s*([\w.-]+))\s*", formula)
            if not m:
                continue
            part, whole = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            share = rng(key).randint(880, 995) / 1000
            values[part] = str(max(1, round(int(values[whole]) * share)))
        # year-on-year: last year a little higher, as the genre reports cuts in documents and meetings
        for key, type_, unit, label, formula in fields:
            m = re.fullmatch(r"\s*yoy\(\s*([\w.-]+)\s*[,，]\s*([\w.-]+)\s*\)\s*", formula)
            if m and values.get(m.group(1), "").isdigit():
                values[m.group(2)] = str(round(int(values[m.group(1)]) * rng(key).randint(1050, 1200) / 1000))
        # the same for parts and wholes named alike without a formula (supervision.closed / .items)
        wholes = ("items", "tasks", "issues", "submitted", "members", "handled", "total")
        for key in list(values):
            prefix, _, name = key.rpartition(".")
            if name in ("closed", "done", "fixed", "adopted", "reviewed", "on_time", "completed"):
                for whole in wholes:
                    if f"{prefix}.{whole}" in values and values[key].isdigit():
                        limit = int(values[f"{prefix}.{whole}"])
                        if int(values[key]) > limit or int(values[key]) < limit * 0.8:
                            values[key] = str(max(1, round(limit * rng(key + "/share").randint(880, 995) / 1000)))
        # integrity: the office used stays within its standard
        if "integrity.office_area" in values and "integrity.area_limit" in values:
            values["integrity.office_area"] = str(round(float(values["integrity.area_limit"]) * 0.9, 1))
        out = ROOT / "templates" / "samples" / f"{ident}.csv"
        if out.exists():
            with out.open(encoding="utf-8", newline="") as f:
                values.update({row["key"]: row["value"] for row in csv.DictReader(f) if row["value"]})
        with out.open("w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["key", "label", "unit", "value"])
            for key, type_, unit, label, formula in fields:
                if not formula:
                    w.writerow([key, label, unit, values[key]])
        print(f"wrote {out.relative_to(ROOT)} ({len(values)} values)")


if __name__ == "__main__":
    sys.exit(main())
