#!/usr/bin/env python3
"""Draws ReportKit's icons (a red badge with a numbered page) as PNG, with no image library."""
import struct, zlib

def png(path, size, pixel):
    rows = b"".join(b"\0" + b"".join(bytes(pixel(x, y, size)) for x in range(size)) for y in range(size))
    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))

def badge(bg, page, ink):
    def pixel(x, y, n):
        u, v = (x + 0.5) / n, (y + 0.5) / n
        r = 0.18  # corner radius, as a fraction of the size
        cx, cy = min(max(u, r), 1 - r), min(max(v, r), 1 - r)
        if (u - cx) ** 2 + (v - cy) ** 2 > r * r:
            return (0, 0, 0, 0)
        if 0.24 <= u <= 0.76 and 0.16 <= v <= 0.84:  # the page
            for top in (0.28, 0.44, 0.60):  # numbered lines: a marker then text
                if top <= v <= top + 0.07:
                    if 0.31 <= u <= 0.38:
                        return ink
                    if 0.43 <= u <= 0.69:
                        return (*ink[:3], 150)
            return page
        return bg
    return pixel

red, white = (200, 16, 46, 255), (255, 255, 255, 255)
png("reportkit.png", 42, badge(red, white, red))
png("reportkit_hc.png", 42, badge((0, 0, 0, 255), white, (0, 0, 0, 255)))
png("deck.png", 24, badge(red, white, red))
