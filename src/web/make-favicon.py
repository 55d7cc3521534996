#!/usr/bin/env python3
"""Makes src/main/resources/static/favicon.ico (16, 32 and 48 px PNGs in one ICO) from the same drawing as
favicon.svg: browsers ask for /favicon.ico whatever the pages say. Standard library only:
    python3 src/web/make-favicon.py"""
import struct
import zlib
from pathlib import Path

RED, WHITE, PINK = (0x8b, 0x1c, 0x1c, 255), (255, 255, 255, 255), (0xf2, 0xc9, 0xc9, 255)


def pixel(x, y):
    """The colour at (x, y) in the 64-unit drawing of favicon.svg."""
    corner = 12
    cx, cy = min(max(x, corner), 64 - corner), min(max(y, corner), 64 - corner)
    if (x - cx) ** 2 + (y - cy) ** 2 > corner ** 2:
        return (0, 0, 0, 0)
    colour = RED
    if 18 <= x <= 48 and 10 <= y <= 54 and not (x > 38 and y < 20 and (x - 38) > (y - 10)):
        colour = WHITE
        if 38 <= x <= 48 and 10 <= y <= 20 and (x - 38) <= (y - 10):
            colour = PINK
        for top, right in ((26, 43), (33, 43), (40, 36)):
            if 23 <= x <= right and top <= y <= top + 3:
                colour = RED
    return colour


def png(size):
    rows = b""
    for j in range(size):
        row = b"\x00"
        for i in range(size):
            # 4x4 supersampling, so the small sizes keep their edges smooth.
            samples = [pixel((i + (a + .5) / 4) * 64 / size, (j + (b + .5) / 4) * 64 / size) for a in range(4) for b in range(4)]
            alpha = sum(s[3] for s in samples)
            rgb = [sum(s[k] * s[3] for s in samples) // alpha if alpha else 0 for k in range(3)]
            row += bytes(rgb + [alpha // 16])
        rows += row

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def ico(sizes):
    images = [png(s) for s in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries = b""
    for size, image in zip(sizes, images):
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(image), offset)
        offset += len(image)
    return header + entries + b"".join(images)


target = Path(__file__).resolve().parents[1] / "main/resources/static/favicon.ico"
target.write_bytes(ico([16, 32, 48]))
print(target, target.stat().st_size, "bytes")
