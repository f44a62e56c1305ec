#!/usr/bin/env python3
"""Extract the TGSI shaders a Mesa virpipe client sent, from a recorded vtest client stream.

The recording is the client->server byte stream as written by a vtest server's VTEST_SAVE
(the C reference) or jvirgl's capture switch. Shaders arrive as CREATE_OBJECT(SHADER) commands
inside SUBMIT_CMD, possibly split into continuation packets; this reassembles them and writes
one deduplicated `.tgsi` file per distinct shader text.

usage: extract-tgsi.py OUT_DIR RECORDING...
"""
import hashlib
import os
import struct
import sys

VCMD_TRANSFER_PUT = 5
VCMD_SUBMIT_CMD = 6
VCMD_CREATE_RENDERER = 8
VCMD_TRANSFER_PUT2 = 14
CCMD_CREATE_OBJECT = 1
OBJ_SHADER = 4
STAGE_NAMES = {0: "vs", 1: "fs", 2: "gs", 3: "tcs", 4: "tes", 5: "cs"}


def words(buf, off, n):
    return struct.unpack_from("<%dI" % n, buf, off)


def decode_submit(cmd, pending, found):
    pos = 0
    end = len(cmd) // 4
    while pos < end:
        (hdr,) = words(cmd, pos * 4, 1)
        op, obj, length = hdr & 0xFF, (hdr >> 8) & 0xFF, hdr >> 16
        if pos + 1 + length > end:
            return
        if op == CCMD_CREATE_OBJECT and obj == OBJ_SHADER and length >= 5:
            handle, stage, offlen, _tokens, nso = words(cmd, (pos + 1) * 4, 5)
            text_start = pos + 6
            if not offlen & 0x80000000 and nso:
                text_start += 4 + 2 * nso
            text = cmd[text_start * 4:(pos + 1 + length) * 4]
            if offlen & 0x80000000:
                key = (handle, stage)
                if key in pending:
                    pending[key][1].extend(text)
                    total, acc = pending[key]
                    if len(acc) >= total:
                        found.append((stage, bytes(acc)))
                        del pending[key]
            else:
                total = offlen
                if len(text) >= total:
                    found.append((stage, text))
                else:
                    pending[(handle, stage)] = (total, bytearray(text))
        pos += 1 + length


def scan(path, found):
    data = open(path, "rb").read()
    off = 0
    pending = {}
    while off + 8 <= len(data):
        length, cmd = words(data, off, 2)
        off += 8
        if cmd == VCMD_CREATE_RENDERER:
            off += length
            pending = {}
        elif cmd == VCMD_TRANSFER_PUT:
            data_size = words(data, off + 40, 1)[0]
            off += 44 + data_size
        elif cmd == VCMD_TRANSFER_PUT2:
            off += 40
        elif cmd == VCMD_SUBMIT_CMD:
            decode_submit(data[off:off + length * 4], pending, found)
            off += length * 4
        else:
            off += length * 4


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    found = []
    for p in sys.argv[2:]:
        scan(p, found)
    seen = set()
    for stage, raw in found:
        text = raw.split(b"\0", 1)[0].decode("ascii", "replace")
        digest = hashlib.sha1(text.encode()).hexdigest()[:12]
        if digest in seen:
            continue
        seen.add(digest)
        with open(os.path.join(out, "%s-%s.tgsi" % (STAGE_NAMES.get(stage, "s%d" % stage), digest)), "w") as f:
            f.write(text if text.endswith("\n") else text + "\n")
    print("%d shaders, %d distinct" % (len(found), len(seen)))


if __name__ == "__main__":
    main()
