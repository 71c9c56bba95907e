#!/usr/bin/python3
"""What every test/data/heldout*/annotate.py shares: building NAME.gold.json
(the dev/ANNOTATION.md format) from hand annotations whose offsets are found
from a context string that occurs exactly once in the text (the raw span
inside it), so the annotations stay readable.
"""
import json
import os
import re


def find(text, raw, ctx=None, nth=0):
    ctx = ctx or raw
    hits = [m.start() for m in re.finditer(re.escape(ctx), text)]
    if ctx != raw or nth == 0:
        assert len(hits) >= 1, (raw, ctx)
    if nth == 0:
        assert len(hits) == 1, ('ambiguous', raw, ctx, len(hits))
        h = hits[0]
    else:
        h = hits[nth - 1]
    s = h + ctx.index(raw)
    return s, s + len(raw)


def gold_builder(here):
    """build(name, source, notes, sections, facts, not_facts, dates) for the
    texts of directory here: writes here/NAME.gold.json."""
    return lambda *args: build(here, *args)


def build(here, name, source, notes, sections, facts, not_facts, dates):
    text = open(os.path.join(here, name + '.clean.txt'), encoding='utf-8').read()
    out = {'source': source, 'notes': notes, 'sections': [], 'facts': [],
           'not_facts': [], 'dates': []}
    for level, label, heading, ctx, nth in sections:
        s, _ = find(text, label, ctx, nth)
        out['sections'].append({'level': level, 'label': label, 'heading': heading, 'start': s})
    keys = {}
    for f in facts:
        raw, ctx, value, unit, kind, qual, subject, parent = f[:8]
        extra = f[8] if len(f) > 8 else {}
        s, e = find(text, raw, ctx, extra.get('nth', 0))
        key = extra.get('key')
        row = {'start': s, 'end': e, 'raw': raw, 'value': value, 'unit': unit, 'kind': kind,
               'qualifier': qual, 'subject': subject,
               'parent': keys[parent] if parent is not None else None, 'table': False}
        if extra.get('direction'):
            row['direction'] = extra['direction']
        if extra.get('value_max'):
            row['value_max'] = extra['value_max']
        if key:
            keys[key] = len(out['facts'])
        out['facts'].append(row)
    for raw, ctx, why, *nth in not_facts:
        s, e = find(text, raw, ctx, nth[0] if nth else 0)
        out['not_facts'].append({'start': s, 'end': e, 'raw': raw, 'why': why})
    for raw, ctx, value, *nth in dates:
        s, e = find(text, raw, ctx, nth[0] if nth else 0)
        out['dates'].append({'start': s, 'end': e, 'raw': raw, 'value': value})
    for k in ('facts', 'not_facts', 'dates'):
        out[k].sort(key=lambda r: r['start'])
    # parents were given as indices before sorting: facts are listed in text order
    assert [f['start'] for f in out['facts']] == sorted(f['start'] for f in out['facts'])
    for r in out['facts'] + out['not_facts'] + out['dates']:
        assert text[r['start']:r['end']] == r['raw']
    with open(os.path.join(here, name + '.gold.json'), 'w', encoding='utf-8') as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    print(name, {k: len(v) for k, v in out.items() if isinstance(v, list)})
