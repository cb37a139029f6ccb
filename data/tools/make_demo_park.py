#!/usr/bin/env python3
"""Generate the demo park data/parks/bolshoy-ussuriysky.geojson and validate it.

A planned Russia-China eco-industrial park on Bolshoy Ussuriysky Island (Khabarovsk krai).
The island location is real; the layout, plants, quantities and prices are invented for the
demo (see data/README.md for every assumption and its source).

The layout is drawn in a local metric frame (x east, y north, metres from the origin) and
converted to WGS 84 lon/lat with the meridian and prime-vertical radii of curvature at the
origin latitude. Over the 6 km of the site this affine mapping is within 0.1 % of a geodesic
computation, and it keeps axis-aligned rectangles axis-aligned, which the checks rely on.

Python 3 standard library only. Fixed seed: rerunning gives a byte-identical file.
Usage (from the repository root):  python3 data/tools/make_demo_park.py
"""

import csv
import json
import math
import random
import re
import sys
from pathlib import Path

SEED = 20250519  # the day the seed article's session was held (19 May 2025)
ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "data" / "parks" / "bolshoy-ussuriysky.geojson"
CATALOG = ROOT / "data" / "catalog" / "resources.csv"

# Origin of the local frame: the park centre given in the brief (inside the Russian, eastern
# part of the island; the island centroid is 48.3614 N 134.8139 E per overseas-zones.csv [A]).
LAT0, LON0 = 48.38, 134.85
WGS84_A = 6378137.0
WGS84_E2 = 6.69437999014e-3
_S = math.sin(math.radians(LAT0))
M_PER_DEG_LAT = math.pi / 180 * WGS84_A * (1 - WGS84_E2) / (1 - WGS84_E2 * _S * _S) ** 1.5
M_PER_DEG_LON = math.pi / 180 * WGS84_A / math.sqrt(1 - WGS84_E2 * _S * _S) * math.cos(math.radians(LAT0))
DECIMALS = 7  # about 1 cm

rng = random.Random(SEED)


def to_lonlat(x, y):
    return [round(LON0 + x / M_PER_DEG_LON, DECIMALS), round(LAT0 + y / M_PER_DEG_LAT, DECIMALS)]


def to_local(lon, lat):
    return ((lon - LON0) * M_PER_DEG_LON, (lat - LAT0) * M_PER_DEG_LAT)


def ring(points):
    """Closed lon/lat ring from local (x, y) vertices given counter-clockwise."""
    coords = [to_lonlat(x, y) for x, y in points]
    return coords + [coords[0]]


def polygon(points):
    return {"type": "Polygon", "coordinates": [ring(points)]}


def line(points):
    return {"type": "LineString", "coordinates": [to_lonlat(x, y) for x, y in points]}


def point(x, y):
    return {"type": "Point", "coordinates": to_lonlat(x, y)}


# ---------------------------------------------------------------------------------------------
# Street grid. N-S streets (30 m reserves) at STREET_X, the main road (40 m reserve) on y = 0,
# secondary E-W streets (30 m) at y = +-500. The site spans x -1600..1600, y -1000..1000.
# ---------------------------------------------------------------------------------------------
COLS = [(-1600, -1215), (-1185, -615), (-585, -15), (15, 585), (615, 1185), (1215, 1600)]
ROWS = [(-1000, -515), (-485, -20), (20, 485), (515, 1000)]


def south_edge(x):
    """South boundary of the south-east blocks: it follows the side channel's bank, rising 10 %."""
    return -1000 + 0.1 * (x - 15)


# Block plan: (col, row) -> sub-parcels as (fx0, fy0, fx1, fy1, zoning, key) in block fractions.
# key names a parcel that plants, pipelines or statuses refer to; None = an ordinary parcel.
def halves_y(fx0, fx1, zoning):
    return [(fx0, 0, fx1, 0.5, zoning, None), (fx0, 0.5, fx1, 1, zoning, None)]


def grid(nx, ny, zoning):
    return [(i / nx, j / ny, (i + 1) / nx, (j + 1) / ny, zoning, None) for i in range(nx) for j in range(ny)]


BLOCKS = {
    # north row: rail-served logistics in the west, light industry, technopark, housing in the east
    (0, 3): [(0, 0, 0.5, 1, "logistics", None), (0.5, 0, 1, 1, "logistics", None)],
    (1, 3): [(0, 0, 0.6, 1, "logistics", "terminal"), (0.6, 0, 1, 1, "logistics", None)],
    (2, 3): [(0, 0, 1 / 3, 1, "logistics", None), (1 / 3, 0, 2 / 3, 1, "logistics", None),
             (2 / 3, 0, 1, 1, "logistics", None)],
    (3, 3): grid(2, 2, "industrial-light"),
    (4, 3): [(0, 0, 0.5, 0.303, "commercial", "technopark"), (0, 0.303, 0.5, 1, "commercial", None),
             (0.5, 0, 1, 1, "green", None)],
    (5, 3): halves_y(0, 1, "residential"),
    # second row, north of the main road
    (0, 2): [(0, 0, 1, 1, "industrial-heavy", "boardmill")],
    (1, 2): [(0, 0, 0.6, 1, "utility", "chp"), (0.6, 0, 1, 1, "utility", None)],
    (2, 2): [(0, 0, 0.65, 1, "industrial-heavy", "sawmill")] + halves_y(0.65, 1, "industrial-heavy"),
    (3, 2): [(0, 0, 0.5, 1, "industrial-light", "soy")] + halves_y(0.5, 1, "industrial-light"),
    (4, 2): grid(2, 2, "industrial-light"),
    (5, 2): [(0, 0, 0.25, 1, "green", None), (0.25, 0, 1, 1, "residential", None)],
    # third row, south of the main road
    (0, 1): [(0, 0, 0.55, 1, "industrial-heavy", "pellet"), (0.55, 0, 1, 1, "industrial-heavy", None)],
    (1, 1): [(0, 0, 0.5, 1, "utility", "wwtp")] + halves_y(0.5, 1, "utility"),
    (2, 1): grid(2, 2, "chemical"),
    (3, 1): [(0, 0, 0.5, 1, "industrial-light", "fish")] + halves_y(0.5, 1, "industrial-light"),
    (4, 1): [(0, 0, 0.5, 1, "industrial-light", "brewery")] + halves_y(0.5, 1, "industrial-light"),
    (5, 1): [(0, 0, 0.25, 1, "green", None), (0.25, 0, 1, 1, "agricultural", None)],
    # south row: wetland with green buffers in the west, greenhouses, building materials, berth
    (2, 0): [(0, 0, 0.6, 1, "agricultural", "greenhouse1"), (0.6, 0, 1, 1, "agricultural", None)],
    (3, 0): [(0, 0, 0.5, 1, "agricultural", None), (0.5, 0, 1, 1, "agricultural", None)],
    (4, 0): [(0, 0, 0.5, 1, "industrial-heavy", "aac"), (0.5, 0, 1, 1, "industrial-heavy", None)],
    (5, 0): [(0, 0, 1, 1, "logistics", "berth")],
}

