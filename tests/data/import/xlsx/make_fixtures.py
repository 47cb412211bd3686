#!/usr/bin/env python3
"""Writes the hand-made XLSX fixtures next to this file (run once; the outputs are
committed). Each imitates a quirk seen in files written by Excel, WPS or ERP exports, or a
hostile file the reader must refuse. Deterministic: fixed zip timestamps."""
import os
import struct
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
RNS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
DATE = (2024, 3, 5, 12, 0, 0)

CONTENT_TYPES = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'''
ROOT_RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'''


def workbook(sheets, date1904=False):
    """sheets: list of (name, rId)"""
    pr = '<workbookPr date1904="1"/>' if date1904 else '<workbookPr defaultThemeVersion="124226"/>'
    items = ''.join(f'<sheet name="{n}" sheetId="{i + 1}" r:id="{rid}"/>' for i, (n, rid) in enumerate(sheets))
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{NS}" xmlns:r="{RNS}">'
            f'{pr}<sheets>{items}</sheets></workbook>')


def workbook_rels(targets, shared=True):
    """targets: list of (rId, target)"""
    t = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    rels = ''.join(f'<Relationship Id="{rid}" Type="{t}worksheet" Target="{target}"/>' for rid, target in targets)
    rels += f'<Relationship Id="rIdS" Type="{t}styles" Target="styles.xml"/>'
    if shared:
        rels += f'<Relationship Id="rIdT" Type="{t}sharedStrings" Target="sharedStrings.xml"/>'
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + rels + '</Relationships>')


# xf 0 General, 1 built-in date 14, 2 custom 年月日 with time, 3 text "@", 4 custom [h]:mm, 5 "¥"#,##0.00
STYLES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="{NS}"><numFmts count="3"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\\ hh:mm"/><numFmt numFmtId="177" formatCode="[h]:mm"/><numFmt numFmtId="178" formatCode="&quot;¥&quot;#,##0.00;[Red]\\-&quot;¥&quot;#,##0.00"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="176" applyNumberFormat="1"/><xf numFmtId="49" applyNumberFormat="1"/><xf numFmtId="177" applyNumberFormat="1"/><xf numFmtId="178" applyNumberFormat="1"/></cellXfs></styleSheet>'''


def sst(strings):
    items = ''.join(s if s.startswith('<') else f'<si><t xml:space="preserve">{s}</t></si>' for s in strings)
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{NS}" count="{len(strings)}" '
            f'uniqueCount="{len(strings)}">{items}</sst>')


def write_zip(name, parts, compression=zipfile.ZIP_DEFLATED):
    path = os.path.join(HERE, name)
    with zipfile.ZipFile(path, 'w', compression) as z:
        for part, data in parts:
            info = zipfile.ZipInfo(part, DATE)
            info.compress_type = compression
            z.writestr(info, data.encode('utf-8') if isinstance(data, str) else data)
    return path


def workbook_parts(sheet_xmls, strings=None, date1904=False, names=None):
    names = names or [f'Sheet{i + 1}' for i in range(len(sheet_xmls))]
    parts = [('[Content_Types].xml', CONTENT_TYPES), ('_rels/.rels', ROOT_RELS),
             ('xl/workbook.xml', workbook([(n, f'rId{i + 1}') for i, n in enumerate(names)], date1904)),
             ('xl/_rels/workbook.xml.rels', workbook_rels([(f'rId{i + 1}', f'worksheets/sheet{i + 1}.xml') for i in range(len(sheet_xmls))], strings is not None)),
             ('xl/styles.xml', STYLES)]
    if strings is not None:
        parts.append(('xl/sharedStrings.xml', sst(strings)))
    for i, xml in enumerate(sheet_xmls):
        parts.append((f'xl/worksheets/sheet{i + 1}.xml', xml))
    return parts


