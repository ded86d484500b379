"""Benchmark the graph store on synthetic contacts: load time, peak memory, median time per saved query,
for the on-disk Oxigraph store and, where it finishes, rdflib's in-memory store on the same quads.

    python scripts/bench_store.py --sizes 10000 100000 [--rdflib-max 100000] [--repeat 5] [--queries NAME ...]
    python scripts/bench_store.py --sizes 100000 --engines oxigraph --loads 3
    python scripts/bench_store.py --incremental 1000 --sizes 100000 [--repeat 3]

Each (size, engine) runs in a child process so that peak memory (max RSS) is its own. The embedded
store's load (contacts to stored quads) is timed ``--loads`` times, each run followed by
``Store.bulk_load`` alone on the same final quads (from an N-Quads file, into a new store): the medians
and their ratio say what the load adds to Oxigraph's own work. With
``--incremental K``, K more contacts (new articles, the same people) are loaded into an empty store
and into a store of each size: the median time of ``--repeat`` loads of each (each into a fresh
copy of the store), their ratio, the quads read back from the store and those only looked up in it, and a
digest of the resulting store's quads, to compare the result of two versions of the load.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

QUERIES = [  # (saved query, parameters, kind)
    ("contacts_of_person", {"person": "Person P00042", "from": "2016-01-01", "to": "2016-12-31"}, "selective"),
    ("pair_contacts", {"a": "Person P00003", "b": "Person P00007"}, "selective"),
    ("pair_first_last", {"a": "Person P00003", "b": "Person P00007"}, "selective"),
    ("pair_topics", {"a": "Person P00003", "b": "Person P00007"}, "selective"),
    ("top_pairs", {}, "aggregate"),
    ("top_initiators", {}, "aggregate"),
    ("country_pair_months", {"a": "CAA", "b": "CAB"}, "aggregate"),
    ("one_intermediary", {"person": "Person P00500"}, "aggregate"),
]


def _oxigraph(n: int, repeat: int, loads: int) -> dict:
    import shutil

    from pyoxigraph import RdfFormat

    from graph.store import open_store
    from graph.store.synthetic import synthetic_contacts

    contacts = list(synthetic_contacts(n, people=max(2000, n // 100)))  # made before timing: the load is timed
    with tempfile.TemporaryDirectory() as tmp:
        final, kept = Path(tmp) / "final.nq", Path(tmp) / "s"
        load, bulk = [], []
        for run in range(loads):  # one after the other, so that both see the machine alike
            target = Path(tmp) / f"run-{run}"
            with open_store(target) as store:
                t0 = time.perf_counter()
                report = store.load(contacts)
                load.append(time.perf_counter() - t0)
                if not run:
                    store.backend.store.dump(output=str(final), format=RdfFormat.N_QUADS)
            if run:
                shutil.rmtree(target)
            else:
                target.rename(kept)  # queried below
            bulk.append(_bulk_load_alone(final, target))
            shutil.rmtree(target)
        del contacts
        with open_store(kept) as store:
            times, rows = {}, {}
            for name, params, _ in QUERIES:
                runs = []
                for _ in range(repeat):
                    t = time.perf_counter()
                    rows[name] = len(store.run_saved(name, params))
                    runs.append(time.perf_counter() - t)
                times[name] = statistics.median(runs)
    return {"load": statistics.median(load), "bulk_load": statistics.median(bulk), "loads": load, "bulk_loads": bulk,
            "quads": report.quads_added, "queries": times, "rows": rows}


def _bulk_load_alone(quads: Path, target: Path) -> float:
    """The time of ``Store.bulk_load`` alone from an N-Quads file into a new store (flushed, as a load is)."""
    from pyoxigraph import RdfFormat, Store

    store = Store(str(target))
    t0 = time.perf_counter()
    store.bulk_load(path=str(quads), format=RdfFormat.N_QUADS)
    store.flush()
    took = time.perf_counter() - t0
    del store
    return took


def _rdflib(n: int, repeat: int) -> dict:
    from pyoxigraph import Literal as OxLiteral
    from pyoxigraph import RdfFormat, serialize
    from rdflib import Dataset, Literal, URIRef

    from graph.store import open_store
    from graph.store.saved import saved_query
    from graph.store.synthetic import synthetic_contacts

    with tempfile.TemporaryDirectory() as tmp:
        with open_store(Path(tmp) / "s") as store:
            store.load(synthetic_contacts(n, people=max(2000, n // 100)))
            data = serialize(store.backend.store, format=RdfFormat.N_QUADS)  # type: ignore[attr-defined]
    t0 = time.perf_counter()
    dataset = Dataset()
    dataset.parse(data=data, format="nquads")
    load = time.perf_counter() - t0
    del data
    times, rows = {}, {}
    for name, params, _ in QUERIES:
        saved = saved_query(name)
        bindings = {}
        for key, term in saved.bind(params).items():
            if not isinstance(term, OxLiteral):
                bindings[key] = URIRef(term.value)
            elif term.datatype.value.endswith("#string"):  # rdflib tells "x" from "x"^^xsd:string; RDF 1.1 does not
                bindings[key] = Literal(term.value)
            else:
                bindings[key] = Literal(term.value, datatype=URIRef(term.datatype.value))
        text = re.sub(r"\bLATERAL\s*\{", "{", saved.text)  # rdflib lacks LATERAL; the results are the same here
        runs = []
        for _ in range(repeat):
            t = time.perf_counter()
            rows[name] = len(list(dataset.query(text, initBindings=bindings)))
            runs.append(time.perf_counter() - t)
        times[name] = statistics.median(runs)
    return {"load": load, "queries": times, "rows": rows}


def _incremental(n: int, repeat: int, batch: int) -> dict:
    import hashlib
    import shutil
    from dataclasses import replace

    from pyoxigraph import RdfFormat, serialize

    from graph.store import open_store
    from graph.store.backend import LocalBackend
    from graph.store.synthetic import synthetic_contacts

    people = max(2000, n // 100)
    more = [replace(c, article_id=f"more-{c.article_id}", url=None)
            for c in synthetic_contacts(batch, people=people, seed=2)]
    read = [0, 0]  # quads read back, quads looked up
    statements, existing = LocalBackend.statements, LocalBackend.existing

    def counted(self, subjects, graph, *args, **kwargs):  # type: ignore[no-untyped-def]
        found = statements(self, subjects, graph, *args, **kwargs)
        read[0] += sum(map(len, found.values()))
        return found

    def looked_up(self, quads):  # type: ignore[no-untyped-def]
        read[1] += len(quads)
        return existing(self, quads)

    LocalBackend.statements = counted  # type: ignore[method-assign]
    LocalBackend.existing = looked_up  # type: ignore[method-assign]
    out: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "base"
        if n:
            with open_store(base) as store:
                store.load(synthetic_contacts(n, people=people))
        for label, size in (("empty", 0), ("full", n)):
            times = []
            for _ in range(repeat):
                target = Path(tmp) / "copy"
                shutil.rmtree(target, ignore_errors=True)
                if size:
                    shutil.copytree(base, target)
                with open_store(target) as store:
                    read[:] = [0, 0]
                    t0 = time.perf_counter()
                    store.load(more)
                    times.append(time.perf_counter() - t0)
                    if size:
                        quads = serialize(store.backend.store, format=RdfFormat.N_QUADS)  # type: ignore[attr-defined]
                        out["digest"] = hashlib.sha256(b"\n".join(sorted(quads.splitlines()))).hexdigest()[:16]
            out[label] = statistics.median(times)
            out[f"read_{label}"], out[f"looked_up_{label}"] = read
    return out


def child(engine: str, n: int, repeat: int, loads: int) -> None:
    if engine.startswith("incremental"):
        result = _incremental(n, repeat, int(engine.split(":")[1]))
        print(json.dumps(result))
        return
    result = _oxigraph(n, repeat, loads) if engine == "oxigraph" else _rdflib(n, repeat)
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def _env() -> dict[str, str]:
    """The environment of a child run: the checkout importable even when dipgraph is not installed."""
    root = str(Path(__file__).resolve().parent.parent)
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--rdflib-max", type=int, default=100_000, help="largest size also run with rdflib")
    parser.add_argument("--engines", nargs="+", default=["oxigraph", "rdflib"], help="engines to run")
    parser.add_argument("--repeat", type=int, default=5, help="runs per query (median reported)")
    parser.add_argument("--queries", nargs="+", help="saved queries to time (default: all)")
    parser.add_argument("--loads", type=int, default=1,
                        help="loads into the embedded store, each followed by Store.bulk_load alone (medians)")
    parser.add_argument("--incremental", type=int, metavar="K", help="time loading K more contacts instead")
    parser.add_argument("--child", nargs=2, metavar=("ENGINE", "N"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.queries:
        QUERIES[:] = [q for q in QUERIES if q[0] in args.queries]
    if args.child:
        child(args.child[0], int(args.child[1]), args.repeat, args.loads)
        return
    if args.incremental:
        for n in args.sizes:
            out = subprocess.run([sys.executable, __file__, "--child", f"incremental:{args.incremental}", str(n),
                                  "--repeat", str(args.repeat)], capture_output=True, text=True, env=_env())
            if out.returncode:
                print(f"incremental load at {n}: failed\n{out.stderr[-2000:]}", file=sys.stderr)
                continue
            r = json.loads(out.stdout)
            print(f"{args.incremental:,} contacts into an empty store: median {r['empty']:.2f} s "
                  f"({r['read_empty']:,} quads read back); into a store of {n:,}: median {r['full']:.2f} s "
                  f"({r['read_full']:,} quads read back, {r['looked_up_full']:,} looked up), "
                  f"{r['full'] / r['empty']:.1f}x, over {args.repeat} loads; resulting store digest {r['digest']}")
        return
    for n in args.sizes:
        engines = [e for e in args.engines if e == "oxigraph" or (e == "rdflib" and n <= args.rdflib_max)]
        results = {}
        for engine in engines:
            repeat = args.repeat if engine == "oxigraph" else 1
            more = ["--queries", *args.queries] if args.queries else []
            out = subprocess.run([sys.executable, __file__, "--child", engine, str(n), "--repeat", str(repeat),
                                  "--loads", str(args.loads), *more],
                                 capture_output=True, text=True, env=_env())
            if out.returncode:
                print(f"{engine} at {n}: failed\n{out.stderr[-2000:]}", file=sys.stderr)
                continue
            results[engine] = json.loads(out.stdout)
        print(f"\n== {n:,} contacts ==")
        for engine, r in results.items():
            extra = f", {r['quads']:,} quads" if "quads" in r else ""
            print(f"{engine:9} load {r['load']:8.2f} s  peak memory {r['peak_mb']:8.0f} MB{extra}")
            if "bulk_load" in r:
                runs = "; ".join(f"{a:.1f}/{b:.1f}" for a, b in zip(r["loads"], r["bulk_loads"], strict=True))
                print(f"{'':9} Store.bulk_load alone on the same quads {r['bulk_load']:8.2f} s: the load takes "
                      f"{r['load'] / r['bulk_load']:.2f}x (medians of {len(r['loads'])}; load/bulk_load s: {runs}), "
                      f"{r['quads'] / n:.1f} quads a contact")
        print(f"{'query':22} {'kind':10} " + " ".join(f"{e + ' ms':>12}" for e in results) +
              ("   speed-up" if len(results) == 2 else ""))
        for name, _, kind in QUERIES:
            cells = [results[e]["queries"][name] * 1000 for e in results]
            ratio = f"   {cells[1] / cells[0]:8.0f}x" if len(cells) == 2 and cells[0] else ""
            counts = {results[e]["rows"][name] for e in results if "rows" in results[e]}
            differ = f"   rows differ: {counts}" if len(counts) > 1 else ""
            print(f"{name:22} {kind:10} " + " ".join(f"{c:12.1f}" for c in cells) + ratio + differ)


if __name__ == "__main__":
    main()
