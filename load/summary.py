#!/usr/bin/env python3
"""Prints the newest Gatling run as one line per request: count, median, 95th percentile and maximum in ms.

With --figures, one line instead for bench/run.sh: requests per second over the run, failed requests, the 95th
percentile of all requests, and the highest 95th percentile of a page (every request but the sign-in's password check
and the PDF documents), in ms."""
import glob, html, os, re, sys

runs = sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'target/gatling/*/index.html')), key=os.path.getmtime)
if not runs:
    sys.exit('no Gatling run in load/target/gatling')
page = open(runs[-1], encoding='utf-8').read()
figures = '--figures' in sys.argv
if not figures:
    print(f"{'request':34}{'count':>7}{'median':>8}{'p95':>8}{'max':>8}  (ms)")
pages_p95 = 0
for row in re.findall(r'<tr[^>]*>(.*?)</tr>', page, re.S):
    cells = [html.unescape(c).strip() for c in re.sub(r'<[^>]+>', '|', row).split('|')]
    cells = [c for c in cells if c]
    # name, (level), total, ok, ko, %ko, rps, min, p50, p75, p95, p99, max, mean, std
    if len(cells) >= 14 and cells[-13].isdigit():
        name, total, p50, p95, top = cells[-15] if len(cells) >= 15 else cells[0], cells[-13], cells[-7], cells[-5], cells[-3]
        if figures:
            if name == 'All Requests':
                overall = (cells[-9], cells[-11], p95)
            elif name != 'logga in' and 'PDF' not in name:
                pages_p95 = max(pages_p95, int(p95))
        else:
            print(f"{name[:34]:34}{total:>7}{p50:>8}{p95:>8}{top:>8}")
if figures:
    print(f"{overall[0]} {overall[1]} {overall[2]} {pages_p95}")
