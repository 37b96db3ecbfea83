"""Real MTurk archives, grown to the size a reviewer meets: variants of the fixture files.

The fixtures are small (clarity: 50 HITs of 1-2 assignments). These helpers write what a
user's own download of the same kind of task looks like at 30 HITs × 10 assignments, built
only from the fixtures' real rows: real inputs, real free-text answers (which clearly differ
between workers), real worker ids and MTurk's own time stamps. A ``submit`` column holds the
value of the form's submit button, as classic HTML templates send it; it is the same in
every row.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import json
from pathlib import Path

from tests.transfer.conftest import read_rows, write_rows

SUBMIT_VALUE = "Submit"


def _id(*parts: object) -> str:
    """An MTurk-like 30-character id, the same for the same parts."""
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:30].upper()


def _rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    header, rows = read_rows(path)
    return header, [dict(zip(header, row + [""] * (len(header) - len(row)), strict=True))
                    for row in rows]


def clarity_archive(fixtures: Path, target: Path, *, hits: int = 30, per_hit: int = 10,
                    status: str = "Submitted") -> Path:
    """clarity_batch8.csv as 30 HITs × 10 assignments of free-text captions, plus ``submit``.

    Each HIT keeps its real screenshot input; its ten assignments carry real answer sets of
    the file (rotated, so that no two assignments of a HIT read alike) from ten of the file's
    eleven real workers. Times are the file's own (2018), so auto-approval is long past.
    """
    header, rows = _rows(fixtures / "clarity_batch8.csv")
    answer_names = [c for c in header if c.startswith("Answer.")]
    by_hit: dict[str, dict[str, str]] = {}
    for row in rows:
        by_hit.setdefault(row["HITId"], row)
    firsts = list(by_hit.values())[:hits]
    workers = sorted({row["WorkerId"] for row in rows})
    out_header = [c for c in header if c not in ("Approve", "Reject")] + ["Answer.submit",
                                                                         "Approve", "Reject"]
    out: list[list[str]] = []
    for h, first in enumerate(firsts):
        for k in range(per_hit):
            source = rows[(h * 7 + k * 11) % len(rows)]
            row = dict(first)
            row.update({name: source[name] for name in answer_names})
            row.update({
                "MaxAssignments": str(per_hit),
                "AssignmentId": _id(first["AssignmentId"], k),
                "WorkerId": workers[(h + k) % len(workers)],
                "AssignmentStatus": status,
                "AcceptTime": source["AcceptTime"], "SubmitTime": source["SubmitTime"],
                "AutoApprovalTime": source["AutoApprovalTime"],
                "ApprovalTime": source["AutoApprovalTime"] if status == "Approved" else "",
                "RejectionTime": "", "RequesterFeedback": "",
                "WorkTimeInSeconds": source["WorkTimeInSeconds"],
                "Answer.submit": SUBMIT_VALUE, "Approve": "", "Reject": ""})
            out.append([row.get(c, "") for c in out_header])
    return write_rows(target, out_header, out)


def sigircis_archive(fixtures: Path, target: Path, *, hits: int = 30,
                     varied: bool = False) -> Path:
    """sigircis_qs4_output.csv (radio and checkbox options, free-text explanations) as 30
    HITs of its five real assignments each, every HIT with its own id; ``varied``: HIT h
    has only the first 1 + h % 5 of them (HIT 0 a single assignment)."""
    header, rows = _rows(fixtures / "sigircis_qs4_output.csv")
    out: list[list[str]] = []
    for h in range(hits):
        for k, source in enumerate(rows[:1 + h % len(rows)] if varied else rows):
            row = dict(source)
            row["HITId"] = _id(source["HITId"], h)
            row["AssignmentId"] = _id(source["AssignmentId"], h, k)
            out.append([row.get(c, "") for c in header])
    return write_rows(target, header, out)


def semseg_crowd_archive(fixtures: Path, target: Path) -> Path:
    """semseg's real rows as crowd-form pages send them: one ``Answer.taskAnswers`` JSON.

    Besides the real segmentation (its PNG data, image size and label colour), each answer
    holds the lists a crowd page sends as JSON arrays — the labels drawn and boxes around
    them — and a multi-line comment, all derived from the row itself (its PNG's size).
    """
    header, rows = _rows(fixtures / "semseg_Batch_5176945_batch_results.csv")
    fixed = [c for c in header if not c.startswith("Answer.") and c not in ("Approve", "Reject")]
    out_header = [*fixed, "Answer.taskAnswers", "Approve", "Reject"]
    out: list[list[str]] = []
    for n, row in enumerate(rows):
        png = row["Answer.humerusSemSegDifficult.labeledImage.pngImageData"]
        size = len(base64.b64decode(png + "=" * (-len(png) % 4)))
        boxes = [{"label": "Humerus", "left": 40 + size % 97, "top": 60 + n % 13,
                  "width": 180 + size % 53, "height": 300 + size % 71}]
        if n % 3 == 0:
            boxes.append({"label": "Glenoid", "left": 300, "top": 80 + n, "width": 64,
                          "height": 90})
        labels = ["Humerus"] + (["Glenoid"] if n % 3 == 0 else [])
        comment = ("Outline follows the cortex.\nThe head is partly hidden by the "
                   "glenoid; I traced the visible edge only." if n % 2 else
                   "Clear image.\nDone.")
        task = [{
            "humerusSemSegDifficult": {
                "inputImageProperties": {
                    "height": int(row["Answer.humerusSemSegDifficult.inputImageProperties"
                                      ".height"]),
                    "width": int(row["Answer.humerusSemSegDifficult.inputImageProperties"
                                     ".width"])},
                "labelMappings": {"Humerus": {
                    "color": row["Answer.humerusSemSegDifficult.labelMappings.Humerus.color"]}},
                "labeledImage": {"pngImageData": png}},
            "labels": labels, "boxes": boxes, "comment": comment}]
        values = [row[c] for c in fixed]
        out.append([*values, json.dumps(task), "", ""])
    return write_rows(target, out_header, out, quoting=csv.QUOTE_MINIMAL)
