#!/usr/bin/python3
"""Flatten the gold of this batch into NAME.expected.tsv for the C unit test
(test/unit/test_sections_heldout.c): one row per gold section,
level, start (0-based code point offset into NAME.clean.txt), label, heading.
Run: python3 make_expected.py
"""
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
for path in sorted(glob.glob(os.path.join(HERE, '*.gold.json'))):
    gold = json.load(open(path, encoding='utf-8'))
    out = path[:-len('.gold.json')] + '.expected.tsv'
    with open(out, 'w', encoding='utf-8') as fh:
        fh.write('# level\tstart\tlabel\theading  (from the .gold.json beside it; start: 0-based code points)\n')
        for s in gold['sections']:
            assert '\t' not in s['heading'] and '\n' not in s['heading']
            fh.write(f"{s['level']}\t{s['start']}\t{s['label']}\t{s['heading']}\n")
