#!/usr/bin/python3
"""Regenerate test/data/mojibake/*.tsv from /work/shared (data only; see the
ATTRIBUTION.md written beside them).

    python3 tools/import_mojibake_cases.py [/work/shared]

Each line: fields separated by tabs, with backslash, tab, newline and carriage
return written as \\\\, \\t, \\n and \\r.  Files:
  synthetic_zh.tsv   type, original, fixed, fixed-conservative (or empty), recoverable
  ftfy.tsv           source file, label, original, expected (fixed-encoding when
                     given, else fixed), expect (pass/fail in ftfy itself)
  in_the_wild_zh.tsv label, original, fixed (empty: unknown), fixed-conservative,
                     recoverable
"""
import json
import os
import sys

shared = sys.argv[1] if len(sys.argv) > 1 else '/work/shared'
out = 'test/data/mojibake'


def esc(value):
    if value is None:
        return ''
    value = str(value)
    return (value.replace('\\', '\\\\').replace('\t', '\\t')
            .replace('\n', '\\n').replace('\r', '\\r'))


def write(name, header, rows):
    with open(os.path.join(out, name), 'w', encoding='utf-8') as f:
        f.write('# ' + '\t'.join(header) + '\n')
        for row in rows:
            f.write('\t'.join(esc(v) for v in row) + '\n')
    print(name, len(rows))


def main():
    os.makedirs(out, exist_ok=True)
    cases = json.load(open(os.path.join(shared, 'dev/synthetic-zh/zh-mojibake-synthetic.json'),
                           encoding='utf-8'))
    write('synthetic_zh.tsv', ['type', 'original', 'fixed', 'fixed-conservative', 'recoverable'],
          [(c['type'], c['original'], c['fixed'], c.get('fixed-conservative'),
            c.get('recoverable')) for c in cases])
    rows = []
    base = os.path.join(shared, 'external/mojibake/ftfy/test-cases')
    for name in sorted(os.listdir(base)):
        if not name.endswith('.json'):
            continue
        for c in json.load(open(os.path.join(base, name), encoding='utf-8')):
            rows.append((name, c['label'], c['original'], c.get('fixed-encoding', c['fixed']),
                         c.get('expect', 'pass')))
    write('ftfy.tsv', ['file', 'label', 'original', 'expected', 'expect'], rows)
    cases = json.load(open(os.path.join(shared, 'external/mojibake/in-the-wild-zh/zh-in-the-wild.json'),
                           encoding='utf-8'))
    write('in_the_wild_zh.tsv', ['label', 'original', 'fixed', 'fixed-conservative', 'recoverable'],
          [(c['label'], c['original'], c.get('fixed'), c.get('fixed-conservative'),
            c.get('recoverable')) for c in cases])


if __name__ == '__main__':
    main()
