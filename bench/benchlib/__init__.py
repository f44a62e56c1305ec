"""Side-by-side performance bench: jvirgl vs the C reference virgl_test_server, with native
llvmpipe as the ceiling. Reuses the conformance harness's targets and private-/tmp sessions."""
