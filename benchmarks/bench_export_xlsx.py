"""Excel export speed: the workbench's export against plain openpyxl and pandas, same cells.

Three contenders write the same workbook (the same sheets, rows and typed cells) in the same
run, each in a fresh child process so that its peak memory is its own:

* ``workbench``: ``export_xlsx`` from the store: SQL, consensus, conversions and writing;
* ``openpyxl loop``: a plain write-only loop over the cells the workbench produced, already
  in memory (the floor: openpyxl's own cost of writing those cells);
* ``pandas``: ``DataFrame.to_excel`` of the same cells (frames built before the clock starts).

Targets (issue 9): workbench within 1.3x the openpyxl loop, at least 2x faster than pandas,
peak memory under 300 MB. The loop's and pandas' memory include the cells held in memory.

    pip install -e '.[bench]'
    python benchmarks/bench_export_xlsx.py [--assignments 100000] [--fields 20] [--store S]
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from children import peak_mb
from children import spawn as spawn_child

HERE = Path(__file__).resolve().parent
TARGET_LOOP_RATIO = 1.3
TARGET_PANDAS_SPEEDUP = 2.0
TARGET_PEAK_MB = 300


# -- recording the cells the workbench writes ---------------------------------------------------

def plain_cell(cell: Any) -> Any:
    """A converted cell as picklable data: styled cells keep their value and format."""
    from workbench.formats.excel import _Styled

    if type(cell) is _Styled:
        number_format = cell.format.num_format
        return ("cell", cell.value, number_format if isinstance(number_format, str) and
                number_format else "General", bool(cell.format.quote_prefix))
    return cell


def record_cells(store: Path, cells_file: Path) -> None:
    """Run the export once with every sheet's converted rows also saved to ``cells_file``."""
    from workbench.formats import excel
    from workbench.services.accounts import get_account
    from workbench.services.context import Workbench
    from workbench.services.export import export_xlsx

    out = cells_file.open("wb")
    original_init, original_append = excel.ExcelSheet.__init__, excel.ExcelSheet.append

    def init(self: Any, book: Any, title: str, columns: Any, sample: Any = ()) -> None:
        original_init(self, book, title, columns, sample)
        pickle.dump(("sheet", title, [c.name for c in columns], list(self.widths)), out)

    def append(self: Any, values: Any) -> None:
        converted = [None if v is None or v == "" else self._convert[i](v)
                     for i, v in enumerate(values)]
        pickle.dump(("row", self.title, [plain_cell(c) for c in converted]), out)
        original_append(self, values)

    excel.ExcelSheet.__init__ = init  # type: ignore[method-assign]
    excel.ExcelSheet.append = append  # type: ignore[method-assign]
    wb = Workbench.open(store)
    try:
        export_xlsx(wb, get_account(wb, "Benchmark archive"), cells_file.with_suffix(".xlsx"))
    finally:
        wb.close()
        out.close()


def load_cells(cells_file: Path) -> list[tuple[str, list[str], list[float], list[list[Any]]]]:
    sheets: dict[str, tuple[str, list[str], list[float], list[list[Any]]]] = {}
    with cells_file.open("rb") as stream:
        while True:
            try:
                item = pickle.load(stream)
            except EOFError:
                return list(sheets.values())
            if item[0] == "sheet":
                sheets[item[1]] = (item[1], item[2], item[3], [])
            else:
                sheets[item[1]][3].append(item[2])


# -- the contenders (each runs in its own child process) ------------------------------------------

def run_workbench(store: Path, out: Path) -> dict[str, Any]:
    from workbench.services.accounts import get_account
    from workbench.services.context import Workbench
    from workbench.services.export import export_xlsx

    wb = Workbench.open(store)
    account = get_account(wb, "Benchmark archive")
    began = time.perf_counter()
    report = export_xlsx(wb, account, out)
    seconds = time.perf_counter() - began
    wb.close()
    return {"seconds": seconds, "rows": report.rows}


def _plain_rows(ws: Any, rows: list[list[Any]]) -> Iterator[list[Any]]:
    from openpyxl.cell import WriteOnlyCell

    for row in rows:
        cells = []
        for value in row:
            if isinstance(value, tuple) and value and value[0] == "cell":
                cell = WriteOnlyCell(ws, value=value[1])
                cell.number_format = value[2]
                if value[3]:
                    cell.data_type = "s"
                    cell.quotePrefix = True
                cells.append(cell)
            else:
                cells.append(value)
        yield cells


