"""Piglit conformance harness for jvirgl: runs piglit through Mesa's virpipe against a vtest
server (jvirgl or the C reference) or natively on llvmpipe, each in a private /tmp."""
