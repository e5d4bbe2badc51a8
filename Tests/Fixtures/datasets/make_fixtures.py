#!/usr/bin/env python3
"""Writes the tiny data files DatasetsTests reads. Run from this folder:
python3 make_fixtures.py [/usr/share/datasets/fashion-mnist]

The three IDX images and labels are the first three of Fashion-MNIST's test set
(MIT licence, Zalando Research), so a test can check them against the real package.
gzip streams are written with mtime 0 so that the files do not change between runs.
"""
import gzip
import struct
import sys


def write_gz(name, data):
    with open(name, "wb") as f:
        with gzip.GzipFile(fileobj=f, mode="wb", mtime=0, filename="") as g:
            g.write(data)


def write(name, data):
    with open(name, "wb") as f:
        f.write(data)


source = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/datasets/fashion-mnist"
with gzip.open(f"{source}/t10k-images-idx3-ubyte.gz") as f:
    images = f.read(16 + 3 * 784)[16:]
with gzip.open(f"{source}/t10k-labels-idx1-ubyte.gz") as f:
    labels = f.read(8 + 3)[8:]

image_header = struct.pack(">IIII", 0x803, 3, 28, 28)
label_header = struct.pack(">II", 0x801, 3)
write_gz("three-images-idx3-ubyte.gz", image_header + images)
write_gz("three-labels-idx1-ubyte.gz", label_header + labels)
# The same labels uncompressed: zlib reads plain files through unchanged.
write("three-labels-idx1-ubyte", label_header + labels)

# Broken IDX files, one fault each.
write("bad-magic-idx1-ubyte", struct.pack(">II", 0x08010000, 3) + labels)
write_gz("truncated-images-idx3-ubyte.gz", image_header + images[: 2 * 784 + 100])
write("trailing-labels-idx1-ubyte", label_header + labels + b"\x00\x00")
write_gz("four-labels-idx1-ubyte.gz", struct.pack(">II", 0x801, 4) + labels + b"\x01")
write_gz("label-out-of-range-idx1-ubyte.gz", label_header + bytes([9, 12, 1]))
compressed = open("three-images-idx3-ubyte.gz", "rb").read()
write("cut-off-images-idx3-ubyte.gz", compressed[: len(compressed) // 2])

# PGM: the two header layouts of the AT&T set, a commented header, and broken ones.
pixels = bytes(range(0, 240, 20))  # 4 × 3 image, 12 grey values
write("newlines.pgm", b"P5\n4 3\n255\n" + pixels)
write("spaces.pgm", b"P5 4 3 255\n" + pixels)
write("comments.pgm", b"P5\n# written by hand\n4 3 # width and height\n255\n" + pixels)
write("decimal.pgm", b"P2\n4 3\n255\n" + b" ".join(str(p).encode() for p in pixels) + b"\n")
write("sixteen-bit.pgm", b"P5 2 1 1000\n" + struct.pack(">HH", 0, 1000))
write_gz("spaces.pgm.gz", b"P5 4 3 255\n" + pixels)
write("truncated.pgm", b"P5\n4 3\n255\n" + pixels[:7])
write("bad-width.pgm", b"P5\n4x 3\n255\n" + pixels)
write("bad-max-value.pgm", b"P5\n4 3\n0\n" + pixels)
write("bad-magic.pgm", b"P6\n4 3\n255\n" + pixels * 3)
write("pixel-above-max.pgm", b"P5\n4 3\n200\n" + pixels)

# CSV: penguins-like rows with missing values (NA and empty), categorical columns, and
# a quoted field holding a comma, an escaped quote and a line break.
write(
    "penguins-sample.csv",
    b"species,island,bill_length_mm,body_mass_g,sex,comment\n"
    b"Adelie,Torgersen,39.1,3750,male,\n"
    b"Adelie,Torgersen,NA,NA,NA,\"Adult, 1 Egg Stage\"\n"
    b"Gentoo,Biscoe,46.1,4500,female,\"said \"\"hello\"\"\"\n"
    b"\n"
    b"Chinstrap,Dream,46.5,,female,\"two\nlines\"\n"
    b"Gentoo,Biscoe,50,5700,male,NA\r\n",
)
write_gz("penguins-sample.csv.gz", open("penguins-sample.csv", "rb").read())
write("wrong-field-count.csv", b"a,b,c\n1,2,3\n4,5\n6,7,8\n")
write("unterminated-quote.csv", b"name,value\nfirst,1\n\"second,2\nthird,3\n")
write("text-after-quote.csv", b"name,value\n\"first\"x,1\n")
write("not-a-number.csv", b"name,value\nfirst,1\nsecond,two\n")
write("duplicate-column.csv", b"x,y,x\n1,2,3\n")
write("empty.csv", b"")
