#!/usr/bin/python3
# docxtpl: fills TEMPLATE.docx with the values of DATA.json, writes OUT.docx (the whole job).
import json
import sys

from docxtpl import DocxTemplate

template, data, out = sys.argv[1:4]
with open(data, encoding="utf-8") as f:
    values = json.load(f)
document = DocxTemplate(template)
document.render(values)
document.save(out)
