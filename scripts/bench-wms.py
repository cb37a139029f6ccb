#!/usr/bin/env python3
"""Helpers of scripts/bench-wms.sh (Python 3 standard library only).

  bench-wms.py mapfile-classes SLD              MapServer CLASS blocks equivalent to an SLD's rules
  bench-wms.py bboxes MINX MINY MAXX MAXY SEED  the seeded GetMap bboxes, one "minx,miny,maxx,maxy" a line
  bench-wms.py load NAME CLIENTS SECONDS URLFILE [PID…]   one timed run: a JSON line; with PIDs,
                                                the CPU time those processes spent, per request
  bench-wms.py image-check A.png B.png          non-blank and broadly similar? (exit 1 if not)
  bench-wms.py table RUNS.jsonl                 medians of the runs and the ratio ours/MapServer

The load client is the same for both servers: CLIENTS threads, each with its own keep-alive
HTTP/1.1 connection, cycle through the same list of GetMap URLs (thread i starts at URL i) until
SECONDS have passed; a request counts only if it answered 200 with an image/png body.
"""
import http.client
import json
import os
import random
import statistics
import struct
import sys
import threading
import time
import urllib.parse
import xml.etree.ElementTree as ET
import zlib

SLD = "{http://www.opengis.net/sld}"
OGC = "{http://www.opengis.net/ogc}"


def mapfile_classes(sld_path):
    """MapServer CLASS blocks equivalent to the SLD's polygon rules: one per rule with a
    PropertyIsEqualTo filter (MapServer draws a feature with the first class that matches, as the
    SLD's mutually exclusive filters do), and a last class without EXPRESSION for an ElseFilter
    rule. The fill (with its opacity) and the stroke are two STYLEs, because MapServer's OPACITY
    applies to a whole STYLE while the SLD makes only the fill translucent. Rules without a
    PolygonSymbolizer (labels) are left out with a comment: the generated park's parcels have no
    names, so they draw nothing on either server."""
    root = ET.parse(sld_path).getroot()
    classes, else_classes, skipped, item = [], [], [], None
    for rule in root.iter(SLD + "Rule"):
        name = rule.findtext(SLD + "Name", "rule")
        polygon = rule.find(SLD + "PolygonSymbolizer")
        if polygon is None:
            skipped.append(name)
            continue
        params = {p.get("name"): p.text for p in polygon.iter(SLD + "CssParameter")}
        opacity = round(100 * float(params.get("fill-opacity", "1")))
        styles = (f'      STYLE COLOR "{params["fill"]}" OPACITY {opacity} END\n'
                  f'      STYLE OUTLINECOLOR "{params.get("stroke", "#000000")}" '
                  f'WIDTH {params.get("stroke-width", "1")} END\n    END')
        if rule.find(SLD + "ElseFilter") is not None:
            else_classes.append(f'    CLASS\n      NAME "{name}"\n{styles}')
            continue
        equal = rule.find(f"{OGC}Filter/{OGC}PropertyIsEqualTo")
        if equal is None:
            sys.exit(f"rule {name}: only PropertyIsEqualTo and ElseFilter rules are translated")
        prop, value = equal.find(OGC + "PropertyName").text, equal.find(OGC + "Literal").text
        if item not in (None, prop):
            sys.exit(f"rules filter on {item} and {prop}: one CLASSITEM cannot express that")
        item = prop
        classes.append(f'    CLASS\n      NAME "{name}"\n      EXPRESSION "{value}"\n{styles}')
    print(f'    CLASSITEM "{item}"')
    for name in skipped:
        print(f"    # SLD rule {name} (no PolygonSymbolizer) left out")
    print("\n".join(classes + else_classes))


def bboxes(minx, miny, maxx, maxy, seed):
    """The whole park (a square around it, 2 % margin) and zoomed views of 1/2, 1/4 and 1/8 of its
    width, two each, centred at seeded random points inside the park."""
    rnd = random.Random(seed)
    cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
    side = max(maxx - minx, maxy - miny) * 1.02
    boxes = [(cx - side / 2, cy - side / 2, cx + side / 2, cy + side / 2)]
    for fraction in (2, 4, 8):
        w = side / fraction
        for _ in range(2):
            x = rnd.uniform(minx + w / 2, maxx - w / 2)
            y = rnd.uniform(miny + w / 2, maxy - w / 2)
            boxes.append((x - w / 2, y - w / 2, x + w / 2, y + w / 2))
    for b in boxes:
        print(",".join(f"{v:.2f}" for v in b))