def sheet(rows, extra_before='', extra_after='', prefix=''):
    p = prefix + ':' if prefix else ''
    decl = f'xmlns:{prefix}="{NS}"' if prefix else f'xmlns="{NS}"'
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<{p}worksheet {decl} xmlns:r="{RNS}">'
            f'{extra_before}<{p}sheetData>{rows}</{p}sheetData>{extra_after}</{p}worksheet>')


# ---- quirks.xlsx: what Chinese sales sheets look like -------------------------------------
strings = ['客户名单（2024年3月）', '客户名称', '手机', '编号', '负责人', '金额', '日期', '华联商贸有限公司', '00123',
           '张伟', '<si><r><rPr><b/></rPr><t>北京</t></r><r><t xml:space="preserve"> 朝阳</t></r><rPh sb="0" eb="2"><t>ペキン</t></rPh></si>',
           '合计', '第一行_x000D_\n第二行', '省份', '浙江']
quirks_rows = (
    # a title row merged over the header's width, above the header
    '<row r="1" spans="1:6" ht="24" customHeight="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="0"/><c r="C1"/></row>'
    '<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>2</v></c><c r="C2" t="s"><v>3</v></c>'
    '<c r="D2" t="s"><v>4</v></c><c r="E2" t="s"><v>5</v></c><c r="F2" t="s"><v>6</v></c><c r="G2" t="s"><v>13</v></c></row>'
    # mobile stored as a number, "00123" as text, owner merged over three rows, float noise, a date
    '<row r="3"><c r="A3" t="s"><v>7</v></c><c r="B3"><v>1.3800138E10</v></c><c r="C3" t="s"><v>8</v></c>'
    '<c r="D3" t="s"><v>9</v></c><c r="E3" s="5"><v>12.300000000000001</v></c><c r="F3" s="1"><v>45356</v></c>'
    '<c r="G3" t="s"><v>14</v></c></row>'
    # cells without r attributes (some ERP exports): placed one after another
    '<row r="4"><c t="inlineStr"><is><t>上海明远科技</t></is></c><c><v>13912345678</v></c><c t="str"><f>"00"&amp;"456"</f><v>00456</v></c>'
    '<c r="D4" s="0"/><c r="E4"><v>0.30000000000000004</v></c><c s="2"><v>45356.604166666664</v></c></row>'
    # a rich-text shared string, a gap (B, D missing), a boolean and an error value
    '<row r="5"><c r="A5" t="s"><v>10</v></c><c r="C5" t="b"><v>1</v></c><c r="E5" t="e"><f>VLOOKUP(A5,X:Y,2,0)</f><v>#N/A</v></c>'
    '<c r="F5" s="2"><v>45356</v></c></row>'
    # a hidden row, a cell with an escaped CR, an elapsed-time format
    '<row r="6" hidden="1"><c r="A6" t="s"><v>12</v></c><c r="E6"><v>-1.5E-3</v></c><c r="F6" s="4"><v>0.5</v></c></row>'
    # a formula totals row
    '<row r="8"><c r="A8" t="s"><v>11</v></c><c r="E8" s="5"><f>SUM(E3:E6)</f><v>12.5985</v></c></row>'
    # Excel's trailing formatted rows: styles, heights, empty cells, no values
    + ''.join(f'<row r="{r}" spans="1:6" s="3" customFormat="1" ht="15"><c r="A{r}" s="3"/><c r="B{r}" s="3"/></row>' for r in range(9, 3000))
)
quirks_sheet = sheet(quirks_rows,
                     extra_before='<sheetPr/><dimension ref="A1:G8"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>'
                                  '<sheetFormatPr defaultRowHeight="13.5"/><cols><col min="1" max="1" width="30"/><col min="7" max="7" width="9" hidden="1"/></cols>',
                     extra_after='<mergeCells count="3"><mergeCell ref="A1:F1"/><mergeCell ref="D3:D5"/><mergeCell ref="G3:G4"/></mergeCells>'
                                 '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>')
