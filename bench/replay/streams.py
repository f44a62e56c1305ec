"""vtest stream tools for the replay benchmark: count commands, repeat the steady state, time a thread.

    python3 streams.py census FILE
    python3 streams.py amplify SRC DST K
    python3 streams.py thread-cpu THREAD_PREFIX -- ARGV...
"""
import collections
import os
import struct
import subprocess
import sys
import time

VCMD_SUBMIT_CMD = 6
VCMD_BYTES = 8  # a VTEST_SAVE record whose length counts bytes, not dwords
DRAW_VBO = 8
# Opcodes a steady-state drawoverhead submit is made of (state, binds, draws, constants):
# repeating such a submit replays the same work again without creating or freeing anything.
REPEATABLE = {0, 2, 4, 5, 6, 8, 10, 11, 12, 13, 14, 15, 18, 22, 23, 24, 25, 27, 28, 31, 32, 33, 34, 35, 38,
              40, 44}


def records(data):
    """(vtest command id, whole record bytes, payload offset, payload length in bytes)."""
    pos = 0
    while pos + 8 <= len(data):
        length, cid = struct.unpack_from('<II', data, pos)
        size = length if cid == VCMD_BYTES else length * 4
        yield cid, data[pos:pos + 8 + size], pos + 8, size
        pos += 8 + size


def virgl_opcodes(data, start, size):
    p, end = start, start + size
    while p + 4 <= end:
        header, = struct.unpack_from('<I', data, p)
        yield header & 0xff
        p += 4 + (header >> 16) * 4


def census(path):
    data = open(path, 'rb').read()
    vtest, virgl = collections.Counter(), collections.Counter()
    for cid, _, start, size in records(data):
        vtest[cid] += 1
        if cid == VCMD_SUBMIT_CMD:
            virgl.update(virgl_opcodes(data, start, size))
    return vtest, virgl


def amplify(src, dst, k):
    data = open(src, 'rb').read()
    out, repeated = bytearray(), 0
    for cid, record, start, size in records(data):
        times = 1
        if cid == VCMD_SUBMIT_CMD:
            ops = set(virgl_opcodes(data, start, size))
            if DRAW_VBO in ops and ops <= REPEATABLE:
                times, repeated = k, repeated + 1
        out += record * times
    open(dst, 'wb').write(out)
    return repeated


def thread_cpu(prefix, argv):
    """Runs argv; the largest user+sys CPU seconds of any of its threads named prefix*."""
    tick = os.sysconf('SC_CLK_TCK')
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    best = 0.0
    while proc.poll() is None:
        for tid in os.listdir(f'/proc/{proc.pid}/task') if os.path.isdir(f'/proc/{proc.pid}/task') else []:
            try:
                stat = open(f'/proc/{proc.pid}/task/{tid}/stat').read()
            except OSError:
                continue
            name = stat[stat.index('(') + 1:stat.rindex(')')]
            fields = stat[stat.rindex(')') + 2:].split()
            if name.startswith(prefix):
                best = max(best, (int(fields[11]) + int(fields[12])) / tick)
        time.sleep(0.05)
    return best


def main(argv):
    if argv[:1] == ['census']:
        vtest, virgl = census(argv[1])
        print('vtest', dict(sorted(vtest.items())))
        print('virgl', dict(sorted(virgl.items())))
    elif argv[:1] == ['amplify']:
        print(amplify(argv[1], argv[2], int(argv[3])))
    elif argv[:1] == ['thread-cpu'] and argv[2:3] == ['--']:
        print(f'{thread_cpu(argv[1], argv[3:]):.2f}')
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
