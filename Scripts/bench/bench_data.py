"""The data sets of the reference scripts, found and read as the Swift loaders find
and read them: $UNDERBRACE_DATA, ~/.cache/underbrace/data (or $XDG_CACHE_HOME), then
/usr/share/datasets. A data set that is missing ends the script with
{"missing": <what to install>}, which the bench reports beside our figure."""

import gzip
import json
import os
import pathlib
import sys

import numpy as np


def data_folders():
    folders = []
    if os.environ.get("UNDERBRACE_DATA"):
        folders.append(pathlib.Path(os.environ["UNDERBRACE_DATA"]))
    cache = os.environ.get("XDG_CACHE_HOME") or str(pathlib.Path.home() / ".cache")
    folders.append(pathlib.Path(cache) / "underbrace" / "data")
    folders.append(pathlib.Path("/usr/share/datasets"))
    return folders


def locate(relative, package):
    for folder in data_folders():
        if (folder / relative).exists():
            return folder / relative
    print(json.dumps({"missing": package}))
    sys.exit(0)


def read_idx(name):
    with gzip.open(locate(f"fashion-mnist/{name}", "dataset-fashion-mnist"), "rb") as f:
        data = f.read()
    dims = data[3]
    shape = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def fashion_mnist(split, limit):
    """The first `limit` images of a split as float64 pixels / 255, and their labels."""
    prefix = "train" if split == "train" else "t10k"
    images = read_idx(f"{prefix}-images-idx3-ubyte.gz")[:limit]
    labels = read_idx(f"{prefix}-labels-idx1-ubyte.gz")[:limit]
    return images.reshape(len(images), -1).astype(np.float64) / 255, labels.astype(np.int64)
