"""The PDF standard security handler (PDF 32000 §7.6.3–7.6.4, ISO 32000-2 §7.6.4.3.3), for one purpose: a PDF
encrypted with an owner password only (it opens without a password, as many government PDFs do) carries its
embedded files encrypted, and `load._attachments_within_budget` must measure what they inflate to before pdfium
inflates them. The file key is computed with the empty user password (RC4 40–128 bits: R2–R4; AES-128: AESV2;
AES-256: AESV3, R5 and R6), checked against /U, and a stream of object (num, gen) decrypted as its crypt filter
says. A file this cannot open with the empty password (a user password, another handler) is `Unopenable`."""

from __future__ import annotations

import hashlib
import re
import struct
from collections.abc import Callable

# (§7.6.3.3, Algorithm 2) the 32 bytes a password is padded with
_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


class Unopenable(Exception):
    """An encrypted PDF whose streams cannot be decrypted here with the empty user password."""


Decrypt = Callable[[int, int, bytes], bytes]  # (object number, generation, stream bytes) → plain bytes


def _rc4(key: bytes, data: bytes) -> bytes:
    from cryptography.hazmat.decrepit.ciphers.algorithms import ARC4
    from cryptography.hazmat.primitives.ciphers import Cipher

    return Cipher(ARC4(key), mode=None).decryptor().update(data)


