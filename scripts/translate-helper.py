#!/usr/bin/env python3
"""translate-helper — list and fill unfinished messages of a Qt Linguist .ts file.

Usage:
  scripts/translate-helper.py --list-unfinished TS [--numerus-only] > todo.json
  scripts/translate-helper.py --apply TS done.json

--list-unfinished prints a JSON array, one object per message whose translation is
type="unfinished" or empty:
  {"context": ..., "source": ..., "comment": ..., "numerus": bool, "translation": ""}
(numerus messages get "forms": [] instead of "translation").

--apply reads such an array back, filled in: "translation" (a string) or, for numerus
messages, "forms" (a list: one form for zh_CN, singular and plural for en). Each entry is
matched on (context, source, comment); its translation is written, type="unfinished" is
removed. Entries left empty are skipped. The file is edited in place as text, so the
rest of it keeps lupdate's layout; run `cmake --build <build> --target update_translations`
first, then check with lrelease / `ctest -R translations`.
"""
import json
import re
import sys

MESSAGE = re.compile(r'(?P<indent>[ \t]*)<message(?P<attrs>[^>]*)>(?P<body>.*?)</message>', re.S)
CONTEXT = re.compile(r'<context>(.*?)</context>', re.S)
ENTITIES = {'&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'"}


def unescape(text):
    text = re.sub(r'&#x([0-9a-fA-F]+);', lambda m: chr(int(m.group(1), 16)), text)
    text = re.sub(r'&#([0-9]+);', lambda m: chr(int(m.group(1))), text)
    return re.sub(r'&(amp|lt|gt|quot|apos);', lambda m: ENTITIES[m.group(0)], text)


def escape(text):
    # As lupdate writes it.
    return (text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;').replace("'", '&apos;'))


def element(body, tag):
    m = re.search(r'<%s>(.*?)</%s>' % (tag, tag), body, re.S)
    return unescape(m.group(1)) if m else ''


def messages(ts):
    """Yields (context, span of the message in ts, match) for every message."""
    for c in CONTEXT.finditer(ts):
        name = element(c.group(1), 'name')
        base = c.start(1)
        for m in MESSAGE.finditer(c.group(1)):
            yield name, (base + m.start(), base + m.end()), m


def info(context, m):
    body = m.group('body')
    t = re.search(r'<translation(?P<attrs>[^>]*?)(?:/>|>(?P<text>.*?)</translation>)', body, re.S)
    attrs, text = (t.group('attrs'), t.group('text') or '') if t else ('', '')
    numerus = 'numerus="yes"' in m.group('attrs')
    forms = [unescape(f) for f in re.findall(r'<numerusform>(.*?)</numerusform>', text, re.S)]
    empty = (not forms or any(not f.strip() for f in forms)) if numerus else not unescape(text).strip()
    return {
        'context': context,
        'source': element(body, 'source'),
        'comment': element(body, 'comment'),
        'numerus': numerus,
        'unfinished': 'type="unfinished"' in attrs or empty,
        'vanished': 'type="vanished"' in attrs or 'type="obsolete"' in attrs,
    }


def list_unfinished(path, numerus_only):
    with open(path, encoding='utf-8') as f:
        ts = f.read()
    out = []
    for context, _, m in messages(ts):
        i = info(context, m)
        if not i['unfinished'] or i['vanished'] or (numerus_only and not i['numerus']):
            continue
        entry = {k: i[k] for k in ('context', 'source', 'comment', 'numerus')}
        entry['forms' if i['numerus'] else 'translation'] = [] if i['numerus'] else ''
        out.append(entry)
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write('\n')


def apply(path, done_path):
    with open(path, encoding='utf-8') as f:
        ts = f.read()
    with open(done_path, encoding='utf-8') as f:
        done = {(e['context'], e['source'], e.get('comment', '')): e for e in json.load(f)}
    pieces, last, applied = [], 0, set()
    for context, (start, end), m in messages(ts):
        i = info(context, m)
        key = (i['context'], i['source'], i['comment'])
        e = done.get(key)
        if e is None or i['vanished']:
            continue
        ind = m.group('indent')
        if i['numerus']:
            forms = [f for f in e.get('forms', []) if f.strip()]
            if not forms:
                continue
            tr = '<translation>\n' + ''.join(
                '%s        <numerusform>%s</numerusform>\n' % (ind, escape(f)) for f in forms) + ind + '    </translation>'
        else:
            text = e.get('translation', '')
            if not text.strip():
                continue
            tr = '<translation>%s</translation>' % escape(text)
        old = m.group(0)
        new = re.sub(r'<translation[^>]*?(?:/>|>.*?</translation>)', lambda _: tr, old, count=1, flags=re.S)
        pieces.append(ts[last:start])
        pieces.append(new)
        last = end
        applied.add(key)
    pieces.append(ts[last:])
    with open(path, 'w', encoding='utf-8') as f:
        f.write(''.join(pieces))
    missing = [k for k in done if k not in applied and
               (done[k].get('translation', '').strip() or any(x.strip() for x in done[k].get('forms', [])))]
    print('applied %d translations to %s' % (len(applied), path), file=sys.stderr)
    for k in missing:
        print('not found in %s: [%s] %r' % (path, k[0], k[1]), file=sys.stderr)
    return 1 if missing else 0


def main(argv):
    if len(argv) >= 2 and argv[0] == '--list-unfinished':
        list_unfinished(argv[1], '--numerus-only' in argv[2:])
        return 0
    if len(argv) == 3 and argv[0] == '--apply':
        return apply(argv[1], argv[2])
    sys.stderr.write(__doc__)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
