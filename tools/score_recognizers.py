#!/usr/bin/python3
"""tools/score_recognizers.py [SPECS]: govreport.facts against the Chinese
number specs of Microsoft Recognizers-Text (PercentModel, CurrencyModel,
DimensionModel, NumberRangeModel; SPECS defaults to
../shared/external/numbers/recognizers/Specs).

For every expected result of every case: *found* when a fact's span overlaps
the result's span; *same value* when that fact's value (and value_max, for a
range) is the result's resolution ("50%" -> 50, "[20,30)" -> 20 and 30).
Needs a server with this tree (eval "$(bash scripts/devdb.sh start)") and
Debian's python3-psycopg2.  Prints one line per model."""
import json
import os
import re
import sys
from decimal import Decimal, InvalidOperation

import psycopg2

HERE = os.path.dirname(os.path.abspath(__file__))
SPECS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    HERE, '..', '..', 'shared', 'external', 'numbers', 'recognizers', 'Specs')
MODELS = [
    ('PercentModel', 'Number/Chinese/PercentModel.json'),
    ('CurrencyModel', 'NumberWithUnit/Chinese/CurrencyModel.json'),
    ('DimensionModel', 'NumberWithUnit/Chinese/DimensionModel.json'),
    ('NumberRangeModel', 'Number/Chinese/NumberRangeModel.json'),
]


def dec(text):
    try:
        return Decimal(text)
    except (InvalidOperation, TypeError):
        return None


def expected_values(result):
    """(value, value_max) the resolution states; None where it states none."""
    value = (result.get('Resolution') or {}).get('value')
    if value is None:
        return None, None
    m = re.fullmatch(r'[\[(]\s*([-\d.]*)\s*,\s*([-\d.]*)\s*[\])]', value)
    if m:
        return dec(m.group(1)), dec(m.group(2))
    return dec(value.rstrip('%')), None


def main():
    conn = psycopg2.connect('')
    cur = conn.cursor()
    for name, path in MODELS:
        with open(os.path.join(SPECS, path), encoding='utf-8') as f:
            cases = json.load(f)
        total = found = same = 0
        for case in cases:
            cur.execute('SELECT start_pos - 1, end_pos - 1, value, value_max '
                        'FROM govreport.facts(%s)', (case['Input'],))
            facts = cur.fetchall()
            for result in case.get('Results', []):
                total += 1
                start, end = result['Start'], result['End'] + 1
                hits = [f for f in facts if f[0] < end and f[1] > start]
                if not hits:
                    continue
                found += 1
                value, value_max = expected_values(result)
                if any(h[2] == value and (value_max is None or h[3] == value_max)
                       for h in hits if value is not None):
                    same += 1
        print(f'{name}: {total} results, found {found / total:.0%}, '
              f'same value {same / total:.0%}')


if __name__ == '__main__':
    main()
