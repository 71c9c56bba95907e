#!/usr/bin/python3
"""Regenerate test/data/numbers/*.tsv from ../shared/external/numbers.

The fixtures are data taken from public test suites (see the ATTRIBUTION
file written beside them); no code of those projects is copied.  Run from the
repository root with ../shared beside the checkout:

    python3 tools/import_number_cases.py ../shared/external/numbers

Writes one line per single-number case: input, expected value (or ERROR when
the input is no number), and where it came from.
"""
import json
import os
import sys

src = sys.argv[1] if len(sys.argv) > 1 else '../shared/external/numbers'
out = 'test/data/numbers'


def recognizers(name):
    path = os.path.join(src, 'recognizers/Specs/Number/Chinese', name)
    cases = json.load(open(path, encoding='utf-8-sig'))
    rows = []
    for case in cases:
        text = case['Input']
        results = case.get('Results', [])
        if len(results) == 1 and results[0]['Start'] == 0 and \
                results[0]['End'] == len(text) - 1:
            value = results[0]['Resolution']['value']
            rows.append((text, value.rstrip('%')))
        elif not results and len(text) <= 4:
            # A short input with no number in it: to_number must refuse it.
            rows.append((text, 'ERROR'))
    return rows


def cn2an():
    rows = []
    path = os.path.join(src, 'extracted/cn2an_cn2an_test_pairs.tsv')
    for line in open(path, encoding='utf-8').read().splitlines()[1:]:
        mode, text, expected, kind = line.split('\t')
        if mode in ('strict', 'normal', 'smart'):
            rows.append((text, expected))
        elif mode.startswith('error_strict'):
            rows.append((text, 'ERROR'))
    return rows


def write(name, rows, origin):
    with open(os.path.join(out, name), 'w', encoding='utf-8') as f:
        f.write('# input\texpected (ERROR: not one number)\n')
        f.write(f'# from {origin}; see ATTRIBUTION\n')
        seen = set()
        for text, value in rows:
            if text in seen or '\t' in text or '\n' in text:
                continue
            seen.add(text)
            f.write(f'{text}\t{value}\n')


write('recognizers_number.tsv', recognizers('NumberModel.json'),
      'Microsoft Recognizers-Text Specs/Number/Chinese/NumberModel.json')
write('recognizers_percent.tsv', recognizers('PercentModel.json'),
      'Microsoft Recognizers-Text Specs/Number/Chinese/PercentModel.json')
write('cn2an.tsv', cn2an(), 'Ailln/cn2an cn2an/cn2an_test.py (data literals)')