def cpu_seconds(pids):
    """User + system CPU time of these processes so far (proc(5): fields 14 and 15 of stat)."""
    total = 0
    for pid in pids:
        try:
            fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def load(name, clients, seconds, url_file, pids=()):
    urls = [u.strip() for u in open(url_file) if u.strip()]
    parsed = [urllib.parse.urlsplit(u) for u in urls]
    host, port = parsed[0].hostname, parsed[0].port
    paths = [p.path + "?" + p.query for p in parsed]
    lock = threading.Lock()
    latencies, failures, sizes = [], [], []
    cpu_before = cpu_seconds(pids)
    start = time.perf_counter()
    deadline = start + seconds

    def worker(index):
        conn = http.client.HTTPConnection(host, port, timeout=120)
        i, mine, bad, nbytes = index, [], [], []
        while time.perf_counter() < deadline:
            path = paths[i % len(paths)]
            i += 1
            t0 = time.perf_counter()
            try:
                conn.request("GET", path)
                resp = conn.getresponse()
                body = resp.read()
                ok = resp.status == 200 and resp.getheader("Content-Type", "").startswith("image/png") \
                    and body[:8] == b"\x89PNG\r\n\x1a\n"
                if resp.getheader("Connection", "").lower() == "close":
                    conn.close()
            except (OSError, http.client.HTTPException) as e:
                ok, body = False, str(e).encode()
                conn.close()
                conn = http.client.HTTPConnection(host, port, timeout=120)
            elapsed = time.perf_counter() - t0
            if ok:
                mine.append(elapsed)
                nbytes.append(len(body))
            else:
                bad.append(body[:200])
        conn.close()
        with lock:
            latencies.extend(mine)
            failures.extend(bad)
            sizes.extend(nbytes)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - start
    cpu = cpu_seconds(pids) - cpu_before
    latencies.sort()

    def pct(p):
        return round(1000 * latencies[min(len(latencies) - 1, int(p * len(latencies)))], 1) if latencies else None

    print(json.dumps({"server": name, "clients": clients, "requests": len(latencies),
                      "failures": len(failures), "seconds": round(wall, 2),
                      "requestsPerSecond": round(len(latencies) / wall, 2),
                      "p50Ms": pct(0.50), "p95Ms": pct(0.95),
                      "meanKiB": round(sum(sizes) / len(sizes) / 1024, 1) if sizes else None,
                      "cpuMsPerRequest": round(1000 * cpu / len(latencies), 1) if pids and latencies else None,
                      "firstFailure": failures[0].decode("utf-8", "replace") if failures else None}))
    sys.stdout.flush()


def png_rgba(path):
    """Decodes an 8-bit, non-interlaced PNG (grey, RGB, palette, grey+alpha, RGBA) to (w, h, rows
    of RGBA bytes); enough for the two servers' output, no imaging library needed."""
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path}: not a PNG"
    pos, idat, palette, trns = 8, b"", None, None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            w, h, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", chunk)
            if depth != 8 or interlace:
                sys.exit(f"{path}: bit depth {depth}, interlace {interlace} not supported")
        elif kind == b"PLTE":
            palette = chunk
        elif kind == b"tRNS":
            trns = chunk
        elif kind == b"IDAT":
            idat += chunk
    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[ctype]
    raw = zlib.decompress(idat)
    stride = w * channels
    rows, prev = [], bytearray(stride)
    for y in range(h):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):  # PNG filters, ISO/IEC 15948 §9
            a = line[x - channels] if x >= channels else 0
            b = prev[x]
            c = prev[x - channels] if x >= channels else 0
            if f == 1:
                line[x] = (line[x] + a) & 255
            elif f == 2:
                line[x] = (line[x] + b) & 255
            elif f == 3:
                line[x] = (line[x] + ((a + b) >> 1)) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        prev = line
        if ctype == 6:
            rows.append(bytes(line))
        else:
            out = bytearray()
            for x in range(w):
                if ctype == 3:
                    k = line[x]
                    alpha = trns[k] if trns and k < len(trns) else 255
                    out += palette[3 * k:3 * k + 3] + bytes([alpha])
                elif ctype == 2:
                    out += line[3 * x:3 * x + 3] + b"\xff"
                elif ctype == 0:
                    out += bytes([line[x]] * 3) + b"\xff"
                else:
                    out += bytes([line[2 * x]] * 3 + [line[2 * x + 1]])
            rows.append(bytes(out))
    return w, h, rows


