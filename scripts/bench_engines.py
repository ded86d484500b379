"""Benchmark the saved queries on Virtuoso next to the embedded store, on the same synthetic contacts.

    python scripts/bench_engines.py --contacts 100000 [--repeat 5] [--batch 2000] [--keep DIR] [--bulk]

With ``--keep DIR`` the store and Virtuoso's database stay in DIR; a run on a DIR kept from an earlier
run reuses them (the upload then finds every batch there and sends nothing).
The contacts are loaded into an embedded store, which is then uploaded to a Virtuoso server of the
script's own (``dipgraph upload``'s path: SPARQL Update batches, each recorded; with ``--bulk``, files for
Virtuoso's bulk loader). Printed: the load and
upload times, then for each saved query (the parameters of ``bench_store.py``) the median time of
``--repeat`` runs through ``ContactStore.run_saved`` on each engine (after one untimed run), their ratio,
and whether both gave the same rows (GROUP_CONCAT parts compared in any order).
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from bench_store import QUERIES

from graph.store import ContactStore, open_store
from graph.store.backend import RemoteBackend
from graph.store.bulk_loader import VirtuosoLoader
from graph.store.synthetic import synthetic_contacts
from graph.store.upload import store_quads, upload
from graph.store.virtuoso import VirtuosoServer

CONCATENATED = {"with": "; ", "through": "; ", "types": " "}  # GROUP_CONCAT columns: their parts' order is free
PEOPLE_PER_CONTACT = 100  # one invented person for this many contacts (at least 2,000), as bench_store.py


def comparable(records: list[dict[str, str | None]]) -> list[dict[str, str | None]]:
    return [{k: CONCATENATED[k].join(sorted(v.split(CONCATENATED[k]))) if k in CONCATENATED and v else v
             for k, v in row.items()} for row in records]


def timed(store: ContactStore, name: str, params: dict[str, str], repeat: int) -> tuple[float, list]:
    """The median time of ``repeat`` runs, after one run that warms the engine's caches, and the rows."""
    records = store.run_saved(name, params).records()
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        records = store.run_saved(name, params).records()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs), records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--batch", type=int, help="quads an upload batch (default: the upload's)")
    parser.add_argument("--keep", type=Path, help="build the store and Virtuoso's database here, and keep them")
    parser.add_argument("--bulk", action="store_true", help="upload through Virtuoso's bulk loader")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-engines-"))
    folder.mkdir(parents=True, exist_ok=True)
    people = max(2000, args.contacts // PEOPLE_PER_CONTACT)

    if (folder / "store" / "CURRENT").exists():
        print(f"embedded store: {folder / 'store'} kept from an earlier run (--keep)")
    else:
        with open_store(folder / "store") as store:
            start = time.perf_counter()
            report = store.load(synthetic_contacts(args.contacts, people=people))
            print(f"embedded load: {args.contacts} contacts, {report.quads_added} quads, "
                  f"{time.perf_counter() - start:.1f} s")
    with VirtuosoServer(folder / "virtuoso") as server:
        start = time.perf_counter()
        loader = VirtuosoLoader(server.folder / "bulk", server.sql_address) if args.bulk else None
        sent = upload(store_quads(folder / "store"), RemoteBackend(server.endpoint), batch=args.batch, loader=loader)
        took = time.perf_counter() - start
        print(f"upload to Virtuoso{' (bulk loader)' if args.bulk else ''}: {sent.quads_sent} quads in {sent.batches} batches ({sent.skipped} there "
              f"already), {took:.1f} s, {sent.quads_sent / took:,.0f} quads/s")
        with open_store(folder / "store", read_only=True) as local, open_store(endpoint=server.endpoint) as remote:
            print(f"\n{'saved query':22} {'embedded ms':>12} {'Virtuoso ms':>12} {'ratio':>7} {'rows':>6}  same")
            for name, params, _ in QUERIES:
                mine, expected = timed(local, name, params, args.repeat)
                theirs, got = timed(remote, name, params, args.repeat)
                same = "yes" if comparable(got) == comparable(expected) else "NO"
                print(f"{name:22} {mine * 1000:12.1f} {theirs * 1000:12.1f} {theirs / mine:7.1f} "
                      f"{len(expected):6d}  {same}")
    if args.keep is None:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
