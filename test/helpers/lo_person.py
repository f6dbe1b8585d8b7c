# A person at LibreOffice Calc, for the tests: starts one headless soffice, opens a workbook and does
# what a person does — selects a cell and types into it (LibreOffice's own input path, so protection
# applies), inserts rows inside a table, unprotects a sheet (no password) and deletes a row — then
# saves as .xlsx. It can also ask LibreOffice which cells break their validation rule (Tools ›
# Detective › Mark Invalid Data), and print a workbook to PDF. Run by Debian's /usr/bin/python3.
#
# Usage: lo_person.py job.json, where job.json is
#   {"profile": "file:///…", "pipe": "…", "steps": [ … ]}
# and each step is one of
#   {"open": "in.xlsx"}                          {"save": "out.xlsx"}
#   {"type": [sheet, cell, text]}                {"insertRowAbove": [sheet, cell]}
#   {"unprotect": sheet}                         {"deleteRow": [sheet, cell]}
#   {"invalid": sheet}    -> the cells of that sheet whose value breaks their rule, as "D7"
#   {"text": [sheet, cell]} -> what the cell shows
#   {"pdf": ["in.xlsx", "out.pdf"]}    (closes the workbook open before it)
# It prints one JSON line: {"results": [...]}, an entry per "invalid" or "text" step.
import json
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + 90
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:
            if time.time() > deadline:
                raise
            time.sleep(0.3)


def load(desktop, path):
    # Just after start-up the desktop may not load yet: it answers None for a moment.
    for _ in range(50):
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0, (prop("Hidden", True),))
        if doc is not None:
            return doc
        time.sleep(0.2)
    raise RuntimeError(f"LibreOffice could not open {path}")


def column_letters(n):
    letters = ""
    n += 1
    while n > 0:
        n, r = divmod(n - 1, 26)
        letters = chr(65 + r) + letters
    return letters


def main():
    job = json.load(open(sys.argv[1]))
    office = subprocess.Popen(["soffice", "--headless", "--invisible", "--norestore", "--nologo",
                               f"-env:UserInstallation={job['profile']}", f"--accept=pipe,name={job['pipe']};urp;"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    results = []
    try:
        ctx = connect(job["pipe"])
        smgr = ctx.ServiceManager
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
        doc = None

        def goto(sheet, cell):
            controller = doc.getCurrentController()
            controller.setActiveSheet(doc.Sheets.getByName(sheet))
            frame = controller.getFrame()
            dispatcher.executeDispatch(frame, ".uno:GoToCell", "", 0, (prop("ToPoint", cell),))
            return frame

        for step in job["steps"]:
            if "open" in step:
                doc = load(desktop, step["open"])
            elif "type" in step:
                sheet, cell, text = step["type"]
                frame = goto(sheet, cell)
                dispatcher.executeDispatch(frame, ".uno:EnterString", "", 0, (prop("StringName", text),))
            elif "insertRowAbove" in step:
                frame = goto(*step["insertRowAbove"])
                dispatcher.executeDispatch(frame, ".uno:InsertRowsBefore", "", 0, ())
            elif "unprotect" in step:
                doc.Sheets.getByName(step["unprotect"]).unprotect("")
            elif "deleteRow" in step:
                frame = goto(*step["deleteRow"])
                dispatcher.executeDispatch(frame, ".uno:DeleteRows", "", 0, ())
            elif "invalid" in step:
                sheet = doc.Sheets.getByName(step["invalid"])
                sheet.showInvalid()
                page = sheet.DrawPage
                cells = []
                for i in range(page.Count):
                    anchor = page.getByIndex(i).Anchor
                    address = anchor.CellAddress
                    cells.append(f"{column_letters(address.Column)}{address.Row + 1}")
                sheet.clearArrows()
                results.append(sorted(cells))
            elif "text" in step:
                sheet, cell = step["text"]
                results.append(doc.Sheets.getByName(sheet).getCellRangeByName(cell).getString())
            elif "save" in step:
                doc.storeToURL(uno.systemPathToFileUrl(step["save"]), (prop("FilterName", "Calc MS Excel 2007 XML"),))
            elif "pdf" in step:
                # One document open at a time: a second hidden one can end the headless process.
                if doc is not None:
                    doc.close(True)
                    doc = None
                source, target = step["pdf"]
                pdf = load(desktop, source)
                pdf.storeToURL(uno.systemPathToFileUrl(target), (prop("FilterName", "calc_pdf_Export"),))
                pdf.close(True)
            else:
                raise ValueError(f"unknown step {step}")
        # Everything asked for is done (saved or printed) by now: LibreOffice now and then ends itself
        # while closing a document it edited headless, which costs nothing here.
        try:
            if doc is not None:
                doc.close(True)
            desktop.terminate()
        except Exception:
            pass  # the bridge closes as LibreOffice quits
    finally:
        try:
            office.wait(timeout=60)
        except subprocess.TimeoutExpired:
            office.kill()
    print(json.dumps({"results": results}))


main()
