#!/usr/bin/env python3
"""Prints the newest Gatling run as one line per request: count, median, 95th percentile and maximum in ms."""
import glob, html, os, re, sys

runs = sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'target/gatling/*/index.html')), key=os.path.getmtime)
if not runs:
    sys.exit('no Gatling run in load/target/gatling')
page = open(runs[-1], encoding='utf-8').read()
print(f"{'request':34}{'count':>7}{'median':>8}{'p95':>8}{'max':>8}  (ms)")
for row in re.findall(r'<tr[^>]*>(.*?)</tr>', page, re.S):
    cells = [html.unescape(c).strip() for c in re.sub(r'<[^>]+>', '|', row).split('|')]
    cells = [c for c in cells if c]
    # name, (level), total, ok, ko, %ko, rps, min, p50, p75, p95, p99, max, mean, std
    if len(cells) >= 14 and cells[-13].isdigit():
        name, total, p50, p95, top = cells[-15] if len(cells) >= 15 else cells[0], cells[-13], cells[-7], cells[-5], cells[-3]
        print(f"{name[:34]:34}{total:>7}{p50:>8}{p95:>8}{top:>8}")
