#!/usr/bin/python3
"""Cuts the tenth batch's excerpts by the rule of README.md (fixed before any
excerpt was read).  Run: python3 cut_excerpts.py /work/shared"""
import os
import re
import sys

SHARED = sys.argv[1] if len(sys.argv) > 1 else '/work/shared'
HERE = os.path.dirname(os.path.abspath(__file__))
N = 450


def to_sentence_end(text, start, limit=None):
    """whole sentences from start up to the first 。 at or after start+N
    (or up to limit when that comes first)."""
    end = text.find('。', start + N - 1)
    end = len(text) if end < 0 else end + 1
    if limit is not None and limit < end:
        end = limit
    return text[start:end]


def targets_of(text):
    # amended when 2008 turned out to have none (before any excerpt was read)
    t = text.find('主要预期目标')
    if t < 0:
        t = text.index('预期目标')
    s = max(text.rfind('。', 0, t), text.rfind('\n', 0, t)) + 1
    return to_sentence_end(text, s).strip('\n')


# the supplement: targets of 2014 and 2019, apart from batch 8's excerpts
for year, copy in (('2014', 'textworkshop17'), ('2019', 'wikisource')):
    text = open(os.path.join(SHARED, 'corpus/gwr_national/gwr_%s_%s.txt' % (year, copy)),
                encoding='utf-8').read()
    ex = targets_of(text)
    start = text.index(ex)
    for b8 in os.listdir(os.path.join(HERE, '..', 'heldout8')):
        if b8.startswith('gwr_%s' % year) and b8.endswith('.clean.txt'):
            old = open(os.path.join(HERE, '..', 'heldout8', b8), encoding='utf-8').read().rstrip('\n')
            o = text.index(old)
            assert o + len(old) <= start or start + len(ex) <= o, ('overlap', year)
    name = 'gwr_%s_national_targets' % year
    with open(os.path.join(HERE, name + '.clean.txt'), 'w', encoding='utf-8') as fh:
        fh.write(ex + '\n')
    print(name, len(ex), 'chars')

for year in ('2008', '2009', '2016'):
    src = os.path.join(SHARED, 'corpus/gwr_national/gwr_%s_textworkshop17.txt' % year)
    text = open(src, encoding='utf-8').read()
    # review: first （三） or 三是
    m = re.search('（三）|三是', text)
    start = m.start()
    nxt = re.compile('（四）' if m.group() == '（三）' else '四是').search(text, m.end())
    limit = nxt.start() if nxt else None
    review = to_sentence_end(text, start, limit).rstrip()
    # targets: the sentence holding the first 主要预期目标
    targets = targets_of(text)
    for kind, ex in (('review', review), ('targets', targets)):
        name = 'gwr_%s_national_%s' % (year, kind)
        with open(os.path.join(HERE, name + '.clean.txt'), 'w', encoding='utf-8') as fh:
            fh.write(ex + '\n')
        print(name, len(ex), 'chars')