# Green strips between the protected wetland (south-west) and the industrial rows.
GREEN_STRIPS = [(-1600, -630, -1100, -515), (-1100, -630, -615, -515)]

# Corners cut (25 m splays) where parcels meet the main entry crossing at x = 0, y = 0.
SPLAY_M = 25.0
SPLAY_CORNERS = {(2, 2): (1, 0), (3, 2): (0, 0), (2, 1): (1, 1), (3, 1): (0, 1)}

# Wetland outline (protected; nothing may be built or laid in it). Counter-clockwise.
WETLAND = [(-1580, -980), (-1150, -990), (-700, -960), (-660, -800), (-760, -700),
           (-1000, -660), (-1250, -720), (-1450, -670), (-1585, -760)]

ZONING_PRICE_RUB_M2 = {  # invented asking prices, RUB per m2 of land
    "industrial-light": 900, "industrial-heavy": 700, "chemical": 650, "logistics": 1000,
    "utility": 500, "commercial": 2500, "agricultural": 250, "residential": 3000, "green": 100,
}
ZONING_COVERAGE = {
    "industrial-light": 0.6, "industrial-heavy": 0.6, "chemical": 0.5, "logistics": 0.7,
    "utility": 0.5, "commercial": 0.6, "agricultural": 0.7, "residential": 0.5, "green": 0.05,
}
ZONING_NAME = {
    "industrial-light": "Light industry", "industrial-heavy": "Heavy industry", "chemical": "Chemical",
    "logistics": "Logistics", "utility": "Utilities", "commercial": "Commercial",
    "agricultural": "Agro", "residential": "Housing", "green": "Green buffer",
}


def block_parcel_vertices(col, row, fx0, fy0, fx1, fy1):
    (bx0, bx1), (by0, by1) = COLS[col], ROWS[row]
    x0, x1 = bx0 + fx0 * (bx1 - bx0), bx0 + fx1 * (bx1 - bx0)
    y0, y1 = by0 + fy0 * (by1 - by0), by0 + fy1 * (by1 - by0)
    x0, x1, y0, y1 = (round(v, 2) for v in (x0, x1, y0, y1))
    if row == 0 and col >= 3 and fy0 == 0:  # trapezoid on the river bank
        return [(x0, round(south_edge(x0), 2)), (x1, round(south_edge(x1), 2)), (x1, y1), (x0, y1)]
    verts = [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]
    corner = SPLAY_CORNERS.get((col, row))
    if corner is not None:
        cx = bx1 if corner[0] == 1 else bx0
        cy = by1 if corner[1] == 1 else by0
        for i, (vx, vy) in enumerate(verts):
            if vx == cx and vy == cy:
                sx = -SPLAY_M if corner[0] == 1 else SPLAY_M
                sy = -SPLAY_M if corner[1] == 1 else SPLAY_M
                a, b = (vx, vy + sy), (vx + sx, vy)
                # keep the ring counter-clockwise: the point on the incoming edge comes first
                prev = verts[i - 1]
                first, second = (a, b) if prev[0] == vx else (b, a)
                verts = verts[:i] + [first, second] + verts[i + 1:]
                break
    return verts


def make_parcels():
    parcels, keyed = [], {}
    n = 0
    for (col, row), subs in sorted(BLOCKS.items(), key=lambda kv: (-kv[0][1], kv[0][0])):
        for (fx0, fy0, fx1, fy1, zoning, key) in subs:
            n += 1
            verts = block_parcel_vertices(col, row, fx0, fy0, fx1, fy1)
            parcels.append({"id": f"P{n:02d}", "zoning": zoning, "verts": verts, "key": key,
                            "block": (col, row)})
            if key:
                keyed[key] = parcels[-1]
    for (x0, y0, x1, y1) in GREEN_STRIPS:
        n += 1
        parcels.append({"id": f"P{n:02d}", "zoning": "green", "verts": [(x0, y0), (x1, y0), (x1, y1), (x0, y1)],
                        "key": None, "block": None})
    return parcels, keyed


def centroid(verts):
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(verts, verts[1:] + verts[:1]):
        c = x0 * y1 - x1 * y0
        a += c
        cx += (x0 + x1) * c
        cy += (y0 + y1) * c
    return cx / (3 * a), cy / (3 * a)


def area(verts):
    return 0.5 * sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(verts, verts[1:] + verts[:1]))


# ---------------------------------------------------------------------------------------------
# Plants. Quantities are per year; the assumptions behind them are in data/README.md.
# ---------------------------------------------------------------------------------------------
def s(direction, resource, quantity, unit, **quality):
    stream = {"direction": direction, "resource": resource, "quantity": quantity, "unit": unit}
    stream.update(quality)
    return stream


CHP_FOOTPRINT = [(-1140, 120), (-890, 120), (-890, 330), (-1140, 330)]  # 250 m x 210 m

