"""Encrypted PDFs carrying a file (owner password only: they open without a password), written two ways:
by real libraries (reportlab's RC4 encryption, then pypdfium2 attaching the file and saving it encrypted), and by
the spec's bytes (PDF 32000 §7.6: RC4 R3, AESV2 R4, AESV3 R6), each checked by pdfium (it opens the file without
a password and reads the attachment back). Used by tests/test_left6*.py and bench/attachment_memory.py."""

from __future__ import annotations

import hashlib
import io
import os
import struct
import zlib

from cryptography.hazmat.decrepit.ciphers.algorithms import ARC4
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

MB = 1 << 20
PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def zeros_deflated(total: int) -> bytes:
    """A zlib stream of `total` zero bytes, built from one compressed block (1 GB in ~1 MB)."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    one = c.compress(b"\0" * MB) + c.flush(zlib.Z_FULL_FLUSH)
    return b"\x78\xda" + one * (total // MB) + c.flush(zlib.Z_FINISH) + struct.pack(">L", 1)


def _rc4(key: bytes, data: bytes) -> bytes:
    return Cipher(ARC4(key), mode=None).encryptor().update(data)


def _aes_cbc(key: bytes, data: bytes, iv: bytes | None = None, pad: bool = True) -> bytes:
    iv = os.urandom(16) if iv is None else iv
    if pad:
        n = 16 - len(data) % 16
        data += bytes([n]) * n
    return iv + Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor().update(data)


def _hash6(password: bytes, salt: bytes, udata: bytes) -> bytes:
    k = hashlib.sha256(password + salt + udata).digest()
    i = 0
    while True:
        e = Cipher(algorithms.AES(k[:16]), modes.CBC(k[16:32])).encryptor().update((password + k + udata) * 64)
        k = (hashlib.sha256, hashlib.sha384, hashlib.sha512)[int.from_bytes(e[:16], "big") % 3](e).digest()
        i += 1
        if i >= 64 and e[-1] <= i - 32:
            return k[:32]


class _Handler:
    """The standard security handler with an empty user password and the owner password 「owner」."""

    def __init__(self, method: str, id0: bytes):
        self.method, self.id0 = method, id0
        self.p = -3904  # printing and copying not allowed
        owner = b"owner"
        if method == "AESV3":
            self.key = os.urandom(32)
            vs, ks, ovs, oks = (os.urandom(8) for _ in range(4))
            self.u = _hash6(b"", vs, b"") + vs + ks
            ue = _aes_cbc(_hash6(b"", ks, b""), self.key, b"\0" * 16, pad=False)[16:]
            self.o = _hash6(owner, ovs, self.u) + ovs + oks
            oe = _aes_cbc(_hash6(owner, oks, self.u), self.key, b"\0" * 16, pad=False)[16:]
            perms = struct.pack("<i", self.p) + b"\xff\xff\xff\xffTadb" + os.urandom(4)
            perms = Cipher(algorithms.AES(self.key), modes.ECB()).encryptor().update(perms)
            cf = b"/CF << /StdCF << /CFM /AESV3 /AuthEvent /DocOpen /Length 32 >> >> /StmF /StdCF /StrF /StdCF"
            self.dict = (
                b"<< /Filter /Standard /V 5 /R 6 /Length 256 %s /O <%s> /U <%s> /OE <%s> /UE <%s> /P %d /Perms <%s> >>"
                % (
                    cf,
                    self.o.hex().encode(),
                    self.u.hex().encode(),
                    oe.hex().encode(),
                    ue.hex().encode(),
                    self.p,
                    perms.hex().encode(),
                )
            )
            return
        revision, n = (4, 16) if method == "AESV2" else (3, 16)
        h = hashlib.md5(owner + PAD[: 32 - len(owner)]).digest()
        for _ in range(50):
            h = hashlib.md5(h[:n]).digest()
        o = _rc4(h[:n], PAD)
        for i in range(1, 20):
            o = _rc4(bytes(b ^ i for b in h[:n]), o)
        key = hashlib.md5(PAD + o + struct.pack("<i", self.p) + id0).digest()
        for _ in range(50):
            key = hashlib.md5(key[:n]).digest()
        self.key = key[:n]
        u = _rc4(self.key, hashlib.md5(PAD + id0).digest())
        for i in range(1, 20):
            u = _rc4(bytes(b ^ i for b in self.key), u)
        self.o, self.u = o, u + b"\0" * 16
        extra = b""
        if method == "AESV2":
            extra = b"/CF << /StdCF << /CFM /AESV2 /AuthEvent /DocOpen /Length 16 >> >> /StmF /StdCF /StrF /StdCF"
        self.dict = b"<< /Filter /Standard /V %d /R %d /Length 128 %s /O <%s> /U <%s> /P %d >>" % (
            4 if method == "AESV2" else 2,
            revision,
            extra,
            self.o.hex().encode(),
            self.u.hex().encode(),
            self.p,
        )

    def encrypt(self, num: int, data: bytes) -> bytes:
        if self.method == "AESV3":
            return _aes_cbc(self.key, data)
        aes = self.method == "AESV2"
        k = hashlib.md5(self.key + num.to_bytes(3, "little") + b"\0\0" + (b"sAlT" if aes else b"")).digest()[:16]
        return _aes_cbc(k, data) if aes else _rc4(k, data)


def spec_pdf(
    method: str, attachment: bytes, name: str = "report.txt", declared: int | None = None, content: bytes | None = None
) -> bytes:
    """A one-page cover letter carrying `attachment` (a zlib stream, as it is stored: Flate-encoded), encrypted by
    `method` (RC4, AESV2, AESV3) with an owner password only, or not (「none」). `declared`: the /Params /Size written (None: none);
    `content`: the page's content stream as a zlib stream (None: one line of text)."""
    id0 = os.urandom(16)
    h = _Handler(method, id0) if method != "none" else None

    def enc(num: int, data: bytes) -> bytes:
        return h.encrypt(num, data) if h is not None else data

    def s(num: int, text: str) -> bytes:
        return b"<" + enc(num, b"\xfe\xff" + text.encode("utf-16-be")).hex().encode() + b">"

    def stream(num: int, data: bytes, extra: bytes = b"") -> bytes:
        enc_data = enc(num, data)
        return b"<< /Length %d%s >>\nstream\n" % (len(enc_data), extra) + enc_data + b"\nendstream"

    params = b" /Params << /Size %d >>" % declared if declared is not None else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [ " + s(1, name) + b" 4 0 R ] >> >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 6 0 R /Resources << /Font << /F1 7 0 R >> >> >>",
        b"<< /Type /Filespec /F " + s(4, name) + b" /UF " + s(4, name) + b" /EF << /F 5 0 R >> >>",
        stream(5, attachment, b" /Type /EmbeddedFile /Filter /FlateDecode" + params),
        stream(6, b"BT /F1 12 Tf 72 760 Td (Cover letter: the report is attached.) Tj ET")
        if content is None
        else stream(6, content, b" /Filter /FlateDecode"),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    if h is not None:
        objects.append(h.dict)
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    encrypt = b" /Encrypt 8 0 R" if h is not None else b""
    out += b"trailer\n<< /Size %d /Root 1 0 R%s /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        encrypt,
        id0.hex().encode(),
        id0.hex().encode(),
        xref,
    )
    return bytes(out)


def library_pdf(attachment: bytes, name: str = "report.txt", hide_size: bool = True) -> bytes:
    """A cover letter encrypted by reportlab (RC4 128, owner password only) to which pypdfium2 attaches
    `attachment` (stored Flate-encoded and encrypted by pdfium on saving). `hide_size`: the declared sizes (/DL,
    /Params /Size) blanked out in place, as a hostile producer leaves them out."""
    import pypdfium2 as pdfium
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, encrypt=pdfencrypt.StandardEncryption("", "owner", canPrint=0, canCopy=0, strength=128))
    c.drawString(72, 760, "Cover letter: the report is attached.")
    c.showPage()
    c.save()
    pdf = pdfium.PdfDocument(buf.getvalue())
    pdf.new_attachment(name).set_data(attachment)
    out = io.BytesIO()
    pdf.save(out)
    data = out.getvalue()
    if hide_size:
        import re

        at = data.index(b"/DL ")
        end = data.index(b"stream", at)
        head = re.sub(rb"/(?:DL|Size) \d+", lambda m: b" " * len(m.group()), data[at:end])
        data = data[:at] + head + data[end:]
    return data
