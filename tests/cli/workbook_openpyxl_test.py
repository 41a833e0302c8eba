#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""Reads the workbook of `lastmile-cli export FILE -o OUT.xlsx` with openpyxl, a reader Lastmile
does not write, and checks it against the other exports of the same file: the heatmap's numbers
are the scores of `score --format json`, coloured by band through conditional formatting; the
answers sheet has the rows of the CSV export; dates are dates and text is never a formula.

Usage: workbook_openpyxl_test.py LASTMILE_CLI   (exit 77 when openpyxl is missing)
"""
import csv
import datetime
import json
import os
import subprocess
import sys
import tempfile

try:
    import openpyxl
except ImportError:
    print("SKIPPED: openpyxl is not installed (Debian python3-openpyxl; scripts/setup.sh installs it)",
          file=sys.stderr)
    sys.exit(77)

CLI = sys.argv[1]
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def cli(*arguments):
    run = subprocess.run([CLI, *arguments], capture_output=True, text=True,
                         env={**os.environ, "LC_ALL": "C.UTF-8"})
    if run.returncode != 0:
        sys.exit(f"lastmile-cli {' '.join(arguments)} failed ({run.returncode}): {run.stderr}")
    return run.stdout


with tempfile.TemporaryDirectory() as work:
    lastmile = os.path.join(work, "northgate.lastmile")
    cli("demo", lastmile)
    # Text a spreadsheet would run as a formula if it were written as one.
    hostile = '=HYPERLINK("http://example.com","click")'
    cli("answer", lastmile, "--round", "2026-Q3 workshop", "--initiative", "1", "--question",
        "pp_business_owner", "--level", "2", "--note", hostile)
    # More than a cell holds (32767 characters): cut, visibly.
    long_note = "Evidence from the order desk. " * 1400
    cli("answer", lastmile, "--round", "2026-Q3 workshop", "--initiative", "2", "--question",
        "pp_business_owner", "--level", "3", "--note", long_note)
    cli("action", "add", lastmile, "--initiative", "1", "--friction", "process_debt", "--text", "+1 urgent",
        "--owner", "@ops", "--due", "2027-02-28")
    xlsx = os.path.join(work, "northgate.xlsx")
    cli("export", lastmile, "-o", xlsx)
    answers_csv = os.path.join(work, "answers.csv")
    cli("export", lastmile, "-o", answers_csv)
    scores = json.loads(cli("score", lastmile, "--format", "json"))

    book = openpyxl.load_workbook(xlsx)
    check(book.sheetnames == ["Heatmap", "Scores", "Answers", "Actions", "Read me"],
          f"sheets: {book.sheetnames}")

    # Heatmap: the unrounded scores, as numbers, in the order of `score`.
    heatmap = book["Heatmap"]
    check("Northgate Distribution" in str(heatmap["A1"].value), f"heatmap caption: {heatmap['A1'].value}")
    frictions = [cell.value for cell in heatmap[4][2:]]
    check(len(frictions) == 7, f"friction columns: {frictions}")
    for index, initiative in enumerate(scores["initiatives"]):
        row = heatmap[5 + index]
        check(row[0].value == initiative["name"], f"heatmap row {5 + index}: {row[0].value}")
        check(row[1].data_type == "n" and abs(row[1].value - initiative["readiness"]) < 1e-9,
              f"readiness of {initiative['name']}: {row[1].value}")
        for column, friction in enumerate(initiative["frictions"]):
            cell = row[2 + column]
            if friction["score"] is None:
                check(cell.value is None, f"{cell.coordinate} should be empty")
                continue
            check(isinstance(cell.value, float) and abs(cell.value - friction["score"]) < 1e-9,
                  f"{cell.coordinate}: {cell.value!r}, expected {friction['score']}")
            marks = ('"?"' if friction["low_coverage"] else "") + ('"!"' if friction["disagreements"] else "")
            expected_format = "0" + ('"?!"' if marks == '"?""!"' else marks)
            check(cell.number_format == expected_format,
                  f"{cell.coordinate}: number format {cell.number_format!r}, expected {expected_format!r}")
    portfolio_row = heatmap[5 + len(scores["initiatives"])]
    check(portfolio_row[0].value == "Portfolio", f"portfolio row: {portfolio_row[0].value}")
    check(abs(portfolio_row[2].value - scores["portfolio"]["frictions"][0]["score"]) < 1e-9,
          "portfolio score of the first friction")

    # Band colours come from conditional formatting over the score cells, one rule per band.
    band_fills = {"low": "FEF0B8", "moderate": "FDB863", "high": "E05A1B", "critical": "7F1D3F"}
    last_row = 5 + len(scores["initiatives"])
    rules = []
    for ranges in heatmap.conditional_formatting:
        if str(ranges.sqref) == f"C5:I{last_row}":
            rules = ranges.rules
    check(len(rules) == 4, f"conditional rules on C5:I{last_row}: {len(rules)}")
    fills = sorted(rule.dxf.fill.bgColor.rgb[-6:] for rule in rules if rule.dxf and rule.dxf.fill)
    check(fills == sorted(band_fills.values()), f"band fills: {fills}")
    formulas = " ".join(rule.formula[0] for rule in rules)
    for threshold in ("C5<25", "C5>=25", "C5<50", "C5>=50", "C5<75", "C5>=75"):
        check(threshold in formulas, f"no rule tests {threshold}: {formulas}")

    # Answers: the rows of the CSV export, typed (ids and levels as numbers).
    with open(answers_csv, encoding="utf-8-sig", newline="") as stream:
        csv_rows = list(csv.reader(stream))
    sheet_rows = list(book["Answers"].iter_rows(values_only=True))
    check(list(sheet_rows[0]) == csv_rows[0], f"answers header: {sheet_rows[0]}")
    check(len(sheet_rows) == len(csv_rows), f"answers: {len(sheet_rows) - 1} rows, CSV {len(csv_rows) - 1}")

    def from_csv(field):  # the CSV marks text a spreadsheet would run with an apostrophe
        return field[1:] if field[:2] in ("'=", "'+", "'-", "'@") else field

    for number, (row, expected) in enumerate(zip(sheet_rows[1:], csv_rows[1:]), start=2):
        got = ["" if value is None else value for value in row]
        check(isinstance(got[1], int), f"Answers!B{number}: initiative id {got[1]!r} is not a number")
        check(isinstance(got[9], int) or got[9] in ("dk", "na"), f"Answers!J{number}: answer {got[9]!r}")
        wanted = [from_csv(field) for field in expected]
        # A text longer than a cell holds is cut there; the cell keeps the beginning.
        same = all(str(value) == field or (len(field) > 32767 and str(value)[:32000] == field[:32000])
                   for value, field in zip(got, wanted))
        if not same or len(got) != len(wanted):
            failures.append(f"Answers row {number}: {str(got)[:400]} != CSV {str(expected)[:400]}")
            break

    # Text is text, never a formula, whatever it starts with.
    notes = [cell for cell in book["Answers"]["L"] if cell.value == hostile]
    check(len(notes) == 1 and notes[0].data_type == "s", f"the note {hostile!r} as text: {notes}")
    cut = [cell.value for cell in book["Answers"]["L"] if str(cell.value).startswith("Evidence from the order desk.")]
    check(len(cut) == 1 and len(cut[0]) <= 32767 and "characters left out" in cut[0][-120:],
          f"the long note: {len(cut)} cells, ends {cut[0][-120:] if cut else None!r}")
    actions = book["Actions"]
    urgent = [row for row in actions.iter_rows(min_row=2) if row[2].value == "+1 urgent"]
    check(len(urgent) == 1, "the action '+1 urgent' as text")
    if urgent:
        check(urgent[0][2].data_type == "s" and urgent[0][3].value == "@ops", "action text and owner as text")
        check(urgent[0][4].value == datetime.datetime(2027, 2, 28), f"due date: {urgent[0][4].value!r}")
        check(urgent[0][4].is_date, "the due date is a date cell")
    for row in book.worksheets:
        for line in row.iter_rows():
            for cell in line:
                check(cell.data_type != "f", f"{row.title}!{cell.coordinate} is a formula: {cell.value}")
    overdue = [row[6].value for row in actions.iter_rows(min_row=2)]
    check(all(isinstance(value, bool) for value in overdue) and any(overdue), f"overdue flags: {overdue}")

    # The layout: header rows made taller, panes frozen under them, filters over every row. Each
    # sheet's rows are written out as they are left (constant memory), so a row's height set
    # after the row was written would be lost.
    check(heatmap.row_dimensions[4].height == 32, f"heatmap header height: {heatmap.row_dimensions[4].height}")
    check(heatmap.freeze_panes == "B5", f"heatmap frozen at {heatmap.freeze_panes}")
    check(book["Scores"].row_dimensions[1].height == 32,
          f"scores header height: {book['Scores'].row_dimensions[1].height}")
    check(book["Answers"].auto_filter.ref == f"A1:M{len(sheet_rows)}", f"answers filter: {book['Answers'].auto_filter.ref}")
    check(book["Answers"].column_dimensions["G"].width > 50, "the question column is wide")

    # Scores and read-me.
    score_rows = list(book["Scores"].iter_rows(min_row=2, values_only=True))
    check(len(score_rows) == 7 * (len(scores["initiatives"]) + 1), f"score rows: {len(score_rows)}")
    check(score_rows[0][4] is not None and 0.0 <= score_rows[0][4] <= 1.0, f"coverage: {score_rows[0][4]}")
    readme = [cell.value for cell in book["Read me"]["A"] if cell.value]
    check("How the scores are computed" in readme, f"read-me headings: {readme}")
    written = [row[1].value for row in book["Read me"].iter_rows() if row[0].value == "Written on"]
    check(len(written) == 1 and isinstance(written[0], datetime.datetime), f"written on: {written}")

if failures:
    print("\n".join(failures), file=sys.stderr)
    sys.exit(1)
print("workbook read back with openpyxl", openpyxl.__version__)
