#!/usr/bin/python3
"""Scores govreport.sections on variants of this batch's clean texts made by
script, the way docs/sections.md measures the development gold: each text
in traditional characters (OpenCC s2t, only where it keeps every offset),
with page markers (`\\nN、`) inserted every 150 and every 60 characters,
with ruby pinyin after every seventh Han character, and with every line
break removed (all headings inline; the gold heading is then not always what
ANNOTATION.md would say of the joined text, so read P, R and level there).
Usage: variants.py DIR [-v: every miss, wrong level or heading, extra row]   (PG* variables as for score_gold.py; needs opencc)
"""
import json
import os
import subprocess
import sys

import psycopg2

d = sys.argv[1]
VERBOSE = '-v' in sys.argv
cur = psycopg2.connect('').cursor()
docs = []
for f in sorted(x for x in os.listdir(d) if x.endswith('.gold.json')):
    name = f[:-10]
    docs.append((name, open(os.path.join(d, name + '.clean.txt'), encoding='utf-8').read(),
                 json.load(open(os.path.join(d, f), encoding='utf-8'))['sections']))


def shifted(text, inserts):
    """text with inserts [(offset, string)] and a map from old offsets to new."""
    out, mp, last, add = [], [], 0, 0
    for at, s in sorted(inserts):
        out.append(text[last:at])
        mp += [i + add for i in range(last, at)]
        out.append(s)
        add += len(s)
        last = at
    out.append(text[last:])
    mp += [i + add for i in range(last, len(text) + 1)]
    return ''.join(out), mp


def trad(text):
    t = subprocess.run(['opencc', '-c', 's2t'], input=text.encode(), stdout=subprocess.PIPE,
                       check=True).stdout.decode()
    return (t, list(range(len(text) + 1))) if len(t) == len(text) else None


def markers(step):
    def make(text):
        ins, n, k = [], 2, step
        while k < len(text):
            if text[k - 1] != '\n' and text[k] != '\n':
                ins.append((k, '\n%d、' % n))
                n += 1
            k += step
        return shifted(text, ins)
    return make


def ruby(text):
    ins, han = [], 0
    for i, c in enumerate(text):
        if '\u4e00' <= c <= '\u9fff':
            han += 1
            if han % 7 == 0:
                ins.append((i + 1, '(lǐ)'))
    return shifted(text, ins)


def oneline(text):
    mp, out = [], []
    for c in text:
        mp.append(len(out))
        if c != '\n':
            out.append(c)
    mp.append(len(out))
    return ''.join(out), mp


for vname, fn in [('traditional', trad), ('markers150', markers(150)), ('markers60', markers(60)),
                  ('ruby', ruby), ('no line breaks', oneline)]:
    t = dict(gold=0, pred=0, tp=0, level=0, heading=0, skipped=0)
    for name, text, gold in docs:
        r = fn(text)
        if r is None:
            t['skipped'] += 1
            continue
        vt, mp = r
        cur.execute('SELECT level, heading, start_pos - 1 FROM govreport.sections(%s) '
                    'WHERE level > 0 AND label IS NOT NULL ORDER BY start_pos', (vt,))
        pred = cur.fetchall()
        t['gold'] += len(gold)
        t['pred'] += len(pred)
        used = set()
        for g in gold:
            s = mp[g['start']]
            hit = next((i for i, p in enumerate(pred) if i not in used and abs(p[2] - s) <= 1), None)
            if hit is None:
                if VERBOSE:
                    print(f"  {vname} {name}: missed {g['label']}{g['heading']}")
                continue
            used.add(hit)
            t['tp'] += 1
            t['level'] += pred[hit][0] == g['level']
            want = g['heading']
            if vname == 'traditional':
                want = trad(want)[0]
            t['heading'] += (pred[hit][1] or '') == want
            if (pred[hit][1] or '') != want and VERBOSE:
                print(f'  {vname} {name}: heading {pred[hit][1]!r} for {want!r}')
            if pred[hit][0] != g['level'] and VERBOSE:
                print(f'  {vname} {name}: level {pred[hit][0]} for {g["level"]} {g["label"]}{want}')
        if VERBOSE:
            for i, pr in enumerate(pred):
                if i not in used:
                    print(f'  {vname} {name}: extra {pr[1]!r} at {pr[2]}: {vt[max(0, pr[2] - 10):pr[2] + 12]!r}')
    p = t['tp'] / t['pred'] if t['pred'] else 0
    r = t['tp'] / t['gold'] if t['gold'] else 0
    tp = t['tp'] or 1
    print(f"{vname:15} P {p:.3f} R {r:.3f} level {t['level'] / tp:.3f} heading {t['heading'] / tp:.3f}"
          f"  ({t['tp']} of {t['gold']}, {t['pred']} rows{', %d texts skipped' % t['skipped'] if t['skipped'] else ''})")
