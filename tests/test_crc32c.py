"""CRC32C against published vectors and a slow bit-by-bit reference, in both implementations
(the C library and the numpy fallback); its speed is bench/bench_checkpoint.py's job."""
import importlib

import numpy as np
import pytest

from embproj_plugin.checkpoint import crc32c, masked_crc32c

# The package exports the function under the module's name, so fetch the module itself.
crc_module = importlib.import_module("embproj_plugin.checkpoint.crc32c")


@pytest.fixture(autouse=True, params=["c", "numpy"])
def implementation(request, monkeypatch):
    """Every test runs with the C library and with the numpy fallback used when it is missing."""
    if request.param == "c" and crc_module.IMPLEMENTATION != "c":
        pytest.skip("google-crc32c's C library is not installed")
    monkeypatch.setattr(crc_module, "_HAVE_C", request.param == "c")
    return request.param


def reference_crc32c(data: bytes) -> int:
    """Bit-at-a-time CRC32C: slow, but obviously the definition."""
    crc = 0xFFFFFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ (0x82F63B78 if crc & 1 else 0)
    return crc ^ 0xFFFFFFFF


def table_reference_crc32c(data: bytes) -> int:
    """Byte-at-a-time reference, fast enough for a few megabytes."""
    table = []
    for n in range(256):
        crc = n
        for _ in range(8):
            crc = (crc >> 1) ^ (0x82F63B78 if crc & 1 else 0)
        table.append(crc)
    crc = 0xFFFFFFFF
    for byte in data:
        crc = table[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


@pytest.mark.parametrize("data, expected", [
    (b"", 0x00000000),
    (b"123456789", 0xE3069283),
    (bytes(32), 0x8A9136AA),  # RFC 3720 B.4
    (b"\xff" * 32, 0x62A8AB43),
    (bytes(range(32)), 0x46DD794E),
    (bytes(range(31, -1, -1)), 0x113FDB5C),
])
def test_known_vectors(data, expected):
    assert crc32c(data) == expected


@pytest.mark.parametrize("length", [0, 1, 3, 4, 5, 7, 15, 16, 17, 255, 256, 257, 4095, 4096, 100003])
def test_matches_reference_on_awkward_lengths(length):
    data = np.random.default_rng(length).integers(0, 256, length, dtype=np.uint8).tobytes()
    assert crc32c(data) == reference_crc32c(data)


def test_matches_reference_across_chunk_boundaries(monkeypatch):
    data = np.random.default_rng(7).integers(0, 256, 1_300_007, dtype=np.uint8).tobytes()
    expected = table_reference_crc32c(data)
    assert crc32c(data) == expected
    monkeypatch.setattr(crc_module, "_CHUNK_BYTES", 1000)  # many chunks, each not a block multiple
    assert crc32c(data) == expected


def test_accepts_bytes_like_and_arrays():
    array = np.random.default_rng(1).standard_normal((300, 7)).astype(np.float32)
    expected = reference_crc32c(array.tobytes())
    assert crc32c(array) == expected
    assert crc32c(array.tobytes()) == expected
    assert crc32c(bytearray(array.tobytes())) == expected
    assert crc32c(memoryview(array.tobytes())) == expected
    assert crc32c(memoryview(array)) == expected
    view = array[:, ::2]  # not contiguous: its values in C order are checksummed
    assert crc32c(view) == reference_crc32c(np.ascontiguousarray(view).tobytes())


def test_masking():
    assert masked_crc32c(b"") == 0xA282EAD8
    for data in (b"123456789", bytes(1000)):
        crc = crc32c(data)
        masked = masked_crc32c(data)
        assert masked == ((((crc >> 15) | (crc << 17)) & 0xFFFFFFFF) + 0xA282EAD8) & 0xFFFFFFFF
        assert crc_module.unmask(masked) == crc


def test_extending_equals_checksumming_the_concatenation():
    data = np.random.default_rng(3).integers(0, 256, 3_000_017, dtype=np.uint8).tobytes()
    expected = table_reference_crc32c(data)
    for cut in (0, 1, 255, 256, 1 << 20, len(data) - 3, len(data)):
        assert crc_module.extend(crc32c(data[:cut]), data[cut:]) == expected
    crc = 0
    for start in range(0, len(data), 65_537):  # a stream checked chunk by chunk
        crc = crc_module.extend(crc, np.frombuffer(data[start:start + 65_537], np.uint8))
    assert crc == expected


def test_the_c_library_is_used_when_installed():
    import google_crc32c  # a runtime dependency (setup.py)
    assert crc_module.IMPLEMENTATION == google_crc32c.implementation
