#!/usr/bin/env python3
"""tools/mutate_table_texts.py LIST OUT: mutated copies of the table texts
among the files named in LIST (one path a line, e.g. the _texts file of
tools/dump_outputs.sh), for a differential check of two builds of the table
reader with tools/tables_cells.c.

A text is a table text when it names a part of the national tables
(申请人情况, 第二十条 or 行政复议).  Each gets twelve copies, each changed in
one way a page may change it: a few of its labels' characters swapped for
their ASCII, traditional or spaced forms, or separators for others; a line
deleted or doubled; a byte inserted or a run of bytes deleted; CRLF line
ends with trailing blanks.  The point is labels near the national format's
own texts, and rows whose cells moved, not only the exact texts.  Seeded:
the same LIST gives the same files.
"""
import os
import random
import sys

SUBSTITUTIONS = [
    ('（', '('), ('）', ')'), ('：', ':'), ('，', ','), ('内', '內'),
    ('处理', '處理'), ('公开', '公 开'), ('、', '.'), ('1.', '1、'),
    ('总计', '總計'), ('其他', '其他 '), ('信息内容', '信息內容'), ('|', '｜'),
    ('\t', ' | '), (' | ', '\t'), ('规章', '规章。'), ('科研机构', '科研 机构'),
    ('自然人', '自然人\u3000'), ('商业企业', '商业\n企业'), ('0', '０'),
]
INSERTS = [' ', '|', '\t', '\n', '-', '/', '7', '（', '、']


def mutate(text, rng):
    """One changed copy of text."""
    lines = text.split('\n')
    kind = rng.randrange(6)
    if kind == 0:
        for _ in range(3):
            old, new = rng.choice(SUBSTITUTIONS)
            text = text.replace(old, new, rng.randrange(1, 6))
        return text
    if kind == 1:
        del lines[rng.randrange(len(lines))]
        return '\n'.join(lines)
    if kind == 2:
        i = rng.randrange(len(lines))
        lines.insert(i, lines[i])
        return '\n'.join(lines)
    if kind == 3:
        i = rng.randrange(len(text))
        return text[:i] + rng.choice(INSERTS) + text[i:]
    if kind == 4:
        i = rng.randrange(len(text))
        return text[:i] + text[min(len(text), i + rng.randrange(1, 40)):]
    return '\r\n'.join(line + rng.choice(['', ' ', '\u3000', ' |']) for line in lines)


def main():
    if len(sys.argv) != 3:
        sys.exit('usage: tools/mutate_table_texts.py LIST OUT')
    rng = random.Random(8)
    out = sys.argv[2]
    os.makedirs(out, exist_ok=True)
    made = 0
    with open(sys.argv[1], encoding='utf-8') as names:
        paths = [line.strip() for line in names if line.strip()]
    for path in paths:
        with open(path, encoding='utf-8', errors='surrogateescape') as f:
            text = f.read()
        if not text or not any(w in text for w in ('申请人情况', '第二十条', '行政复议')):
            continue
        for _ in range(12):
            name = os.path.join(out, 'm%05d.txt' % made)
            with open(name, 'w', encoding='utf-8', errors='surrogateescape') as f:
                f.write(mutate(text, rng))
            made += 1
    print('%d mutated texts in %s' % (made, out))


if __name__ == '__main__':
    main()
