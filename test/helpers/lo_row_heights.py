"""Row heights as LibreOffice itself would choose them: for each workbook, opens it in a headless
LibreOffice (through UNO), and for every row of every visible sheet that holds a wrapped cell, reads
the height the file gives it and the optimal height LibreOffice computes for its content. Prints one
JSON object: {file: [[sheet, row, given_pt, optimal_pt], ...]}. Merged cells are left out (LibreOffice
gives them no optimal height); the rendering tests check those on the page.

Usage: /usr/bin/python3 lo_row_heights.py SOFFICE PROFILE_DIR FILE...
"""

import json
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue

HUNDREDTH_MM_PER_PT = 2540 / 72


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(soffice, profile):
    pipe = "sa_rows_%d" % os.getpid()
    proc = subprocess.Popen([soffice, "-env:UserInstallation=file://" + profile, "--headless", "--invisible", "--norestore",
                             "--accept=pipe,name=%s;urp;" % pipe], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(300):
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            return proc, ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        except Exception:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("LibreOffice did not start")


def rows_of(doc):
    out = []
    sheets = doc.Sheets
    for i in range(sheets.Count):
        sheet = sheets.getByIndex(i)
        if not sheet.IsVisible:
            continue
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        last_row = cursor.RangeAddress.EndRow
        last_col = cursor.RangeAddress.EndColumn
        for r in range(last_row + 1):
            wrapped = False
            for c in range(last_col + 1):
                cell = sheet.getCellByPosition(c, r)
                if cell.IsTextWrapped and cell.String != "" and not cell.IsMerged:
                    wrapped = True
                    break
            if not wrapped:
                continue
            row = sheet.Rows.getByIndex(r)
            given = row.Height
            row.OptimalHeight = True
            optimal = row.Height
            out.append([sheet.Name, r + 1, round(given / HUNDREDTH_MM_PER_PT, 2), round(optimal / HUNDREDTH_MM_PER_PT, 2)])
    return out


def main():
    soffice, profile, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    proc, desktop = connect(soffice, profile)
    result = {}
    try:
        for f in files:
            doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(f)), "_blank", 0, (prop("Hidden", True),))
            try:
                result[os.path.basename(f)] = rows_of(doc)
            finally:
                doc.close(True)
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        proc.wait(timeout=60)
    print(json.dumps(result))


main()
