"""Child process of test_crash.py: writes to an archive through the services until it is killed.

    python tests/core/crash_writer.py ARCHIVE [SEED [SCRATCH_FOLDER]]

Prints "ready" once the archive is open, then one line per committed write, each only after the
service returned (so the transaction was committed):
    CF-2026-0042                  a case was created
    evidence CF-2026-0042 <sha>   an exhibit with a file of that SHA-256 was recorded
Other writes (proceedings, parties, deadlines, money, status changes) vary what a kill interrupts.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from pathlib import Path


def main(argv: list[str]) -> int:
    from casefile.services import cases, evidence, parties, proceedings, records
    from casefile.store.archive import Archive

    folder = Path(argv[1])
    seed = int(argv[2]) if len(argv) > 2 else 0
    scratch = Path(argv[3]) if len(argv) > 3 else Path(tempfile.mkdtemp())
    rng = random.Random(seed)
    archive = Archive.open(folder, create=True)
    print("ready", flush=True)

    number = 0
    while True:
        number += 1
        summary = cases.create_case(
            archive,
            cases.CaseDraft(
                title=f"Crash round {seed}, case {number}",
                brand=rng.choice(["Segway", "Ninebot", ""]),
                jurisdictions=rng.sample(["CN", "NL", "SG", "TH"], k=rng.randint(0, 2)),
                tags=["crash-test"],
            ),
        )
        reference = summary.reference
        print(reference, flush=True)

        roll = rng.random()
        if roll < 0.25:
            made = proceedings.add_proceeding(
                archive,
                reference,
                proceedings.ProceedingDraft(
                    route=rng.choice(["customs", "administrative", "civil"]),
                    fine=f"{rng.randint(1, 10**6)}.{rng.randint(0, 99):02d}",
                ),
            )
            proceedings.add_event(archive, made.id, "customs_notice", "2026-03-02")
            records.add_deadline(
                archive, reference, "Apply for detention", "2026-03-05", proceeding_id=made.id
            )
        elif roll < 0.45:
            # Files from a few bytes to a few chunks: a kill may land in the middle of a copy.
            source = scratch / f"exhibit-{seed}-{number}.bin"
            size = rng.choices([10, 5_000, 200_000, 2_500_000], weights=[4, 4, 3, 1])[0]
            source.write_bytes(os.urandom(size))
            result = evidence.add_evidence(
                archive, reference, evidence.EvidenceDraft(kind="test_buy"), [source]
            )
            source.unlink()
            print(f"evidence {reference} {result.evidence.files[0].sha256}", flush=True)
        elif roll < 0.6:
            phone = f"1380013{rng.randint(0, 9999):04d}"  # some sellers come back
            parties.add_party_to_case(
                archive,
                reference,
                parties.PartyDraft(
                    name=f"Shop {phone}", kind="shop", identifiers=[("phone", phone)]
                ),
            )
        elif roll < 0.75:
            records.add_money_entry(
                archive,
                reference,
                "cost",
                "test_buy",
                f"{rng.randint(1, 9999)}",
                "CNY",
                "2026-03-01",
            )
            records.add_note(archive, reference, "Test buy made.")
        elif roll < 0.85:
            cases.update_case(archive, reference, {"summary": f"Updated {rng.random()}"})
            cases.set_status(archive, reference, rng.choice(["on_hold", "closed", "open"]))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
