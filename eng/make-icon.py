#!/usr/bin/env python3
"""Draws eng/icon.png, the packages' icon (128 x 128, RGBA), with the standard library only (no imaging package).

Two figures on a blue rounded square: a larger one (the mentor) and a smaller one beside it (the mentee). Run it again
after changing the drawing: `python3 eng/make-icon.py`. The output is deterministic (same bytes every run).
"""
import math
import os
import struct
import zlib

SIZE = 128
BLUE = (31, 78, 140)
WHITE = (255, 255, 255)
GOLD = (242, 183, 5)


def inside_rounded_square(x, y, r=22):
    cx = min(max(x, r), SIZE - r)
    cy = min(max(y, r), SIZE - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def coverage(x, y, shapes):
    """The colour of the pixel's centre (4 x 4 supersampled for smooth edges)."""
    samples = []
    for sy in range(4):
        for sx in range(4):
            px, py = x + (sx + 0.5) / 4, y + (sy + 0.5) / 4
            colour = None
            if inside_rounded_square(px, py):
                colour = BLUE
                for test, fill in shapes:
                    if test(px, py):
                        colour = fill
            samples.append(colour)
    filled = [c for c in samples if c is not None]
    if not filled:
        return (0, 0, 0, 0)
    alpha = round(255 * len(filled) / len(samples))
    rgb = tuple(round(sum(c[i] for c in filled) / len(filled)) for i in range(3))
    return rgb + (alpha,)


def circle(cx, cy, r):
    return lambda x, y: (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def shoulders(cx, top, r):
    # the upper half of an ellipse: the figure's body
    return lambda x, y: y >= top and ((x - cx) / r) ** 2 + ((y - top - r) / r) ** 2 <= 1 and y <= 108


SHAPES = [
    (circle(50, 42, 17), WHITE),
    (shoulders(50, 64, 30), WHITE),
    (circle(88, 60, 12), GOLD),
    (shoulders(88, 76, 21), GOLD),
]


def main():
    rows = []
    for y in range(SIZE):
        row = bytearray([0])  # filter type 0
        for x in range(SIZE):
            row.extend(coverage(x, y, SHAPES))
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    png = b"\x89PNG\r\n\x1a\n"
    png += chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(raw, 9))
    png += chunk(b"IEND", b"")
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "icon.png")
    with open(path, "wb") as f:
        f.write(png)
    print(f"{path}: {len(png)} bytes")


if __name__ == "__main__":
    main()
