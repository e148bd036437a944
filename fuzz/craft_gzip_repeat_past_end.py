#!/usr/bin/env python3
"""craft_gzip_repeat_past_end.py PAGE OUT.gz: writes one gzip member of PAGE whose
first dynamic deflate block ends its code-length sequence with a repeat
(symbol 16, "the previous length 3 times") that covers the last length and
runs two past the HLIT + HDIST lengths. zlib refuses such a member ("invalid
bit length repeat"); libdeflate ignores the overrun and decodes PAGE's bytes,
which the trailer's CRC-32 and length confirm. How the golden case
input_gzip_code_lengths_past_end and tests/regress/gzip/code-lengths-repeat-past-end.bin
were made (the .bin is the member behind the fuzz_gzip bytes 0x27 0x00:
as it is, also extracted as a page, no limit)."""
import struct, sys, zlib

ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]


class Bits:
    """Reads deflate's bit order (LSB first) from bytes, or collects bits to write."""
    def __init__(self, data=b""):
        self.data, self.pos, self.out = data, 0, []

    def get(self, n):
        v = 0
        for i in range(n):
            v |= ((self.data[self.pos >> 3] >> (self.pos & 7)) & 1) << i
            self.pos += 1
        return v

    def put(self, v, n):
        self.out += [(v >> i) & 1 for i in range(n)]

    def put_code(self, code, n):  # Huffman codes go most significant bit first
        self.out += [(code >> i) & 1 for i in range(n - 1, -1, -1)]

    def bytes(self):
        b = bytearray((len(self.out) + 7) // 8)
        for i, bit in enumerate(self.out):
            b[i >> 3] |= bit << (i & 7)
        return bytes(b)


def canonical(lengths):
    """symbol -> (code, length) for a canonical Huffman code."""
    codes, code = {}, 0
    for n in range(1, 16):
        for sym, l in enumerate(lengths):
            if l == n:
                codes[sym] = (code, n)
                code += 1
        code <<= 1
    return codes


def read_header(raw):
    """The first block's final bit, HLIT, HDIST, its code lengths and the bit after them."""
    r = Bits(raw)
    final = r.get(1)
    if r.get(2) != 2:
        return None
    hlit, hdist, hclen = r.get(5) + 257, r.get(5) + 1, r.get(4) + 4
    pre = [0] * 19
    for i in range(hclen):
        pre[ORDER[i]] = r.get(3)
    decode = {v: k for k, v in canonical(pre).items()}
    lengths = []
    while len(lengths) < hlit + hdist:
        code = n = 0
        while (code, n) not in decode:
            code, n = (code << 1) | r.get(1), n + 1
        sym = decode[(code, n)]
        if sym < 16:
            lengths.append(sym)
        elif sym == 16:
            lengths += [lengths[-1]] * (3 + r.get(2))
        elif sym == 17:
            lengths += [0] * (3 + r.get(3))
        else:
            lengths += [0] * (11 + r.get(7))
    return final, hlit, hdist, lengths, r.pos


def main():
    page = open(sys.argv[1], "rb").read()
    for level in range(1, 10):
        c = zlib.compressobj(level, zlib.DEFLATED, -15, 8)
        raw = c.compress(page) + c.flush()
        head = read_header(raw)
        if not head or head[3][-1] != head[3][-2]:
            continue  # the last length must repeat the one before it
        final, hlit, hdist, lengths, end = head
        pre = [4] * 13 + [5] * 6  # a complete code: 13/16 + 6/32 = 1
        codes = canonical(pre)
        w = Bits()
        w.put(final, 1), w.put(2, 2), w.put(hlit - 257, 5), w.put(hdist - 1, 5), w.put(19 - 4, 4)
        for sym in ORDER:
            w.put(pre[sym], 3)
        for l in lengths[:-1]:
            w.put_code(*codes[l])
        w.put_code(*codes[16]), w.put(0, 2)  # 3 copies: the last length, then 2 past the end
        rest = Bits(raw)
        rest.pos = end
        while rest.pos < len(raw) * 8:
            w.out.append(rest.get(1))
        gz = bytes([0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3]) + w.bytes() + struct.pack("<II", zlib.crc32(page), len(page))
        try:
            zlib.decompress(gz, 31)
        except zlib.error:
            open(sys.argv[2], "wb").write(gz)
            return 0
    print("no compression level gives a block whose last two lengths are equal", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
