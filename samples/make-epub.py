#!/usr/bin/env python3
"""Builds the sample EPUBs from samples/the-lighthouse.md (run from anywhere: python3 samples/make-epub.py).

Writes
  samples/the-lighthouse.epub                      EPUB 3: nav + NCX, cover image, copyright page (front matter),
                                                   a PLS lexicon, one ssml:ph hint, a footnote, page-break markers
  tests/fixtures/books/lighthouse-epub2.epub       EPUB 2: NCX only, <meta name="cover">, guide
  tests/fixtures/books/lighthouse-anchors.epub     EPUB 3: the whole story in one file; the TOC points at #anchors,
                                                   nested under a "Part One" entry
The mimetype entry comes first and is stored uncompressed; timestamps are fixed so the output is reproducible.
"""
import html
import re
import struct
import zipfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAMP = (2024, 1, 1, 0, 0, 0)


def png(width=4, height=4, rgb=(30, 60, 120)):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def inline(text):
    text = html.escape(text, quote=False)
    return re.sub(r"\*([^*]+)\*", r"<em>\1</em>", text)


def chapters_from_markdown():
    """[(title, [html lines])] from the '## ' sections of the Markdown story."""
    chapters, blocks, para = [], None, []

    def flush():
        if para and blocks is not None:
            text = " ".join(para)
            if text.startswith("> "):
                blocks.append(f"<blockquote><p>{inline(text[2:])}</p></blockquote>")
            elif text.startswith("- "):
                items = "".join(f"<li>{inline(i.strip())}</li>" for i in text[2:].split(" - "))
                blocks.append(f"<ul>{items}</ul>")
            else:
                blocks.append(f"<p>{inline(text)}</p>")
        para.clear()

    for line in (ROOT / "samples" / "the-lighthouse.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            flush()
            blocks = []
            chapters.append((line[3:].strip(), blocks))
        elif not line.strip():
            flush()
        elif blocks is not None:
            para.append(line.strip())
    flush()
    return chapters


def decorate(chapters):
    """Adds the EPUB-only features: an ssml:ph hint, a footnote with its reference, a page-break marker."""
    title, blocks = chapters[0]
    blocks[0] = blocks[0].replace(
        "Skarholm", '<span ssml:ph="ˈskɑːrhoʊm">Skarholm</span>', 1).replace(
        "eleven winters,", 'eleven winters,<a epub:type="noteref" role="doc-noteref" href="#fn1"><sup>1</sup></a>', 1)
    blocks.insert(1, '<span epub:type="pagebreak" role="doc-pagebreak" id="page2" title="2"/>')
    blocks.append('<aside epub:type="footnote" role="doc-footnote" id="fn1"><p>Keepers on the northern islands '
                  'served in winter shifts, and counted their years in winters.</p></aside>')
    return chapters


XHTML = """<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"
      xmlns:ssml="http://www.w3.org/2001/10/synthesis" ssml:alphabet="ipa" xml:lang="en">
<head><title>{title}</title></head>
<body>
{body}
</body>
</html>
"""

COPYRIGHT = """<section epub:type="frontmatter copyright-page">
<h1>Copyright</h1>
<p>The Lighthouse. Copyright the Narrator contributors. Released under the MIT licence.</p>
</section>"""


def chapter_xhtml(title, blocks, anchor=None):
    head = f'<h2 id="{anchor}">{html.escape(title)}</h2>' if anchor else f"<h1>{html.escape(title)}</h1>"
    return f'<section epub:type="chapter">\n{head}\n' + "\n".join(blocks) + "\n</section>"


def container():
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<container version="1.0" '
            'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
            '<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
            '</rootfiles></container>')


def ncx(points):
    nav = "".join(f'<navPoint id="n{i}" playOrder="{i}"><navLabel><text>{html.escape(t)}</text></navLabel>'
                  f'<content src="{src}"/></navPoint>' for i, (t, src) in enumerate(points, 1))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">'
            '<head><meta name="dtb:uid" content="urn:narrator:the-lighthouse"/></head>'
            f'<docTitle><text>The Lighthouse</text></docTitle><navMap>{nav}</navMap></ncx>')


PLS = """<?xml version="1.0" encoding="UTF-8"?>
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon" alphabet="ipa" xml:lang="en">
  <lexeme><grapheme>Skarholm</grapheme><phoneme>ˈskɑːrhoʊm</phoneme></lexeme>
  <lexeme><grapheme>Marta</grapheme><grapheme>MARTA</grapheme><phoneme>ˈmɑːrtə</phoneme></lexeme>
  <lexeme><grapheme>Olsen</grapheme><alias>Olson</alias></lexeme>
</lexicon>
"""


def write(path, files):
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype", STAMP), "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        for name, data in files:
            z.writestr(zipfile.ZipInfo(name, STAMP), data, compress_type=zipfile.ZIP_DEFLATED)
    print(f"wrote {path.relative_to(ROOT)}")


def opf(version, manifest, spine, extra_meta="", guide="", toc_attr=' toc="ncx"'):
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<package xmlns="http://www.idpf.org/2007/opf" version="{version}" '
            'unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
            '<dc:identifier id="id">urn:narrator:the-lighthouse</dc:identifier><dc:title>The Lighthouse</dc:title>'
            '<dc:creator>Narrator contributors</dc:creator><dc:language>en</dc:language>'
            f'<meta property="dcterms:modified">2024-01-01T00:00:00Z</meta>{extra_meta}</metadata>'
            f'<manifest>{manifest}</manifest><spine{toc_attr}>{spine}</spine>{guide}</package>')