def run_openpyxl(cells_file: Path, out: Path) -> dict[str, Any]:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheets = load_cells(cells_file)
    began = time.perf_counter()
    book = Workbook(write_only=True)
    for title, header, widths, rows in sheets:
        ws = book.create_sheet(title)
        for index, width in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(index)].width = width
        ws.freeze_panes = "A2"
        head = []
        for name in header:
            cell = WriteOnlyCell(ws, value=name)
            cell.font = Font(bold=True)
            head.append(cell)
        ws.append(head)
        for cells in _plain_rows(ws, rows):
            ws.append(cells)
        ws.auto_filter.ref = f"A1:{get_column_letter(len(header))}{len(rows) + 1}"
    book.save(out)
    return {"seconds": time.perf_counter() - began, "rows": len(sheets[0][3])}


def run_pandas(cells_file: Path, out: Path) -> dict[str, Any]:
    import pandas as pd

    sheets = load_cells(cells_file)
    frames = []
    for title, header, _, rows in sheets:
        values = [[v[1] if isinstance(v, tuple) and v and v[0] == "cell" else v for v in row]
                  for row in rows]
        frames.append((title, pd.DataFrame(values, columns=header)))
    del sheets
    began = time.perf_counter()
    with pd.ExcelWriter(out, engine="openpyxl") as writer:
        for title, frame in frames:
            frame.to_excel(writer, sheet_name=title, index=False, freeze_panes=(1, 0))
    return {"seconds": time.perf_counter() - began, "rows": len(frames[0][1])}


CONTENDERS = {"workbench": run_workbench, "openpyxl": run_openpyxl, "pandas": run_pandas}


def child(name: str, source: Path, out: Path) -> None:
    result = CONTENDERS[name](source, out)
    result["peak_mb"] = peak_mb()
    result["bytes"] = out.stat().st_size
    print(json.dumps(result))


def spawn(name: str, source: Path, out: Path, timeout: float) -> dict[str, Any]:
    return spawn_child(__file__, name, source, out, timeout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--assignments", type=int, default=100_000)
    parser.add_argument("--fields", type=int, default=20)
    parser.add_argument("--store", type=Path, help="reuse (or keep) the benchmark store here")
    parser.add_argument("--timeout", type=float, default=3600)
    parser.add_argument("--repeat", type=int, default=1,
                        help="run every contender this many times, interleaved; keep the best")
    parser.add_argument("--child", nargs=3, metavar=("NAME", "SOURCE", "OUT"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]), Path(args.child[2]))
        return 0
    sys.path.insert(0, str(HERE))
    from bench_export_data import build_store

    with tempfile.TemporaryDirectory(prefix="bench-xlsx-") as tmp:
        work = Path(tmp)
        store = args.store or work / "store.sqlite3"
        if not store.exists():
            began = time.perf_counter()
            build_store(store, assignments=args.assignments, fields=args.fields)
            print(f"store: {args.assignments:,} assignments x {args.fields} answer fields, "
                  f"built with bulk inserts in {time.perf_counter() - began:.0f} s", flush=True)
        cells = work / "cells.pickle"
        record_cells(store, cells)
        results: dict[str, dict[str, Any]] = {}
        for _ in range(args.repeat):
            # Interleaved, so that a noisy neighbour slows every contender alike.
            for name, source in (("workbench", store), ("openpyxl", cells), ("pandas", cells)):
                result = spawn(name, source, work / f"{name}.xlsx", args.timeout)
                print(f"  {name}: {result}", flush=True)
                best = results.get(name)
                if best is None or "error" in best or (
                        "error" not in result and result["seconds"] < best["seconds"]):
                    results[name] = result
    report(results, args.assignments, args.fields)
    return 0


def report(results: dict[str, dict[str, Any]], assignments: int, fields: int) -> None:
    base = results["openpyxl"].get("seconds")
    labels = {"workbench": "workbench export_xlsx (from the store)",
              "openpyxl": "plain openpyxl write-only loop",
              "pandas": "pandas DataFrame.to_excel"}
    print(f"\nExcel export of {assignments:,} assignments x {fields} answer fields "
          "(all five sheets), same cells for all three")
    print(f"{'contender':42} {'seconds':>9} {'vs loop':>8} {'peak MB':>8}")
    for name, result in results.items():
        if "error" in result:
            print(f"{labels[name]:42} failed: {result['error']}")
            continue
        ratio = f"{result['seconds'] / base:.2f}x" if base else "-"
        print(f"{labels[name]:42} {result['seconds']:9.1f} {ratio:>8} "
              f"{result['peak_mb']:8.0f}")
    ours, pandas = results["workbench"].get("seconds"), results["pandas"].get("seconds")
    if ours and base and pandas:
        print(f"\nworkbench / openpyxl loop: {ours / base:.2f} (target <= {TARGET_LOOP_RATIO})")
        print(f"pandas / workbench: {pandas / ours:.2f} (target >= {TARGET_PANDAS_SPEEDUP})")
        print(f"workbench peak memory: {results['workbench']['peak_mb']:.0f} MB "
              f"(target < {TARGET_PEAK_MB} MB)")


if __name__ == "__main__":
    sys.exit(main())
