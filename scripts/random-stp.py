#!/usr/bin/env python3
"""Writes a seeded random connected STP file (SteinLib format 1.0) for scale checks of
`bench steiner`: a random spanning tree plus random extra edges, integer costs 1..10.
Usage: python3 scripts/random-stp.py NODES EDGES TERMINALS SEED > FILE.stp"""
import random
import sys

nodes, edges, terminals, seed = (int(a) for a in sys.argv[1:5])
r = random.Random(seed)
pairs = set()
for v in range(2, nodes + 1):
    pairs.add((r.randint(1, v - 1), v))
while len(pairs) < edges:
    a, b = r.randint(1, nodes), r.randint(1, nodes)
    if a != b and (a, b) not in pairs and (b, a) not in pairs:
        pairs.add((a, b))
out = sys.stdout
out.write("33D32945 STP File, STP Format Version 1.0\nSECTION Graph\n")
out.write(f"Nodes {nodes}\nEdges {edges}\n")
for a, b in sorted(pairs):
    out.write(f"E {a} {b} {r.randint(1, 10)}\n")
out.write(f"END\nSECTION Terminals\nTerminals {terminals}\n")
for t in r.sample(range(1, nodes + 1), terminals):
    out.write(f"T {t}\n")
out.write("END\nEOF\n")
