#!/usr/bin/python3
# relatorio: fills TEMPLATE.odt with the values of DATA.json, writes OUT.odt (the whole job).
import json
import sys

from relatorio.templates.opendocument import Template

template, data, out = sys.argv[1:4]
with open(data, encoding="utf-8") as f:
    values = json.load(f)
document = Template(source="", filepath=template).generate(o=values).render()
with open(out, "wb") as f:
    f.write(document.getvalue())