PLANTS = [
    # ---- existing ----------------------------------------------------------------------------
    dict(id="chp", name="Island CHP plant (50 MWe, coal/wood co-firing)", industry="D3510",
         status="existing", parcel="chp", footprint=CHP_FOOTPRINT, hazardClass=3, safetyBufferM=300,
         allowedZoning=["utility", "industrial-heavy"],
         streams=[
             s("OUT", "electricity", 275, "GWh"),
             s("OUT", "steam", 150000, "t", temperatureC=250),
             s("OUT", "hot_water", 250000, "MWh", temperatureC=115),
             s("OUT", "waste_heat", 60000, "MWh", temperatureC=40),
             s("OUT", "fly_ash", 22000, "t", hazardous=False, ewcCode="10 01 02"),
             s("OUT", "bottom_ash", 6000, "t", hazardous=False, ewcCode="10 01 01"),
             s("OUT", "fgd_gypsum", 3100, "t", hazardous=False, ewcCode="10 01 05"),
             s("OUT", "wastewater", 120000, "m3", waterQuality="wastewater"),
             s("IN", "bark", 11000, "t"),
             s("IN", "wood_waste", 6000, "t"),
             s("IN", "wood_chips", 25000, "t"),
             s("IN", "fuel_gas", 9000, "MWh"),
             s("IN", "cooling_water", 700000, "m3", waterQuality="cooling"),
             s("IN", "process_water", 220000, "m3", waterQuality="process"),
         ]),
    dict(id="sawmill", name="Amur sawmill (150,000 m3 logs/yr)", industry="C1610", status="existing",
         parcel="sawmill", footprintM2=60000, hazardClass=4, safetyBufferM=100,
         allowedZoning=["industrial-heavy", "industrial-light"],
         streams=[
             s("IN", "timber", 112.5, "kt"),
             s("IN", "hot_water", 75600, "GJ", temperatureC=95),
             s("IN", "electricity", 6000, "MWh"),
             s("OUT", "sawdust", 13500, "t", hazardous=False, ewcCode="03 01 05"),
             s("OUT", "wood_chips", 28000, "t", hazardous=False, ewcCode="03 01 05"),
             s("OUT", "bark", 11000, "t", hazardous=False, ewcCode="03 01 01"),
             s("OUT", "wood_waste", 5000, "t", hazardous=False, ewcCode="03 01 05"),
         ]),
    dict(id="fish", name="Fish-processing plant (40,000 t raw fish/yr)", industry="C1020",
         status="existing", parcel="fish", footprintM2=35000, hazardClass=4, safetyBufferM=100,
         allowedZoning=["industrial-light", "industrial-heavy"],
         streams=[
             s("IN", "steam", 15000, "t", temperatureC=170),
             s("IN", "fresh_water", 400000, "m3", waterQuality="potable"),
             s("IN", "electricity", 8000, "MWh"),
             s("OUT", "fish_waste", 14000, "t", hazardous=False, ewcCode="02 02 02"),
             s("OUT", "organic_sludge", 2500, "t", hazardous=False, ewcCode="02 02 04"),
             s("OUT", "wastewater", 360000, "m3", waterQuality="wastewater"),
         ]),
    dict(id="soy", name="Soybean crushing plant (200,000 t seed/yr)", industry="C1040", status="existing",
         parcel="soy", footprintM2=45000, hazardClass=3, safetyBufferM=300,
         allowedZoning=["industrial-light", "industrial-heavy"],
         streams=[
             s("IN", "steam", 40000, "t", temperatureC=180),
             s("IN", "fresh_water", 120000, "m3", waterQuality="potable"),
             s("IN", "electricity", 10000, "MWh"),
             s("OUT", "food_waste", 2000, "t", hazardous=False, ewcCode="02 03 04"),
             s("OUT", "biomass_residue", 8000, "t", hazardous=False, ewcCode="02 03 04"),
             s("OUT", "wastewater", 90000, "m3", waterQuality="wastewater"),
         ]),
    dict(id="brewery", name="Brewery (300,000 hl/yr)", industry="C1103", status="existing",
         parcel="brewery", footprintM2=30000, hazardClass=5, safetyBufferM=50,
         allowedZoning=["industrial-light"],
         streams=[
             s("IN", "steam", 12000, "t", temperatureC=160),
             s("IN", "fresh_water", 120000, "m3", waterQuality="potable"),
             s("IN", "electricity", 3000, "MWh"),
             s("OUT", "biomass_residue", 6000, "t", hazardous=False, ewcCode="02 07 04"),
             s("OUT", "yeast_slurry", 750, "t", hazardous=False, ewcCode="02 07 04"),
             s("OUT", "co2", 400, "t"),
             s("OUT", "wastewater", 85000, "m3", waterQuality="wastewater"),
         ]),
    dict(id="wwtp", name="Park wastewater treatment plant (3,000 m3/day)", industry="E3700",
         status="existing", parcel="wwtp", footprintM2=40000, safetyBufferM=300,
         allowedZoning=["utility"],
         streams=[
             s("IN", "wastewater", 1100, "ML", waterQuality="wastewater"),
             s("IN", "electricity", 550, "MWh"),
             s("OUT", "treated_wastewater", 1050000, "m3", waterQuality="process"),
             s("OUT", "sewage_sludge", 1650, "t", hazardous=False, ewcCode="19 08 05"),
         ]),
    dict(id="greenhouse1", name="Greenhouse complex, phase 1 (8 ha glass)", industry="A0113",
         status="existing", parcel="greenhouse1", footprintM2=80000, hazardClass=5, safetyBufferM=50,
         allowedZoning=["agricultural"],
         streams=[
             s("IN", "hot_water", 96000, "MWh", temperatureC=80),
             s("IN", "co2", 2400, "t"),
             s("IN", "electricity", 28000, "MWh"),
             s("IN", "fresh_water", 80000, "m3", waterQuality="irrigation"),
             s("IN", "fertilizer", 300, "t"),
             s("OUT", "biomass_residue", 1200, "t", hazardous=False, ewcCode="02 01 03"),
         ]),
    dict(id="terminal", name="Cross-border logistics terminal", industry="H5210", status="existing",
         parcel="terminal", footprintM2=70000, hazardClass=5, safetyBufferM=50,
         allowedZoning=["logistics"],
         streams=[
             s("IN", "electricity", 6000, "MWh"),
             s("OUT", "wood_waste", 2500, "t", hazardous=False, ewcCode="15 01 03"),
             s("OUT", "paper_waste", 1200, "t", hazardous=False, ewcCode="15 01 01"),
             s("OUT", "plastic_waste", 600, "t", hazardous=False, ewcCode="15 01 02"),
         ]),
    # ---- proposed, sited ---------------------------------------------------------------------
    dict(id="pellet", name="Wood-pellet plant (22,000 t/yr)", industry="C1629", status="proposed",
         parcel="pellet", footprintM2=20000, hazardClass=4, safetyBufferM=100,
         allowedZoning=["industrial-heavy", "industrial-light"],
         streams=[
             s("IN", "sawdust", 13000, "t"),
             s("IN", "wood_chips", 20000, "t"),
             s("IN", "wood_waste", 8000, "t"),
             s("IN", "hot_water", 15000, "MWh", temperatureC=90),
             s("IN", "electricity", 3300, "MWh"),
             s("OUT", "wood_pellets", 22000, "t"),
         ]),
    dict(id="boardmill", name="Particleboard mill (100,000 m3/yr)", industry="C1621", status="proposed",
         parcel="boardmill", footprintM2=70000, hazardClass=3, safetyBufferM=300,
         allowedZoning=["industrial-heavy"],
         streams=[
             s("IN", "timber", 45000, "t"),
             s("IN", "wood_chips", 40000, "t"),
             s("IN", "sawdust", 10000, "t"),
             s("IN", "wood_waste", 10000, "t"),
             s("IN", "steam", 50000, "t", temperatureC=200),
             s("IN", "electricity", 15000, "MWh"),
             s("OUT", "wood_waste", 6000, "t", hazardous=False, ewcCode="03 01 05"),
             s("OUT", "wastewater", 20000, "m3", waterQuality="wastewater"),
         ]),
    dict(id="aac", name="Aerated-concrete (AAC) block plant with fly ash (150,000 m3/yr)",
         industry="C2395", status="proposed", parcel="aac", footprintM2=40000, hazardClass=4,
         safetyBufferM=100, allowedZoning=["industrial-heavy"],
         streams=[
             s("IN", "fly_ash", 20000, "t"),
             s("IN", "bottom_ash", 5000, "t"),
             s("IN", "cement", 18000, "t"),
             s("IN", "fgd_gypsum", 1000, "t"),
             s("IN", "steam", 22000, "t", temperatureC=190),
             s("IN", "process_water", 40000, "m3", waterQuality="process"),
             s("IN", "electricity", 5000, "MWh"),
         ]),
    # ---- proposed, no site yet (null geometry) -----------------------------------------------
    dict(id="biogas", name="Biogas plant with upgrading (19,000 t feedstock/yr)", industry="D3520",
         status="proposed", footprintM2=15000, hazardClass=4, safetyBufferM=100,
         allowedZoning=["utility", "industrial-heavy"],
         streams=[
             s("IN", "fish_waste", 4000, "t"),
             s("IN", "food_waste", 3000, "t"),
             s("IN", "organic_sludge", 4000, "t"),
             s("IN", "sewage_sludge", 1700, "t"),
             s("IN", "biomass_residue", 6000, "t"),
             s("IN", "yeast_slurry", 300, "t"),
             s("IN", "hot_water", 2500, "MWh", temperatureC=55),
             s("IN", "electricity", 1500, "MWh"),
             s("OUT", "biogas", 6000, "MWh"),
             s("OUT", "fuel_gas", 7500, "MWh"),
             s("OUT", "co2", 990, "t"),
             s("OUT", "fertilizer", 4000, "t", hazardous=False, ewcCode="19 06 06"),
         ]),
    dict(id="gypsumboard", name="Gypsum plasterboard plant (8 million m2/yr)", industry="C2395",
         status="proposed", footprintM2=50000, hazardClass=3, safetyBufferM=300,
         allowedZoning=["industrial-heavy"],
         streams=[
             s("IN", "fgd_gypsum", 8000, "t"),
             s("IN", "gypsum", 55000, "t"),
             s("IN", "fuel_gas", 30000, "MWh"),
             s("IN", "process_water", 45000, "m3", waterQuality="process"),
             s("IN", "electricity", 6000, "MWh"),
         ]),
    dict(id="greenhouse2", name="Greenhouse complex, phase 2 (6 ha glass)", industry="A0113",
         status="proposed", footprintM2=60000, hazardClass=5, safetyBufferM=50,
         allowedZoning=["agricultural"],
         streams=[
             s("IN", "hot_water", 60000, "MWh", temperatureC=70),
             s("IN", "biogas", 6000, "MWh"),
             s("IN", "co2", 1800, "t"),
             s("IN", "electricity", 20000, "MWh"),
             s("IN", "fresh_water", 60000, "m3", waterQuality="irrigation"),
             s("IN", "fertilizer", 250, "t"),
             s("OUT", "biomass_residue", 900, "t", hazardous=False, ewcCode="02 01 03"),
         ]),
    dict(id="feedmill", name="Fish-meal and feed mill (10,000 t raw material/yr)", industry="C1080",
         status="proposed", footprintM2=15000, hazardClass=3, safetyBufferM=300,
         allowedZoning=["industrial-light", "industrial-heavy"],
         streams=[
             s("IN", "fish_waste", 10000, "t"),
             s("IN", "yeast_slurry", 700, "t"),
             s("IN", "biomass_residue", 6000, "t"),
             s("IN", "steam", 7000, "t", temperatureC=170),
             s("IN", "electricity", 2500, "MWh"),
             s("OUT", "organic_sludge", 500, "t", hazardous=False, ewcCode="02 02 04"),
             s("OUT", "wastewater", 8000, "m3", waterQuality="wastewater"),
         ]),
    dict(id="aquaculture", name="Recirculating sturgeon farm (1,000 t fish/yr)", industry="A0322",
         status="proposed", footprintM2=25000, safetyBufferM=0,
         allowedZoning=["agricultural", "industrial-light"],
         streams=[
             s("IN", "waste_heat", 12000, "MWh", temperatureC=25),
             s("IN", "fresh_water", 200000, "m3", waterQuality="process"),
             s("IN", "electricity", 5000, "MWh"),
             s("OUT", "organic_sludge", 1500, "t", hazardous=False, ewcCode="02 01 06"),
             s("OUT", "fish_waste", 150, "t", hazardous=False, ewcCode="02 02 02"),
             s("OUT", "wastewater", 180000, "m3", waterQuality="wastewater"),
         ]),
]

