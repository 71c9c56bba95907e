#!/usr/bin/python3
"""Score govreport.tables() on tables that are not national ones: what
../shared/tools/score_tables.py scores (cells matched by overlapping spans,
precision, recall, F1, value, keys: here NULL), and the labels, which it does
not: row_label, col_label and unit of every matched cell against the truth
of tools/gen_other_tables.py (kept by tools/relayout_tables.py).  A row label
counts as "started" when the truth begins with it (a PDF label column that
wrapped, its first line only); a column label too (a header printed one
character per line, read down only as far as every column has a character).

Usage: score_other_tables.py DIR... [--show-misses N] [--by-layout]
Runs against the server of PG* (scripts/devdb.sh); Debian's python3.
"""
import argparse
import json
import os
from collections import defaultdict
from decimal import Decimal

import psycopg2

SQL = ('SELECT start_pos - 1, end_pos - 1, value, row_key, col_key, row_label, '
       'col_label, unit FROM govreport.tables(%s)')


def layout_of(name):
    return name.rsplit('-', 1)[1] if '-' in name else 'pipes'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('dirs', nargs='+')
    ap.add_argument('--show-misses', type=int, default=0)
    a = ap.parse_args()
    cur = psycopg2.connect('').cursor()
    totals = defaultdict(lambda: defaultdict(int))
    misses = []
    for d in a.dirs:
        for f in sorted(os.listdir(d)):
            if not f.endswith('.tables.json'):
                continue
            name = f[:-len('.tables.json')]
            truth = json.load(open(os.path.join(d, f), encoding='utf-8'))
            text = open(os.path.join(d, name + '.txt'), encoding='utf-8').read()
            cur.execute(SQL, (text,))
            pred = cur.fetchall()
            for group in ('all', layout_of(name)):
                t = totals[group]
                t['docs'] += 1
                t['pred'] += len(pred)
                t['gold'] += len(truth['cells'])
            used = set()
            for g in truth['cells']:
                hit = next((i for i, p in enumerate(pred)
                            if i not in used and p[0] < g['end'] and g['start'] < p[1]), None)
                if hit is None:
                    misses.append(f"{name}: missed {g['row_label']} / {g['col_label']} {g['raw']}")
                    continue
                used.add(hit)
                p = pred[hit]
                ok = {
                    'value': p[2] is not None and Decimal(str(p[2])) == Decimal(str(g['value'])),
                    'keys': p[3] is None and p[4] is None,
                    'row_label': p[5] == g['row_label'],
                    'row_started': p[5] is not None and g['row_label'].startswith(p[5]),
                    'col_label': p[6] == g['col_label'],
                    'col_started': p[6] is not None and g['col_label'].startswith(p[6]),
                    'unit': p[7] == g['unit'],
                }
                for group in ('all', layout_of(name)):
                    totals[group]['tp'] += 1
                    for k, v in ok.items():
                        totals[group][k] += v
                if not all(ok[k] for k in ('value', 'keys', 'row_label', 'col_label', 'unit')):
                    misses.append(f"{name}: {g['row_label']} / {g['col_label']} = {g['value']} "
                                  f"{g['unit']} got {p[5]} / {p[6]} = {p[2]} {p[7]}"
                                  f"{'' if ok['keys'] else ' keys ' + str(p[3]) + '/' + str(p[4])}")
            for i, p in enumerate(pred):
                if i not in used:
                    misses.append(f"{name}: extra {p[5]} / {p[6]} = {p[2]} "
                                  f"{text[p[0]:p[1]]!r} at {p[0]}")
    for group in sorted(totals, key=lambda g: (g != 'all', g)):
        t = totals[group]
        tp = t['tp']
        p = tp / t['pred'] if t['pred'] else 0.0
        r = tp / t['gold'] if t['gold'] else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        n = max(1, tp)
        print(f"{group:10s} reports {t['docs']:3d} cells {t['gold']:4d}: P {p:.3f} R {r:.3f} "
              f"F1 {f1:.3f} | value {t['value'] / n:.3f} keys {t['keys'] / n:.3f} | "
              f"row_label {t['row_label'] / n:.3f} (started {t['row_started'] / n:.3f}) "
              f"col_label {t['col_label'] / n:.3f} (started {t['col_started'] / n:.3f}) unit {t['unit'] / n:.3f}")
    for m in misses[:a.show_misses]:
        print('  ', m)


if __name__ == '__main__':
    main()
