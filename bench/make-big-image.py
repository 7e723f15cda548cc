#!/usr/bin/env python3
"""Writes a docker-save archive with gzip layers and many entries, for the image benchmark.

Usage: make-big-image.py OUT.tar [LAYERS] [ENTRIES_PER_LAYER] [FILE_BYTES]
Deterministic: the same arguments give the same bytes.
"""
import gzip
import hashlib
import io
import json
import os
import random
import sys
import tarfile


def layer_bytes(index, entries, file_bytes, rng):
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for i in range(entries):
            name = f"layer{index}/dir{i // 1000:04d}/file{i:07d}.bin"
            size = rng.randint(0, file_bytes * 2)
            info = tarfile.TarInfo(name)
            info.size = size
            info.mtime = 0
            tar.addfile(info, io.BytesIO(rng.randbytes(size)))
    return raw.getvalue()


def main():
    out = sys.argv[1]
    layers = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    entries = int(sys.argv[3]) if len(sys.argv) > 3 else 50_000
    file_bytes = int(sys.argv[4]) if len(sys.argv) > 4 else 600
    rng = random.Random(7)
    diff_ids, names = [], []
    with tarfile.open(out, "w") as archive:
        for index in range(layers):
            plain = layer_bytes(index, entries, file_bytes, rng)
            diff_ids.append("sha256:" + hashlib.sha256(plain).hexdigest())
            packed = gzip.compress(plain, compresslevel=1, mtime=0)
            name = f"{hashlib.sha256(packed).hexdigest()}/layer.tar"
            names.append(name)
            add(archive, name, packed)
            print(f"layer {index}: {len(plain)} bytes, {len(packed)} gzipped", file=sys.stderr)
        config = {"architecture": "amd64", "os": "linux",
                  "rootfs": {"type": "layers", "diff_ids": diff_ids},
                  "history": [{"created_by": f"RUN make layer {i}"} for i in range(layers)]}
        config_bytes = json.dumps(config).encode()
        config_name = hashlib.sha256(config_bytes).hexdigest() + ".json"
        add(archive, config_name, config_bytes)
        manifest = [{"Config": config_name, "RepoTags": ["bench/big:latest"], "Layers": names}]
        add(archive, "manifest.json", json.dumps(manifest).encode())


def add(archive, name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = 0
    archive.addfile(info, io.BytesIO(data))


if __name__ == "__main__":
    main()