# Where a sited plant's point goes: the parcel's centroid, shifted for plants whose pipelines
# should reach them without crossing a neighbour (offsets in metres).
POINT_OFFSETS = {"terminal": (0, -120)}


# ---------------------------------------------------------------------------------------------
# Corridors and pipelines (local metres). Rivers and the wetland are schematic, not surveyed.
# ---------------------------------------------------------------------------------------------
def corridors():
    c = []

    def add(cid, name, kind, factor, geom):
        c.append({"id": cid, "name": name, "kind": kind, "costFactor": factor, "geom": geom})

    add("road-main", "Main road: Khabarovsk bridge (east) to the planned checkpoint (west)", "road", 0.7,
        line([(-3000, 120), (-1600, 0), (1600, 0), (2600, 60)]))
    for i, x in enumerate([-1200, -600, 0, 600, 1200], 1):
        y_south = -500 if x == -1200 else (-1000 if x <= 0 else south_edge(x))
        add(f"street-ns{i}", f"Street {i} (north-south)", "road", 0.7, line([(x, y_south), (x, 1000)]))
    add("street-ew-n", "North street", "road", 0.7, line([(-1600, 500), (1600, 500)]))
    add("street-ew-s", "South street", "road", 0.7, line([(-1600, -500), (1600, -500)]))
    add("utility-main", "Utility corridor along the main road", "utility", 0.5,
        line([(-1600, -15), (2000, -15)]))
    add("utility-ns2", "Utility corridor along street 2", "utility", 0.5, line([(-592, -1000), (-592, 1000)]))
    add("rail-spur", "Railway spur from the Khabarovsk side", "rail", 3.0,
        line([(2600, 1100), (1700, 1060), (-1500, 1040)]))
    add("rail-siding", "Logistics siding", "rail", 3.0, line([(-1500, 1040), (-1300, 1025), (-15, 1025)]))
    add("river-amur", "Amur channel bank (schematic)", "river", 5.0,
        line([(-3000, 1560), (-1500, 1500), (0, 1520), (1500, 1450), (2600, 1480)]))
    add("river-south", "Side channel (protoka) on the south (schematic)", "river", 5.0,
        line([(-3000, -1200), (-1600, -1120), (-600, -1090), (400, -1060), (1200, -990),
              (2000, -930), (2600, -960)]))
    add("river-east", "Side channel between the park and the eastern island (schematic)", "river", 5.0,
        line([(2150, 1450), (2080, 600), (2120, 0), (2050, -600), (2000, -930)]))
    add("wetland", "Protected wetland (floodplain meadow with oxbows)", "protected", None, polygon(WETLAND))
    add("bldg-technopark", "Technopark main building", "building", None,
        polygon([(680, 560), (820, 560), (820, 620), (680, 620)]))
    return c


