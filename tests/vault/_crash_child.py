"""Child process of test_crash_safety: open a vault, then save an increasing counter forever.

Run as ``python _crash_child.py <vault path> <passphrase>``. It prints ``opened N`` once
the vault is open (N = the counter found in it) and ``saved N`` only after
``Vault.save`` returned for the image holding counter N. The parent kills it at random.

The image format (also used by the parent to check what survived):
``MAGIC | counter u64 | filler length u64 | filler | SHA-256 of everything before``.
Filler sizes cycle through small and multi-MiB sizes so kills land inside chunk writes.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

MAGIC = b"CRASHIMG"
SIZES = (100, 300_000, 1_300_000, 2_700_000)


def make_image(counter: int) -> bytes:
    """Build the image for ``counter`` (its size depends on the counter)."""
    size = SIZES[counter % len(SIZES)]
    stamp = counter.to_bytes(8, "big")
    filler = (stamp * (size // 8 + 1))[:size]
    body = MAGIC + stamp + size.to_bytes(8, "big") + filler
    return body + hashlib.sha256(body).digest()


def read_counter(image: bytes) -> int:
    """Return the counter of an image made by :func:`make_image`; ValueError if malformed."""
    body, digest = image[:-32], image[-32:]
    if not body.startswith(MAGIC) or hashlib.sha256(body).digest() != digest:
        raise ValueError("not an intact crash-test image")
    size = int.from_bytes(body[16:24], "big")
    if len(body) != 24 + size:
        raise ValueError("crash-test image has the wrong length")
    return int.from_bytes(body[8:16], "big")


def main(path: Path, passphrase: str) -> None:
    """Open the vault and save counter+1, counter+2, … until killed."""
    from sspf_desk.vault.container import Vault

    unlocked = Vault.open(path, passphrase=passphrase)
    vault = unlocked.vault
    counter = read_counter(unlocked.image)
    print(f"opened {counter}", flush=True)
    while True:
        counter += 1
        vault.save(make_image(counter))
        print(f"saved {counter}", flush=True)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    main(Path(sys.argv[1]), sys.argv[2])
