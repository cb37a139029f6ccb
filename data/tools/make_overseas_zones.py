#!/usr/bin/env python3
"""Build data/sites/overseas-zones.geojson from the shared reference sheet.

Reads ../shared/reference/overseas-zones.csv (relative to the repository root, or the path
given as the first argument) and writes one Point per row that has coordinates. Values are
copied as they are in the sheet; nothing is converted or filled in. Rows without coordinates
are listed on stderr and left out.

Python 3 standard library only. Usage (from the repository root):
    python3 data/tools/make_overseas_zones.py [path/to/overseas-zones.csv]
"""

import csv
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CSV = ROOT.parent / "shared" / "reference" / "overseas-zones.csv"
SOURCE_LABEL = "shared/reference/overseas-zones.csv"
OUT = ROOT / "data" / "sites" / "overseas-zones.geojson"
RELIABILITY = re.compile(r"\[([ABC])\](?:\s*\u00b1(\d+(?:\.\d+)?)\s*km)?")


def number(text):
    """A CSV cell as a number, or None when empty. Integers stay integers."""
    text = text.strip()
    if not text:
        return None
    value = float(text)
    return int(value) if value.is_integer() and "." not in text else value


def text_or_none(text):
    return text.strip() or None


def feature(row):
    lat, lon = number(row["lat"]), number(row["lon"])
    tag = RELIABILITY.search(row["notes"])
    props = {
        "id": row["id"],
        "name": row["name"],
        "country": row["country"],
        "industries": [s.strip() for s in row["industries"].split(";") if s.strip()],
        "areaHa": number(row["area_ha"]),
        "founded": number(row["founded"]),
        "portKm": number(row["port_km"]),
        "borderKm": number(row["border_km"]),
        "landPriceUsdPerM2": number(row["land_price_usd_m2"]),
        "wageUsdPerMonth": number(row["wage_usd_month"]),
        # Kept as text: the sheet uses ranges ("3-9") and steps ("5;10;15"), see overseas-zones.md §2.
        "citHolidayYears": text_or_none(row["cit_holiday_years"]),
        "citReducedRate": text_or_none(row["cit_reduced_rate"]),
        "reducedYears": text_or_none(row["reduced_years"]),
        "coordinateReliability": tag.group(1) if tag else None,
        "coordinateUncertaintyKm": number(tag.group(2)) if tag and tag.group(2) else None,
        "planned": row["notes"].lstrip().upper().startswith("PLANNED"),
        "source": SOURCE_LABEL,
        "sources": [u.strip() for u in row["sources"].split("|") if u.strip()],
    }
    return {"type": "Feature", "id": row["id"],
            "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": props}


def main():
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CSV
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    features, skipped = [], []
    for row in rows:
        if row["lat"].strip() and row["lon"].strip():
            features.append(feature(row))
        else:
            skipped.append(row["id"])

    errors = []
    for f in features:
        p, (lon, lat) = f["properties"], f["geometry"]["coordinates"]
        if not (-180 <= lon <= 180 and -90 <= lat <= 90):
            errors.append(f"{p['id']}: coordinates out of range")
        if p["coordinateReliability"] is None:
            errors.append(f"{p['id']}: no [A]/[B]/[C] reliability tag in notes")
        if not p["sources"] or not all(u.startswith("http") for u in p["sources"]):
            errors.append(f"{p['id']}: sources are URLs")
    ids = [f["id"] for f in features]
    if len(ids) != len(set(ids)):
        errors.append("ids are unique")
    if sum(f["properties"]["planned"] for f in features) != 1:
        errors.append("exactly one planned zone (Bolshoy Ussuriysky)")

    OUT.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features]
    OUT.write_text('{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n", encoding="utf-8")
    json.loads(OUT.read_text(encoding="utf-8"))
    print(f"wrote {OUT.relative_to(ROOT)}: {len(features)} zones; skipped without coordinates: "
          f"{', '.join(skipped) or 'none'}", file=sys.stderr if errors else sys.stdout)
    if errors:
        print("checks FAILED:\n  " + "\n  ".join(errors), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