def pipelines(plant_xy):
    chp_e = (-900, 200)  # east side of the CHP footprint
    soy = plant_xy["soy"]
    gh = plant_xy["greenhouse1"]
    wwtp = plant_xy["wwtp"]
    return [
        {"id": "pl-steam-soy", "name": "Steam line CHP - soybean plant", "carrier": "steam",
         "diameterMm": 300, "capacityPerYear": 250000, "status": "existing",
         "geom": line([chp_e, (-900, 10), (soy[0], 10), soy])},
        {"id": "pl-heat-greenhouse", "name": "Hot-water line CHP - greenhouse complex", "carrier": "hot_water",
         "diameterMm": 400, "capacityPerYear": 200000, "status": "existing",
         "geom": line([(-960, 120), (-960, 5), (-600, 5), (-600, gh[1]), gh])},
        {"id": "pl-reuse-chp", "name": "Treated-wastewater line WWTP - CHP cooling towers",
         "carrier": "treated_wastewater", "diameterMm": 300, "capacityPerYear": 2500000, "status": "existing",
         "geom": line([wwtp, (wwtp[0], -10), (-1020, -10), (-1020, 120)])},
    ]


# ---------------------------------------------------------------------------------------------
# Build the collection
# ---------------------------------------------------------------------------------------------
def build():
    parcels, keyed = make_parcels()
    sited = {p["parcel"] for p in PLANTS if "parcel" in p}
    existing_keys = {p["parcel"] for p in PLANTS if p["status"] == "existing" and "parcel" in p}
    parcel_features = []
    for p in parcels:
        z = p["zoning"]
        if p["key"] in existing_keys or p["key"] == "technopark":
            status = "occupied"
        elif p["key"] in sited or z in ("green", "residential"):
            status = "reserved"
        else:
            status = "reserved" if rng.random() < 0.12 else "available"
        cx, cy = centroid(p["verts"])
        near_road = max(0.0, 1 - abs(cy) / 1000)  # land next to the main road asks more
        price = ZONING_PRICE_RUB_M2[z] * (1 + 0.15 * near_road) * rng.uniform(0.92, 1.08)
        name = f"{ZONING_NAME[z]} parcel {p['id']}"
        if p["key"] == "technopark":
            name = "Russia-China technopark (4.2 ha)"
        parcel_features.append({
            "type": "Feature", "id": p["id"], "geometry": polygon(p["verts"]),
            "properties": {"layer": "parcel", "id": p["id"], "name": name, "zoning": z, "status": status,
                           "landPricePerM2": round(price, -1), "maxCoverage": ZONING_COVERAGE[z]}})

    plant_features, plant_xy = [], {}
    for pl in PLANTS:
        props = {"layer": "plant", "id": pl["id"], "name": pl["name"], "industry": pl["industry"],
                 "status": pl["status"]}
        geom = None
        if "footprint" in pl:
            props["footprintM2"] = round(area(pl["footprint"]))
            geom = polygon(pl["footprint"])
            plant_xy[pl["id"]] = centroid(pl["footprint"])
        else:
            props["footprintM2"] = pl["footprintM2"]
        if "parcel" in pl:
            parcel = keyed[pl["parcel"]]
            props["parcelId"] = parcel["id"]
            if geom is None:
                cx, cy = centroid(parcel["verts"])
                dx, dy = POINT_OFFSETS.get(pl["id"], (0, 0))
                xy = (round(cx + dx, 1), round(cy + dy, 1))
                plant_xy[pl["id"]] = xy
                geom = point(*xy)
        if "hazardClass" in pl:
            props["hazardClass"] = pl["hazardClass"]
        props["safetyBufferM"] = pl["safetyBufferM"]
        props["allowedZoning"] = pl["allowedZoning"]
        props["streams"] = pl["streams"]
        plant_features.append({"type": "Feature", "id": pl["id"], "geometry": geom, "properties": props})

    pipe_features = [{"type": "Feature", "id": p["id"], "geometry": p.pop("geom"),
                      "properties": {"layer": "pipeline", **p}} for p in pipelines(plant_xy)]
    corridor_features = [{"type": "Feature", "id": c["id"], "geometry": c.pop("geom"),
                          "properties": {"layer": "corridor", **c}} for c in corridors()]

    return {
        "type": "FeatureCollection",
        "park": {
            "id": "bolshoy-ussuriysky",
            "name": "Bolshoy Ussuriysky Russia\u2013China Eco-Industrial Park",
            "country": "RU", "languages": ["ru", "zh", "en"], "currency": "RUB", "workSrid": 32653,
            "discountRate": 0.08, "lifetimeYears": 30,
            "description": (
                "Demo data. A planned Russia-China eco-industrial park on the Russian (eastern) part of "
                "Bolshoy Ussuriysky Island, Khabarovsk krai, next to the border with China. The island "
                "and the plan for a Russia-China technopark on it are real (Russia-China Forum, "
                "Khabarovsk, May 2025); the parcel layout, plants, quantities, prices, rivers and "
                "wetland outline are invented for testing. See data/README.md."),
        },
        "features": parcel_features + plant_features + pipe_features + corridor_features,
    }