def epub3(chapters):
    files = [("META-INF/container.xml", container()),
             ("OEBPS/copyright.xhtml", XHTML.format(title="Copyright", body=COPYRIGHT))]
    manifest = ('<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>'
                '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>'
                '<item id="cover" href="images/cover.png" media-type="image/png" properties="cover-image"/>'
                '<item id="lexicon" href="lexicon.pls" media-type="application/pls+xml"/>'
                '<item id="copyright" href="copyright.xhtml" media-type="application/xhtml+xml"/>')
    spine = '<itemref idref="copyright"/>'
    points, links = [("Copyright", "copyright.xhtml")], ['<li><a href="copyright.xhtml">Copyright</a></li>']
    for i, (title, blocks) in enumerate(chapters, 1):
        name = f"chapter{i}.xhtml"
        files.append((f"OEBPS/{name}", XHTML.format(title=title, body=chapter_xhtml(title, blocks))))
        manifest += f'<item id="c{i}" href="{name}" media-type="application/xhtml+xml"/>'
        spine += f'<itemref idref="c{i}"/>'
        points.append((title, name))
        links.append(f'<li><a href="{name}">{html.escape(title)}</a></li>')
    nav = XHTML.format(title="Contents", body='<nav epub:type="toc" id="toc"><h1>Contents</h1><ol>' + "".join(links) + "</ol></nav>"
                       '<nav epub:type="landmarks"><ol><li><a epub:type="copyright-page" href="copyright.xhtml">Copyright</a></li>'
                       '<li><a epub:type="bodymatter" href="chapter1.xhtml">Start</a></li></ol></nav>')
    files += [("OEBPS/nav.xhtml", nav), ("OEBPS/toc.ncx", ncx(points)), ("OEBPS/lexicon.pls", PLS),
              ("OEBPS/images/cover.png", png())]
    files.insert(1, ("OEBPS/content.opf", opf("3.0", manifest, spine)))
    write(ROOT / "samples" / "the-lighthouse.epub", files)


def epub2(chapters):
    files = [("META-INF/container.xml", container())]
    manifest = ('<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>'
                '<item id="cover-jpg" href="cover.png" media-type="image/png"/>'
                '<item id="copyright" href="copyright.html" media-type="application/xhtml+xml"/>')
    spine, points = '<itemref idref="copyright"/>', []
    body = '<div><h1>Copyright</h1><p>Copyright the Narrator contributors. MIT licence.</p></div>'
    files.append(("OEBPS/copyright.html", XHTML.format(title="Copyright", body=body).replace(' xmlns:epub="http://www.idpf.org/2007/ops"', "")))
    for i, (title, blocks) in enumerate(chapters, 1):
        name = f"text/part{i}.html"
        files.append((f"OEBPS/{name}", XHTML.format(title=title, body=f"<div><h2>{html.escape(title)}</h2>\n" + "\n".join(blocks) + "</div>")))
        manifest += f'<item id="p{i}" href="{name}" media-type="application/xhtml+xml"/>'
        spine += f'<itemref idref="p{i}"/>'
        points.append((title, name))
    guide = '<guide><reference type="copyright-page" title="Copyright" href="copyright.html"/><reference type="text" title="Start" href="text/part1.html"/></guide>'
    files += [("OEBPS/toc.ncx", ncx(points)), ("OEBPS/cover.png", png(rgb=(200, 40, 40)))]
    files.insert(1, ("OEBPS/content.opf", opf("2.0", manifest, spine, '<meta name="cover" content="cover-jpg"/>', guide)))
    write(ROOT / "tests" / "fixtures" / "books" / "lighthouse-epub2.epub", files)


def epub_anchors(chapters):
    """One file, a short preface before the first anchor, TOC entries at #anchors nested under 'Part One'."""
    body = '<section epub:type="bodymatter"><p>A preface that belongs to no chapter of the TOC.</p>\n'
    for i, (title, blocks) in enumerate(chapters, 1):
        body += f'<h2 id="ch{i}">{html.escape(title)}</h2>\n' + "\n".join(blocks) + "\n"
    body += "</section>"
    items = "".join(f'<li><a href="story.xhtml#ch{i}">{html.escape(t)}</a></li>' for i, (t, _) in enumerate(chapters, 1))
    nav = XHTML.format(title="Contents", body=f'<nav epub:type="toc"><ol><li><a href="story.xhtml">Part One</a><ol>{items}</ol></li></ol></nav>')
    manifest = ('<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>'
                '<item id="story" href="story.xhtml" media-type="application/xhtml+xml"/>')
    files = [("META-INF/container.xml", container()),
             ("OEBPS/content.opf", opf("3.0", manifest, '<itemref idref="story"/>', toc_attr="")),
             ("OEBPS/nav.xhtml", nav), ("OEBPS/story.xhtml", XHTML.format(title="The Lighthouse", body=body))]
    write(ROOT / "tests" / "fixtures" / "books" / "lighthouse-anchors.epub", files)


if __name__ == "__main__":
    epub3(decorate(chapters_from_markdown()))
    epub2(chapters_from_markdown())
    epub_anchors(chapters_from_markdown())