def image_check(path_a, path_b):
    """Both images non-blank, the same size, and broadly similar. Anti-aliased outlines make
    "any alpha" sensitive to the renderer, so the comparison uses the coverage (mean alpha, 0..1)
    and the mask of pixels at least half opaque: coverages within 0.05 of each other and the
    masks overlapping (intersection over union ≥ 0.8)."""
    (wa, ha, ra), (wb, hb, rb) = png_rgba(path_a), png_rgba(path_b)
    if (wa, ha) != (wb, hb):
        print(f"image sizes differ: {wa}x{ha} and {wb}x{hb}")
        return 1
    painted_a = painted_b = alpha_a = alpha_b = both = either = 0
    colour_a, colour_b = [0, 0, 0], [0, 0, 0]
    for row_a, row_b in zip(ra, rb):
        alpha_a += sum(row_a[3::4])
        alpha_b += sum(row_b[3::4])
        for x in range(3, 4 * wa, 4):
            pa, pb = row_a[x] >= 128, row_b[x] >= 128
            painted_a += pa
            painted_b += pb
            both += pa and pb
            either += pa or pb
            if pa:
                for k in range(3):
                    colour_a[k] += row_a[x - 3 + k]
            if pb:
                for k in range(3):
                    colour_b[k] += row_b[x - 3 + k]
    n = wa * ha
    ca, cb = alpha_a / 255 / n, alpha_b / 255 / n
    iou = both / either if either else 0.0
    mean_a = [round(c / max(1, painted_a)) for c in colour_a]
    mean_b = [round(c / max(1, painted_b)) for c in colour_b]
    ok = ca > 0.01 and cb > 0.01 and abs(ca - cb) <= 0.05 and iou >= 0.8
    print(json.dumps({"a": path_a, "b": path_b, "size": f"{wa}x{ha}", "coverageA": round(ca, 4),
                      "coverageB": round(cb, 4), "halfOpaqueFractionA": round(painted_a / n, 4),
                      "halfOpaqueFractionB": round(painted_b / n, 4), "halfOpaqueIoU": round(iou, 4),
                      "meanRgbA": mean_a, "meanRgbB": mean_b, "similar": ok}))
    return 0 if ok else 1


def table(path):
    runs = [json.loads(line) for line in open(path) if line.startswith("{")]
    keys = sorted({(r["clients"], r["server"]) for r in runs})
    med = {}
    print("| server | clients | requests/s (median) | runs | p50 ms | p95 ms | CPU ms/request | mean PNG KiB | failures |")
    print("|---|---|---|---|---|---|---|---|---|")
    for clients, server in keys:
        rs = [r for r in runs if r["clients"] == clients and r["server"] == server]
        rps = statistics.median(r["requestsPerSecond"] for r in rs)
        p50 = statistics.median(r["p50Ms"] for r in rs if r["p50Ms"] is not None) if any(r["p50Ms"] for r in rs) else None
        p95 = statistics.median(r["p95Ms"] for r in rs if r["p95Ms"] is not None) if any(r["p95Ms"] for r in rs) else None
        kib = [r["meanKiB"] for r in rs if r.get("meanKiB") is not None]
        cpu = [r["cpuMsPerRequest"] for r in rs if r.get("cpuMsPerRequest") is not None]
        med[(clients, server)] = rps
        print(f"| {server} | {clients} | {rps:.2f} | {', '.join(str(r['requestsPerSecond']) for r in rs)} "
              f"| {p50} | {p95} | {statistics.median(cpu) if cpu else None} "
              f"| {statistics.median(kib) if kib else None} | {sum(r['failures'] for r in rs)} |")
    for clients in sorted({c for c, _ in keys}):
        if (clients, "symbiopark") in med and (clients, "mapserver") in med and med[(clients, "mapserver")]:
            print(f"clients {clients}: ratio requests/s symbiopark/mapserver = "
                  f"{med[(clients, 'symbiopark')] / med[(clients, 'mapserver')]:.2f}")


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "mapfile-classes":
        mapfile_classes(args[0])
    elif cmd == "bboxes":
        bboxes(*map(float, args[:4]), int(args[4]))
    elif cmd == "load":
        load(args[0], int(args[1]), float(args[2]), args[3], [int(p) for p in args[4:]])
    elif cmd == "image-check":
        sys.exit(image_check(args[0], args[1]))
    elif cmd == "table":
        table(args[0])
    else:
        sys.exit(__doc__)