# the second sheet: namespace prefixes (as some .NET writers do), listed first in the workbook
# although its part is sheet2.xml
orders_sheet = sheet('<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>订单号</x:t></x:is></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>客户</x:t></x:is></x:c></x:row>'
                     '<x:row r="2"><x:c r="A2"><x:v>20240001</x:v></x:c><x:c r="B2" t="inlineStr"><x:is><x:t>华联</x:t></x:is></x:c></x:row>'
                     '<x:row r="3"><x:c r="A3"><x:v>20240002</x:v></x:c></x:row>',
                     extra_after='<x:mergeCells count="1"><x:mergeCell ref="B2:B3"/></x:mergeCells>', prefix='x')
parts = [('[Content_Types].xml', CONTENT_TYPES), ('_rels/.rels', ROOT_RELS),
         ('xl/workbook.xml', workbook([('订单', 'rId2'), ('客户', 'rId1')])),
         ('xl/_rels/workbook.xml.rels', workbook_rels([('rId1', 'worksheets/sheet1.xml'), ('rId2', '/xl/worksheets/sheet2.xml')])),
         ('xl/styles.xml', STYLES), ('xl/sharedStrings.xml', sst(strings)),
         ('xl/worksheets/sheet1.xml', quirks_sheet), ('xl/worksheets/sheet2.xml', orders_sheet)]
write_zip('quirks.xlsx', parts)

# ---- date1904.xlsx: old Mac Excel's date system ------------------------------------------
write_zip('date1904.xlsx', workbook_parts([sheet('<row r="1"><c r="A1" s="1"><v>43894</v></c><c r="B1" s="2"><v>43894.75</v></c><c r="C1"><v>43894</v></c></row>')], date1904=True))

# ---- nasty corpus ------------------------------------------------------------------------
N = 'nasty/'
# zip bomb: a 64 MiB sheet of blanks that compresses ~1000:1
bomb = sheet('<row r="1"><c r="A1"><v>1</v></c></row>' + ' ' * (64 << 20))
write_zip(N + 'zipbomb.xlsx', workbook_parts([bomb]))
# billion laughs in the sheet and in the shared strings
lol = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' + ''.join(
    f'<!ENTITY lol{i} "' + f'&lol{i - 1};' * 10 + '">' for i in range(3, 10)) + ']>'
