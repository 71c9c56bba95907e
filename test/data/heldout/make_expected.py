#!/usr/bin/python3
"""Flatten held-out gold files into NAME.expected.tsv for the C unit tests.

Same format as test/data/facts/*.expected.tsv: one row per prose fact
(FACT), not-fact (NOT) and date (DATE); 0-based code point offsets.
Run from anywhere: python3 test/data/heldout/make_expected.py
"""
import glob
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADER = ('# kind\tstart\tend\tvalue|why\tunit\tfact_kind\tqualifier\tparent_index\tindex\tsubject  '
          '(0-based code point offsets, end exclusive; from the .gold.json beside it, table facts left out)\n')

for path in sorted(glob.glob(os.path.join(ROOT, 'heldout*', '*.gold.json'))):
    gold = json.load(open(path, encoding='utf-8'))
    rows = [HEADER]
    for i, f in enumerate(gold['facts']):
        if f.get('table'):
            continue
        parent = '' if f['parent'] is None else str(f['parent'])
        rows.append('\t'.join(['FACT', str(f['start']), str(f['end']), f['value'], f['unit'] or '',
                               f['kind'], f['qualifier'] or '', parent, str(i),
                               (f['subject'] or '').replace('\n', ' ')]) + '\n')
    for n in gold['not_facts']:
        rows.append('\t'.join(['NOT', str(n['start']), str(n['end']), n['why'], '', '', '', '', '', '']) + '\n')
    for d in gold['dates']:
        rows.append('\t'.join(['DATE', str(d['start']), str(d['end']), d['value'], '', '', '', '', '', '']) + '\n')
    out = path[:-len('.gold.json')] + '.expected.tsv'
    with open(out, 'w', encoding='utf-8') as fh:
        fh.writelines(rows)
    print(os.path.relpath(out, ROOT), len(rows) - 1)