def _aes_cbc(key: bytes, data: bytes, iv: bytes | None = None, unpad: bool = True) -> bytes:
    """AES-CBC decryption; `iv` None: the first 16 bytes are the IV (as streams carry it)."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    if iv is None:
        iv, data = data[:16], data[16:]
    data = data[: len(data) - len(data) % 16]
    if len(iv) != 16 or not data:
        return b""
    out = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor().update(data)
    if unpad and out and 1 <= out[-1] <= 16:
        out = out[: -out[-1]]
    return out


def _aes_cbc_encrypt(key: bytes, iv: bytes, data: bytes) -> bytes:
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    return Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor().update(data)


def hash_r6(password: bytes, salt: bytes, udata: bytes, revision: int = 6) -> bytes:
    """(ISO 32000-2 Algorithm 2.B) the hash of a password for AES-256; revision 5 (Adobe's extension level 3) is
    one SHA-256."""
    k = hashlib.sha256(password + salt + udata).digest()
    if revision == 5:
        return k
    i = 0
    while True:
        k1 = (password + k + udata) * 64
        e = _aes_cbc_encrypt(k[:16], k[16:32], k1)
        k = (hashlib.sha256, hashlib.sha384, hashlib.sha512)[int.from_bytes(e[:16], "big") % 3](e).digest()
        i += 1
        if i >= 64 and e[-1] <= i - 32:
            return k[:32]


def rc4_file_key(o: bytes, p: int, id0: bytes, revision: int, length: int, metadata: bool = True) -> bytes:
    """(Algorithm 2) the file key of the empty user password, R2–R4."""
    h = hashlib.md5(_PAD + o[:32] + struct.pack("<i", p) + id0 + (b"" if metadata or revision < 4 else b"\xff" * 4))
    key = h.digest()
    if revision >= 3:
        for _ in range(50):
            key = hashlib.md5(key[:length]).digest()
    return key[:length]


def u_value(key: bytes, id0: bytes, revision: int) -> bytes:
    """(Algorithms 4 and 5) /U for the empty user password: its first 16 bytes are what R3–R4 compare."""
    if revision == 2:
        return _rc4(key, _PAD)
    x = _rc4(key, hashlib.md5(_PAD + id0).digest())
    for i in range(1, 20):
        x = _rc4(bytes(b ^ i for b in key), x)
    return x


def object_key(key: bytes, num: int, gen: int, aes: bool) -> bytes:
    """(Algorithm 1) the key of one object's strings and streams (RC4 and AESV2)."""
    h = hashlib.md5(key + num.to_bytes(4, "little")[:3] + gen.to_bytes(4, "little")[:2] + (b"sAlT" if aes else b""))
    return h.digest()[: min(len(key) + 5, 16)]


# ------------------------------------------------------------------------------------------ parsing
_ENCRYPT_REF = re.compile(rb"/Encrypt\s+(\d+)\s+(\d+)\s+R")
_ENCRYPT_INLINE = re.compile(rb"/Encrypt\s*<<")
_ID = re.compile(rb"/ID\s*\[\s*(<[0-9A-Fa-f\s]*>|\()")
_ESCAPES = {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b", ord("f"): b"\f"}


def _string_at(data: bytes, pos: int) -> tuple[bytes, int]:
    """The PDF string starting at `pos` (「(…)」 with escapes and balanced parentheses, or 「<hex>」) and where it
    ends."""
    if data[pos : pos + 1] == b"<":
        end = data.find(b">", pos)
        if end < 0:
            raise Unopenable("string")
        hexes = re.sub(rb"[^0-9A-Fa-f]", b"", data[pos + 1 : end])
        return bytes.fromhex((hexes + b"0" * (len(hexes) % 2)).decode()), end + 1
    out = bytearray()
    depth, i = 1, pos + 1
    while i < len(data):
        c = data[i]
        if c == 0x5C:  # backslash
            i += 1
            if i >= len(data):
                break
            e = data[i]
            if e in _ESCAPES:
                out += _ESCAPES[e]
            elif 0x30 <= e <= 0x37:
                digits = re.match(rb"[0-7]{1,3}", data[i : i + 3])
                assert digits is not None
                out.append(int(digits.group(), 8) & 0xFF)
                i += len(digits.group()) - 1
            elif e == 0x0D:  # a line continuation
                if data[i + 1 : i + 2] == b"\n":
                    i += 1
            elif e != 0x0A:
                out.append(e)
        elif c == 0x28:
            depth += 1
            out.append(c)
        elif c == 0x29:
            depth -= 1
            if depth == 0:
                return bytes(out), i + 1
            out.append(c)
        else:
            out.append(c)
        i += 1
    raise Unopenable("string")


def _dict_at(data: bytes, pos: int) -> bytes:
    """The dictionary 「<< … >>」 starting at `pos`, nested dictionaries and strings skipped over."""
    depth, i = 0, pos
    while i < len(data) and i < pos + 65536:
        if data.startswith(b"<<", i):
            depth += 1
            i += 2
        elif data.startswith(b">>", i):
            depth -= 1
            i += 2
            if depth == 0:
                return data[pos:i]
        elif data[i : i + 1] == b"(" or (data[i : i + 1] == b"<" and depth):
            i = _string_at(data, i)[1]
        else:
            i += 1
    raise Unopenable("dictionary")


def _entry(d: bytes, key: bytes) -> bytes | None:
    """A string entry of a dictionary (its first occurrence at this level or below: the handler's keys are unique)."""
    m = re.search(rb"/" + key + rb"(?![A-Za-z0-9])\s*([(<])", d)
    if m is None or d[m.start(1) : m.start(1) + 2] == b"<<":
        return None
    return _string_at(d, m.start(1))[0]


def _number(d: bytes, key: bytes, default: int | None = None) -> int:
    m = re.search(rb"/" + key + rb"(?![A-Za-z0-9])\s+(-?\d+)", d)
    if m is None:
        if default is None:
            raise Unopenable(key.decode())
        return default
    return int(m.group(1))


def _name(d: bytes, key: bytes) -> bytes | None:
    m = re.search(rb"/" + key + rb"(?![A-Za-z0-9])\s*/([A-Za-z0-9#._-]+)", d)
    return m.group(1) if m else None


def _encrypt_dict(data: bytes) -> bytes | None:
    refs = list(_ENCRYPT_REF.finditer(data))
    if refs:  # the last trailer's (an incremental update repeats it)
        num, gen = refs[-1].group(1), refs[-1].group(2)
        heads = list(re.finditer(rb"(?<!\d)%s\s+%s\s+obj\s*<<" % (num, gen), data))
        if not heads:
            raise Unopenable("encrypt object")
        return _dict_at(data, heads[-1].end() - 2)
    inline = list(_ENCRYPT_INLINE.finditer(data))
    if inline:
        return _dict_at(data, inline[-1].end() - 2)
    return None


def _crypt_method(d: bytes, filter_name: bytes | None) -> bytes:
    """The method (None, V2, AESV2, AESV3) of a crypt filter the dictionary /CF names."""
    if filter_name in (None, b"Identity"):
        return b"None"
    cf = re.search(rb"/CF\s*<<", d)
    if cf is None:
        raise Unopenable("CF")
    filters = _dict_at(d, cf.end() - 2)
    m = re.search(rb"/" + re.escape(filter_name) + rb"\s*<<", filters)
    if m is None:
        raise Unopenable("crypt filter")
    return _name(_dict_at(filters, m.end() - 2), b"CFM") or b"None"


def embedded_file_decryptor(data: bytes) -> Decrypt | None:
    """How an embedded file stream of this PDF is decrypted: None when the file is not encrypted; `Unopenable`
    when it is and the empty user password does not open it (or the handler is not the standard one)."""
    return _decryptor(data, embedded=True)


def stream_decryptor(data: bytes) -> Decrypt | None:
    """How a stream of this PDF (a page's content, an object stream, a font) is decrypted: as
    `embedded_file_decryptor`, by the crypt filter /StmF names."""
    return _decryptor(data, embedded=False)


def _decryptor(data: bytes, embedded: bool) -> Decrypt | None:
    d = _encrypt_dict(data)
    if d is None:
        return None
    if _name(d, b"Filter") != b"Standard":
        raise Unopenable("handler")
    v, r = _number(d, b"V", 0), _number(d, b"R")
    o, u = _entry(d, b"O"), _entry(d, b"U")
    if o is None or u is None:
        raise Unopenable("O/U")
    chosen = (_name(d, b"EFF") if embedded else None) or _name(d, b"StmF")
    method = _crypt_method(d, chosen) if v >= 4 else b"V2"
    if method == b"None":
        return lambda num, gen, raw: raw
    if r >= 5:  # AES-256: the file key is /UE decrypted with the hash of the empty password
        ue = _entry(d, b"UE")
        if len(u) < 48 or hash_r6(b"", u[32:40], b"", r) != u[:32] or ue is None or len(ue) < 32:
            raise Unopenable("user password")
        key = _aes_cbc(hash_r6(b"", u[40:48], b"", r), ue[:32], iv=b"\0" * 16, unpad=False)
        return lambda num, gen, raw: _aes_cbc(key, raw)
    ids = list(_ID.finditer(data))
    if not ids:
        raise Unopenable("ID")
    id0 = _string_at(data, ids[-1].start(1))[0]
    length = _number(d, b"Length", 40) // 8 if v >= 2 else 5
    if v >= 4 and method in (b"AESV2", b"V2"):
        length = 16 if method == b"AESV2" else length
    metadata = not re.search(rb"/EncryptMetadata\s+false", d)
    key = rc4_file_key(o, _number(d, b"P"), id0, r, length, metadata)
    expected = u_value(key, id0, r)
    if (u[:16] != expected[:16]) if r >= 3 else (u[:32] != expected):
        raise Unopenable("user password")
    if method == b"AESV2":
        return lambda num, gen, raw: _aes_cbc(object_key(key, num, gen, True), raw)
    if method == b"V2":
        return lambda num, gen, raw: _rc4(object_key(key, num, gen, False), raw)
    raise Unopenable("method")
