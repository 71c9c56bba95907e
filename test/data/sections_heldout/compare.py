#!/usr/bin/python3
"""Lists, file by file, every gold section of DIR that govreport.sections
misses or gets wrong (level, heading), and every extra row: the checklist
behind score.py's numbers.  With --raw, the corpus text as users run it
(NAME.raw.txt when there is one) goes through govreport.repair first, and
rows are matched on (label, heading) in order instead of offsets, since
the repaired text need not have the clean text's offsets.
Usage: compare.py DIR [--raw]   (PG* variables as for score_gold.py)
"""
import difflib
import json
import os
import sys

import psycopg2

d = sys.argv[1]
raw = '--raw' in sys.argv
cur = psycopg2.connect('').cursor()
tot = {'gold': 0, 'found': 0, 'level': 0, 'heading': 0, 'extra': 0, 'same_text': 0, 'docs': 0}
for f in sorted(x for x in os.listdir(d) if x.endswith('.gold.json')):
    name = f[:-10]
    gold = json.load(open(os.path.join(d, f)))['sections']
    clean = open(os.path.join(d, name + '.clean.txt'), encoding='utf-8').read()
    text = clean
    rawpath = os.path.join(d, name + '.raw.txt')
    if raw:
        if not os.path.exists(rawpath):
            continue
        cur.execute('SELECT govreport.repair(%s)', (open(rawpath, encoding='utf-8').read(),))
        text = cur.fetchone()[0]
        tot['docs'] += 1
        tot['same_text'] += text == clean
    cur.execute('SELECT level, label, heading, start_pos - 1 FROM govreport.sections(%s) '
                'WHERE level > 0 AND label IS NOT NULL ORDER BY start_pos', (text,))
    pred = cur.fetchall()
    lines = []
    if raw:
        g = [(s['label'], s['heading']) for s in gold]
        p = [(r[1], r[2]) for r in pred]
        sm = difflib.SequenceMatcher(None, [x[0] for x in g], [x[0] for x in p], autojunk=False)
        used = set()
        for a, b, n in sm.get_matching_blocks():
            for k in range(n):
                gs, pr = gold[a + k], pred[b + k]
                used.add(b + k)
                tot['found'] += 1
                tot['level'] += pr[0] == gs['level']
                tot['heading'] += (pr[2] or '').strip() == gs['heading']
                if pr[0] != gs['level'] or (pr[2] or '').strip() != gs['heading']:
                    lines.append(f"  wrong  {gs['label']}{gs['heading']} (level {gs['level']}) -> "
                                 f"{pr[1]}{pr[2]} (level {pr[0]})")
        for i, gs in enumerate(gold):
            pass
        missed = len(gold) - sum(n for _, _, n in sm.get_matching_blocks())
        if missed:
            lines.append(f'  missed {missed} of {len(gold)}')
        for i, pr in enumerate(pred):
            if i not in used:
                tot['extra'] += 1
                lines.append(f'  extra  {pr[1]}{pr[2]} (level {pr[0]})')
    else:
        used = set()
        for gs in gold:
            hit = next((i for i, pr in enumerate(pred) if i not in used and abs(pr[3] - gs['start']) <= 1), None)
            if hit is None:
                lines.append(f"  missed {gs['label']}{gs['heading']} at {gs['start']}")
                continue
            used.add(hit)
            pr = pred[hit]
            tot['found'] += 1
            tot['level'] += pr[0] == gs['level']
            tot['heading'] += (pr[2] or '').strip() == gs['heading']
            if pr[0] != gs['level']:
                lines.append(f"  level  {gs['label']}{gs['heading']}: {pr[0]} for {gs['level']}")
            if (pr[2] or '').strip() != gs['heading']:
                lines.append(f"  heading {gs['label']}: {pr[2]!r} for {gs['heading']!r}")
        for i, pr in enumerate(pred):
            if i not in used:
                tot['extra'] += 1
                lines.append(f'  extra  {pr[1]}{pr[2]} (level {pr[0]}) at {pr[3]}')
    tot['gold'] += len(gold)
    if lines:
        print(name)
        print('\n'.join(lines))
print(tot)
