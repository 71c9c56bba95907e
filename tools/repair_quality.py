#!/usr/bin/python3
"""Measure the repair pipeline without a server (through tools/repair_page):

- gold: CER of repair(source) against each /work/shared/dev/gold/*.clean.txt
  (the same CER as score_repair.py: NFKC, whitespace removed);
- synthetic: pass rate of /work/shared/dev/synthetic-zh per type (a case
  passes when the output equals `fixed`, or `fixed-conservative`);
- with --dev-repair, dev/repair per kind (score_repair.py's CER after);
  REPAIR_PAGE=path measures another build of the tool (a baseline);
- idempotence and clean pass-through: every corpus page, the seed and every
  dev/repair file repaired twice gives the same text; every clean text
  (dev/gold/*.clean.txt, dev/repair/*.clean.txt) comes back byte for byte.

Usage: tools/repair_quality.py [--verbose] [--dev-repair]   (build tools/repair_page first,
`make tools`).  Needs Debian's python3-levenshtein.
"""
import collections
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata

import Levenshtein

SHARED = os.environ.get('GOVREPORT_SHARED', '/work/shared')
TOOL = os.environ.get('REPAIR_PAGE',
                      os.path.join(os.path.dirname(os.path.abspath(__file__)), 'repair_page'))


def norm(text):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', text))


def cer(got, gold):
    g = norm(gold)
    return Levenshtein.distance(norm(got), g) / max(1, len(g))


def repair(data, idempotence=False):
    run = subprocess.run([TOOL] + (['-i'] if idempotence else []), input=data,
                         capture_output=True)
    return run.stdout, run.returncode


def dev_repair(verbose):
    """score_repair.py's table for dev/repair, through the tool."""
    rows = collections.defaultdict(list)
    folder = SHARED + '/dev/repair'
    for f in sorted(os.listdir(folder)):
        m = re.match(r'(.+)\.([a-z0-9_]+)\.txt$', f)
        if not m or m.group(2) == 'gold':
            continue
        gold = open(os.path.join(folder, m.group(1) + '.gold.txt'), encoding='utf-8').read()
        bad = open(os.path.join(folder, f), 'rb').read()
        got, _ = repair(bad)
        after = cer(got.decode('utf-8', 'replace'), gold)
        rows[m.group(2)].append(after)
        if verbose:
            print(f'dev/repair {f}: {after:.5f}')
    for kind in sorted(rows):
        print(f'dev/repair {kind:20} {sum(rows[kind]) / len(rows[kind]):.4f}')
    allr = [x for r in rows.values() for x in r]
    print(f'dev/repair: {len(allr)} files, mean CER after {sum(allr) / len(allr):.4f}')


def main():
    verbose = '--verbose' in sys.argv
    problems = 0
    if '--dev-repair' in sys.argv:
        dev_repair(verbose)
    # gold
    cers = []
    for meta in sorted(glob.glob(SHARED + '/dev/gold/*.gold.json')):
        name = os.path.basename(meta)[:-len('.gold.json')]
        source = json.load(open(meta, encoding='utf-8'))['source']
        bad = open(os.path.join(SHARED, source), 'rb').read()
        gold = open(SHARED + '/dev/gold/' + name + '.clean.txt', encoding='utf-8').read()
        got, _ = repair(bad)
        before, after = cer(bad.decode(), gold), cer(got.decode(), gold)
        cers.append((before, after))
        if verbose or after > 0:
            print(f'gold {name}: {before:.4f} -> {after:.4f}')
    print(f'gold: {len(cers)} docs, mean CER {sum(c[0] for c in cers) / len(cers):.4f} -> '
          f'{sum(c[1] for c in cers) / len(cers):.4f}, exact {sum(1 for c in cers if c[1] == 0)}')
    # synthetic
    cases = json.load(open(SHARED + '/dev/synthetic-zh/zh-mojibake-synthetic.json', encoding='utf-8'))
    by_type = collections.defaultdict(lambda: [0, 0])
    for case in cases:
        got, _ = repair(case['original'].encode())
        got = got.decode('utf-8', 'replace')
        ok = got == case['fixed'] or got == case.get('fixed-conservative')
        by_type[case['type']][0] += ok
        by_type[case['type']][1] += 1
        if verbose and not ok:
            print(f'synthetic FAIL {case["type"]}: {case["original"]!r} -> {got!r}, want {case["fixed"]!r}')
    total = sum(v[0] for v in by_type.values())
    print('synthetic: ' + ', '.join(f'{t} {v[0]}/{v[1]}' for t, v in sorted(by_type.items())) +
          f'; total {total}/{len(cases)}')
    # idempotence
    pages = (glob.glob(SHARED + '/seed/*.txt') + glob.glob(SHARED + '/corpus/*/*.txt') +
             glob.glob(SHARED + '/dev/repair/*.txt') + glob.glob(SHARED + '/dev/gold/*.clean.txt'))
    bad_pages = []
    for page in sorted(pages):
        data = open(page, 'rb').read()
        got, rc = repair(data, idempotence=True)
        if rc == 3:
            bad_pages.append('not idempotent: ' + page)
        elif rc != 0:
            bad_pages.append(f'exit {rc}: ' + page)
        if (page.endswith('.clean.txt')) and got != data:
            bad_pages.append('clean text changed: ' + page)
    for line in bad_pages:
        print(line)
    print(f'pages: {len(pages)} checked, {len(bad_pages)} problems')
    problems += len(bad_pages)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