def dump(collection):
    """One feature per line; every coordinate printed with 7 decimals."""
    def fmt(obj):
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))

    def coords_text(c):
        if isinstance(c[0], (int, float)):
            return "[" + ",".join(f"{v:.{DECIMALS}f}" for v in c) + "]"
        return "[" + ",".join(coords_text(x) for x in c) + "]"

    def feature_text(f):
        g = f["geometry"]
        geom = "null" if g is None else ('{"type":' + fmt(g["type"]) + ',"coordinates":'
                                         + coords_text(g["coordinates"]) + "}")
        return ('{"type":"Feature","id":' + fmt(f["id"]) + ',"geometry":' + geom
                + ',"properties":' + fmt(f["properties"]) + "}")

    lines = ['{"type":"FeatureCollection",', '"park":' + fmt(collection["park"]) + ",", '"features":[']
    feats = collection["features"]
    lines += [feature_text(f) + ("," if i < len(feats) - 1 else "") for i, f in enumerate(feats)]
    lines += ["]}"]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------
# Validation of the written file (re-read from disk)
# ---------------------------------------------------------------------------------------------
WATER_QUALITY_CASCADE = ["potable", "process", "irrigation", "cooling", "wastewater"]
UNIT_DIMENSION = {"kg": "t", "t": "t", "kt": "t", "Mt": "t", "l": "m3", "m3": "m3", "ML": "m3",
                  "kWh": "MWh", "MWh": "MWh", "GWh": "MWh", "MJ": "MWh", "GJ": "MWh", "TJ": "MWh"}
UNIT_TO_BASE = {"kg": 1e-3, "t": 1, "kt": 1e3, "Mt": 1e6, "l": 1e-3, "m3": 1, "ML": 1e3,
                "kWh": 1e-3, "MWh": 1, "GWh": 1e3, "MJ": 1 / 3600, "GJ": 1 / 3.6, "TJ": 1000 / 3.6}
HEAT = {"steam", "hot_water", "waste_heat"}
# Substitutions this file relies on (DESIGN.md 5.1: the catalog says which resource may replace
# which). An OUT of the key may serve an IN of each listed resource.
SUBSTITUTES = {"treated_wastewater": ["cooling_water", "process_water"], "fgd_gypsum": ["gypsum"],
               "biogas": ["fuel_gas"], "fuel_gas": ["biogas"]}
ZONINGS = {"industrial-light", "industrial-heavy", "chemical", "logistics", "utility", "commercial",
           "agricultural", "residential", "green", "protected"}
KIND_FACTOR = {"road": 0.7, "utility": 0.5, "rail": 3.0, "river": 5.0, "protected": None, "building": None,
               "other": 1.0}


def cross(o, a, b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def segments_cross(p1, p2, q1, q2):
    """True if the segments intersect anywhere (touching counts)."""
    d1, d2 = cross(q1, q2, p1), cross(q1, q2, p2)
    d3, d4 = cross(p1, p2, q1), cross(p1, p2, q2)
    if ((d1 > 0) != (d2 > 0)) and ((d3 > 0) != (d4 > 0)) and 0 not in (d1, d2, d3, d4):
        return True

    def on(a, b, c):
        return (min(a[0], b[0]) - 1e-9 <= c[0] <= max(a[0], b[0]) + 1e-9
                and min(a[1], b[1]) - 1e-9 <= c[1] <= max(a[1], b[1]) + 1e-9)
    return ((d1 == 0 and on(q1, q2, p1)) or (d2 == 0 and on(q1, q2, p2))
            or (d3 == 0 and on(p1, p2, q1)) or (d4 == 0 and on(p1, p2, q2)))


def simple_ring(r):
    n = len(r) - 1
    for i in range(n):
        for j in range(i + 1, n):
            if j == i + 1 or (i == 0 and j == n - 1):
                continue
            if segments_cross(r[i], r[i + 1], r[j], r[j + 1]):
                return False
    return True


def inside(pt, r):
    """Strictly inside a closed ring (ray casting; points on the boundary may go either way)."""
    x, y = pt
    c = False
    for (x0, y0), (x1, y1) in zip(r, r[1:]):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            c = not c
    return c


def convex(r):
    signs = {cross(r[i], r[i + 1], r[(i + 2) % (len(r) - 1)]) > 0 for i in range(len(r) - 1)}
    return signs == {True}


def clip_area(subject, clip):
    """Area of subject ∩ clip (Sutherland-Hodgman; clip must be convex and CCW; open rings)."""
    out = subject
    for i in range(len(clip)):
        a, b = clip[i], clip[(i + 1) % len(clip)]
        inp, out = out, []
        if not inp:
            break
        for j in range(len(inp)):
            p, q = inp[j - 1], inp[j]
            pin, qin = cross(a, b, p) >= 0, cross(a, b, q) >= 0
            if qin:
                if not pin:
                    out.append(intersect(p, q, a, b))
                out.append(q)
            elif pin:
                out.append(intersect(p, q, a, b))
    return abs(area(out)) if len(out) >= 3 else 0.0


def intersect(p, q, a, b):
    d = (p[0] - q[0]) * (a[1] - b[1]) - (p[1] - q[1]) * (a[0] - b[0])
    t = ((p[0] - a[0]) * (a[1] - b[1]) - (p[1] - a[1]) * (a[0] - b[0])) / d
    return (p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1]))


