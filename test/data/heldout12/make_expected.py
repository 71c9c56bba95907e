#!/usr/bin/python3
"""Writes NAME.expected.tsv (the unit-test fixture of facts_heldout_fixtures)
from each NAME.gold.json of a directory, in the format of the earlier
batches (it rewrites heldout11's byte for byte).  Run: python3 make_expected.py [DIR]"""
import glob
import json
import os
import sys

d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
for g in sorted(glob.glob(os.path.join(d, '*.gold.json'))):
    gold = json.load(open(g, encoding='utf-8'))
    rows = []
    for i, f in enumerate(gold['facts']):
        if f.get('table'):
            continue
        rows.append((f['start'], 'FACT\t%d\t%d\t%s\t%s\t%s\t%s\t%s\t%d\t%s' % (
            f['start'], f['end'], f['value'], f['unit'] or '', f['kind'], f['qualifier'] or '',
            '' if f['parent'] is None else f['parent'], i, f['subject'] or '')))
    for n in gold['not_facts']:
        rows.append((n['start'], 'NOT\t%d\t%d\t%s\t\t\t\t\t\t' % (n['start'], n['end'], n['why'])))
    for n in gold['dates']:
        rows.append((n['start'], 'DATE\t%d\t%d\t%s\t\t\t\t\t\t' % (n['start'], n['end'], n['value'])))
    out = g[:-len('.gold.json')] + '.expected.tsv'
    with open(out, 'w', encoding='utf-8') as fh:
        fh.write('# kind\tstart\tend\tvalue|why\tunit\tfact_kind\tqualifier\tparent_index\tindex\tsubject  (0-based code point offsets, end exclusive; from the .gold.json beside it, table facts left out)\n')
        for _, r in rows:
            fh.write(r + '\n')
