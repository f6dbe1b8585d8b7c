# Drives LibreOffice through UNO as a person would, for the engagement tests: starts one headless
# soffice, types into cells (selecting each and entering text, so validations apply), saves as .xlsx,
# and converts a workbook to PDF. Run by /usr/bin/python3 (Debian's, which has `import uno`).
# Usage: lo-engagement.py job.json   with {"profile", "pipe", "type": {...}?, "pdf": {...}?}
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
            time.sleep(0.5)


def main():
    job = json.load(open(sys.argv[1]))
    office = subprocess.Popen(["soffice", "--headless", "--invisible", "--norestore", "--nologo",
                               f"-env:UserInstallation={job['profile']}", f"--accept=pipe,name={job['pipe']};urp;"])
    try:
        ctx = connect(job["pipe"])
        smgr = ctx.ServiceManager
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
        if "type" in job:
            t = job["type"]
            doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(t["in"]), "_blank", 0, (prop("Hidden", True),))
            controller = doc.getCurrentController()
            frame = controller.getFrame()
            for sheet, cell, text in t["cells"]:
                controller.setActiveSheet(doc.Sheets.getByName(sheet))
                dispatcher.executeDispatch(frame, ".uno:GoToCell", "", 0, (prop("ToPoint", cell),))
                dispatcher.executeDispatch(frame, ".uno:EnterString", "", 0, (prop("StringName", text),))
            doc.storeToURL(uno.systemPathToFileUrl(t["out"]), (prop("FilterName", "Calc MS Excel 2007 XML"),))
            doc.close(True)
        if "pdf" in job:
            p = job["pdf"]
            doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(p["in"]), "_blank", 0, (prop("Hidden", True),))
            doc.storeToURL(uno.systemPathToFileUrl(p["out"]), (prop("FilterName", "calc_pdf_Export"),))
            doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge closes as LibreOffice quits
    finally:
        try:
            office.wait(timeout=60)
        except subprocess.TimeoutExpired:
            office.kill()


main()