ent_sheet = f'<?xml version="1.0"?>\n{lol}<worksheet xmlns="{NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>'
write_zip(N + 'entities.xlsx', workbook_parts([ent_sheet]))
ent_sst = f'<?xml version="1.0"?>\n{lol}<sst xmlns="{NS}"><si><t>&lol9;</t></si></sst>'
p = workbook_parts([sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')], strings=[])
p = [(n, ent_sst if n == 'xl/sharedStrings.xml' else d) for n, d in p]
write_zip(N + 'entities-sharedstrings.xlsx', p)
# entry names escaping the archive
write_zip(N + 'traversal.xlsx', workbook_parts([sheet('<row r="1"><c r="A1"><v>1</v></c></row>')]) + [('../../evil.sh', 'rm -rf ~')])
write_zip(N + 'absolute.xlsx', workbook_parts([sheet('<row r="1"><c r="A1"><v>1</v></c></row>')]) + [('/etc/cron.d/evil', 'x')])
# a relationship pointing outside the package
p = workbook_parts([sheet('<row r="1"><c r="A1"><v>1</v></c></row>')])
p = [(n, d.replace('worksheets/sheet1.xml', '../../../etc/passwd') if n == 'xl/_rels/workbook.xml.rels' else d) for n, d in p]
write_zip(N + 'rels-escape.xlsx', p)
# truncated: a real workbook cut in half
good = open(os.path.join(HERE, 'quirks.xlsx'), 'rb').read()
open(os.path.join(HERE, N + 'truncated.xlsx'), 'wb').write(good[:len(good) // 2])
# CRC error: a stored (uncompressed) sheet with one byte changed inside its data
path = write_zip(N + 'crc.xlsx', workbook_parts([sheet('<row r="1"><c r="A1"><v>12345</v></c></row>')]), zipfile.ZIP_STORED)
data = bytearray(open(path, 'rb').read())
at = data.find(b'<v>12345</v>')
data[at + 3] = ord('9')
open(path, 'wb').write(bytes(data))
# not a zip: a GB18030 CSV someone named .xlsx
open(os.path.join(HERE, N + 'notazip.xlsx'), 'wb').write('客户名称,手机\r\n华联,13800138000\r\n'.encode('gb18030'))
# 16,384 columns is Excel's maximum and must work; one more must not
row = ''.join(f'<c t="inlineStr"><is><t>{i}</t></is></c>' for i in range(16384))
write_zip(N + 'columns-16384.xlsx', workbook_parts([sheet(f'<row r="1">{row}</row>')]))
write_zip(N + 'columns-16385.xlsx', workbook_parts([sheet(f'<row r="1">{row}<c t="inlineStr"><is><t>x</t></is></c></row>')]))
write_zip(N + 'column-xfe.xlsx', workbook_parts([sheet('<row r="1"><c r="XFE1"><v>1</v></c></row>')]))
write_zip(N + 'rows-1048577.xlsx', workbook_parts([sheet('<row r="1"><c r="A1"><v>1</v></c></row><row r="1048577"><c r="A1048577"><v>1</v></c></row>')]))
# merges covering far more cells than a sheet could hold sensibly
write_zip(N + 'merge-bomb.xlsx', workbook_parts([sheet('<row r="1"><c r="A1"><v>1</v></c></row>',
          extra_after='<mergeCells>' + '<mergeCell ref="A1:XFD1048576"/>' * 10 + '</mergeCells>')]))
# a shared-string index past the table, malformed XML
write_zip(N + 'bad-sst-index.xlsx', workbook_parts([sheet('<row r="1"><c r="A1" t="s"><v>7</v></c></row>')], strings=['a']))
write_zip(N + 'malformed.xlsx', workbook_parts([sheet('<row r="1"><c r="A1"><v>1</v></row>')]))


# a password-protected .xlsx: an OLE compound file holding EncryptionInfo and EncryptedPackage
def cfb(stream_names):
    FREE, END, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
    header = b'\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1' + b'\0' * 16 + struct.pack('<HHHHH', 0x3E, 3, 0xFFFE, 9, 6)
    header += b'\0' * 6 + struct.pack('<IIIIIIIII', 0, 1, 1, 0, 4096, END, 0, END, 0)
    header += struct.pack('<I', 0) + struct.pack('<I', FREE) * 108
    fat = struct.pack('<II', FATSECT, END) + struct.pack('<I', FREE) * 126

    def entry(name, kind, left=NOSTREAM, right=NOSTREAM, child=NOSTREAM):
        raw = name.encode('utf-16-le') + b'\0\0' if name else b''
        return (raw.ljust(64, b'\0') + struct.pack('<HBB', len(raw), kind, 1) + struct.pack('<III', left, right, child)
                + b'\0' * 16 + b'\0' * 4 + b'\0' * 16 + struct.pack('<IQ', END if kind == 2 else END, 0))
    entries = entry('Root Entry', 5, child=1)
    for i, name in enumerate(stream_names):
        entries += entry(name, 2, right=i + 2 if i + 1 < len(stream_names) else NOSTREAM)
    entries = entries.ljust(512, b'\0')
    return header + fat + entries


open(os.path.join(HERE, N + 'encrypted.xlsx'), 'wb').write(cfb(['EncryptionInfo', 'EncryptedPackage']))

# thousands of overlapping hidden column ranges (once quadratic)
write_zip(N + 'hidden-columns.xlsx', workbook_parts([sheet('<row r="1"><c r="A1"><v>1</v></c></row>',
          extra_before='<cols>' + '<col min="1" max="16384" hidden="1"/>' * 20000 + '</cols>')]))