def dist_point_segment(p, a, b):
    dx, dy = b[0] - a[0], b[1] - a[1]
    t = max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)))
    return math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy)


def load_catalog():
    with open(CATALOG, newline="", encoding="utf-8") as f:
        return {row["id"]: row for row in csv.DictReader(f)}


def validate(text):
    errors = []

    def check(ok, msg):
        if not ok:
            errors.append(msg)

    doc = json.loads(text)
    catalog = load_catalog()
    for m in re.finditer(r'"coordinates":(\[[^a-z"]*\])', text):
        for num in re.findall(r"-?\d+\.?\d*", m.group(1)):
            check(len(num.split(".")[1]) >= 6 if "." in num else False, f"coordinate {num} has < 6 decimals")
    check("crs" not in doc, "no crs member (RFC 7946)")
    park = doc["park"]
    for k in ("id", "name", "country", "languages", "currency", "discountRate", "lifetimeYears", "description"):
        check(k in park, f"park.{k} missing")
    feats = doc["features"]
    ids = [f["properties"]["id"] for f in feats]
    check(len(ids) == len(set(ids)), "feature ids are unique")

    def local_ring(r):
        return [to_local(lon, lat) for lon, lat in r]

    def check_polygon(fid, g):
        for r in g["coordinates"]:
            check(len(r) >= 4 and r[0] == r[-1], f"{fid}: ring closed with >= 4 positions")
            check(area(r[:-1]) > 0, f"{fid}: exterior ring counter-clockwise")
            check(simple_ring(r), f"{fid}: ring has no self-intersection")
            check(all(a != b for a, b in zip(r, r[1:])), f"{fid}: no repeated consecutive positions")
        for lon, lat in (c for r in g["coordinates"] for c in r):
            check(134.7 < lon < 135.0 and 48.3 < lat < 48.45, f"{fid}: coordinate inside the island area")

    by_layer = {}
    for f in feats:
        by_layer.setdefault(f["properties"]["layer"], []).append(f)
        g = f["geometry"]
        if g and g["type"] == "Polygon":
            check_polygon(f["properties"]["id"], g)
        elif g:
            pts = [g["coordinates"]] if g["type"] == "Point" else g["coordinates"]
            for lon, lat in pts:
                check(134.7 < lon < 135.0 and 48.3 < lat < 48.45, f"{f['id']}: coordinate inside the island area")

    parcels = by_layer["parcel"]
    wetland = next(f for f in by_layer["corridor"] if f["properties"]["kind"] == "protected")
    wet = local_ring(wetland["geometry"]["coordinates"][0])[:-1]
    rings = {}
    for p in parcels:
        pr = p["properties"]
        check(pr["zoning"] in ZONINGS, f"{pr['id']}: zoning")
        check(pr["status"] in ("available", "occupied", "reserved"), f"{pr['id']}: status")
        check(0 < pr["maxCoverage"] <= 1, f"{pr['id']}: maxCoverage in (0, 1]")
        r = local_ring(p["geometry"]["coordinates"][0])
        check(convex(r), f"{pr['id']}: convex (the overlap check below needs it)")
        rings[pr["id"]] = r[:-1]
        check(clip_area(wet, r[:-1]) == 0, f"{pr['id']}: outside the protected wetland")
    keys = sorted(rings)
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            overlap = clip_area(rings[a], rings[b])
            check(overlap < 0.01, f"parcels {a} and {b} overlap by {overlap:.2f} m2")
    areas = {k: area(v) for k, v in rings.items()}
    ha = [v / 1e4 for k, v in areas.items()]
    check(sum(1 for h in ha if 2 <= h <= 20) >= 0.9 * len(ha), "most parcels are 2-20 ha")
    check(40 <= len(parcels) <= 80, "40-80 parcels")

    zoning_of = {p["properties"]["id"]: p["properties"]["zoning"] for p in parcels}
    sensitive = [k for k, z in zoning_of.items() if z in ("residential", "protected")]
    stream_count = 0
    for f in by_layer["plant"]:
        pr, g = f["properties"], f["geometry"]
        pid = pr["id"]
        check(re.fullmatch(r"[A-U]\d{4}", pr["industry"]) is not None, f"{pid}: ISIC code")
        if pr["status"] == "existing":
            check(g is not None, f"{pid}: an existing plant has a location")
        if g is not None:
            check("parcelId" in pr, f"{pid}: sited plant names its parcel")
            ring_p = rings[pr["parcelId"]] + [rings[pr["parcelId"]][0]]
            pts = [to_local(*g["coordinates"])] if g["type"] == "Point" else local_ring(g["coordinates"][0])[:-1]
            check(all(inside(q, ring_p) for q in pts), f"{pid}: location inside parcel {pr['parcelId']}")
            check(not any(inside(q, wet + [wet[0]]) for q in pts), f"{pid}: not in the wetland")
            check(zoning_of[pr["parcelId"]] in pr["allowedZoning"], f"{pid}: parcel zoning is allowed")
            buf = pr.get("safetyBufferM") or 0
            for k in sensitive:
                rr = rings[k] + [rings[k][0]]
                d = min(dist_point_segment(q, a, b) for q in pts for a, b in zip(rr, rr[1:]))
                check(d >= buf, f"{pid}: {d:.0f} m from sensitive parcel {k} < buffer {buf} m")
            d_wet = min(dist_point_segment(q, a, b) for q in pts for a, b in zip(wet + [wet[0]], wet[1:] + [wet[0]]))
            check(d_wet >= buf, f"{pid}: {d_wet:.0f} m from the wetland < buffer {buf} m")
        if "hazardClass" in pr:
            check(pr["hazardClass"] in (1, 2, 3, 4, 5), f"{pid}: hazard class 1..5")
            check(pr["safetyBufferM"] == {1: 1000, 2: 500, 3: 300, 4: 100, 5: 50}[pr["hazardClass"]],
                  f"{pid}: buffer matches the SanPiN class")
        for z in pr["allowedZoning"]:
            check(z in ZONINGS, f"{pid}: allowed zoning {z}")
        for st in pr["streams"]:
            stream_count += 1
            res = st["resource"]
            check(res in catalog, f"{pid}: {res} is a catalog id")
            if res not in catalog:
                continue
            check(st["direction"] in ("IN", "OUT"), f"{pid}: direction")
            check(st["unit"] in UNIT_DIMENSION and UNIT_DIMENSION[st["unit"]] == catalog[res]["unit"],
                  f"{pid}: unit {st['unit']} converts to the catalog unit {catalog[res]['unit']} of {res}")
            check(st["quantity"] > 0, f"{pid}: quantity > 0")
            check((res in HEAT) == ("temperatureC" in st), f"{pid}: temperatureC exactly on heat streams ({res})")
            if "waterQuality" in st:
                check(catalog[res]["category"] == "water", f"{pid}: waterQuality only on water ({res})")
                check(st["waterQuality"] in WATER_QUALITY_CASCADE, f"{pid}: water quality class")
    check(12 <= len(by_layer["plant"]) <= 20, "12-20 plants")

    for f in by_layer["pipeline"]:
        pr = f["properties"]
        check(pr["carrier"] in catalog and catalog[pr["carrier"]]["transport"] == "pipeline",
              f"{pr['id']}: carrier travels by pipeline")
        pts = local_ring(f["geometry"]["coordinates"])
        for a, b in zip(pts, pts[1:]):
            for c, d in zip(wet + [wet[0]], wet[1:] + [wet[0]]):
                check(not segments_cross(a, b, c, d), f"{pr['id']}: does not cross the wetland")
        for bl in (c for c in by_layer["corridor"] if c["properties"]["kind"] == "building"):
            br = local_ring(bl["geometry"]["coordinates"][0])
            for a, b in zip(pts, pts[1:]):
                check(not any(segments_cross(a, b, c, d) for c, d in zip(br, br[1:])),
                      f"{pr['id']}: does not cross building {bl['id']}")
    for f in by_layer["corridor"]:
        pr = f["properties"]
        check(pr["kind"] in KIND_FACTOR, f"{pr['id']}: kind")
        check(pr["costFactor"] == KIND_FACTOR[pr["kind"]], f"{pr['id']}: cost factor of its kind")

    # Every OUT stream should have a taker: a plant elsewhere in the park with an IN of the same id.
    # Those that have none (pellets, packaging waste) are products or go to outside recyclers.
    ins, outs = {}, {}
    for f in by_layer["plant"]:
        for st in f["properties"]["streams"]:
            q = st["quantity"] * UNIT_TO_BASE[st["unit"]]
            (outs if st["direction"] == "OUT" else ins).setdefault(st["resource"], []).append((f["id"], q))
    links = [(r, o, i) for r in outs for taker in [r] + SUBSTITUTES.get(r, [])
             for o, _ in outs[r] for i, _ in ins.get(taker, []) if o != i]
    for r, o, i in [("treated_wastewater", "wwtp", "chp"), ("treated_wastewater", "wwtp", "aac"),
                    ("steam", "chp", "soy"), ("hot_water", "chp", "greenhouse1"), ("fly_ash", "chp", "aac"),
                    ("fgd_gypsum", "chp", "gypsumboard"), ("sawdust", "sawmill", "pellet"),
                    ("bark", "sawmill", "chp"), ("fish_waste", "fish", "biogas"), ("biogas", "biogas", "greenhouse2"),
                    ("co2", "brewery", "greenhouse1"), ("yeast_slurry", "brewery", "feedmill"),
                    ("waste_heat", "chp", "aquaculture"), ("wastewater", "fish", "wwtp")]:
        check((r, o, i) in links, f"expected symbiosis {o} -> {i} ({r})")
    return errors, {"parcels": len(parcels), "plants": len(by_layer["plant"]), "streams": stream_count,
                    "pipelines": len(by_layer["pipeline"]), "corridors": len(by_layer["corridor"]),
                    "parcelAreaHa": sum(areas.values()) / 1e4, "links": links, "outs": outs, "ins": ins,
                    "minHa": min(ha), "maxHa": max(ha)}


def main():
    collection = build()
    text = dump(collection)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    errors, stats = validate(OUT.read_text(encoding="utf-8"))
    print(f"wrote {OUT.relative_to(ROOT)}: {stats['parcels']} parcels ({stats['parcelAreaHa']:.1f} ha, "
          f"{stats['minHa']:.1f}-{stats['maxHa']:.1f} ha each), {stats['plants']} plants, "
          f"{stats['streams']} streams, {stats['pipelines']} pipelines, {stats['corridors']} corridors")
    print(f"{len(stats['links'])} candidate exchanges (OUT -> IN of the same resource between two plants)")
    for r in sorted(stats["outs"]):
        supply = sum(q for _, q in stats["outs"][r])
        demand = sum(q for x in [r] + SUBSTITUTES.get(r, []) for _, q in stats["ins"].get(x, []))
        print(f"  {r:20s} supply {supply:>12,.0f}  demand {demand:>12,.0f} (with substitutes)")
    if errors:
        print(f"{len(errors)} check(s) FAILED:", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
