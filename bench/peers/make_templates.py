#!/usr/bin/python3
# Makes the peers' templates from one document ReportKit rendered with a marker @@NAME@@ where
# each value goes, so that every engine fills the same text in the same styles:
#   make_templates.py RENDERED.odt RENDERED.docx OUT_DIR
# OUT_DIR gets carbone.odt ({d.NAME}), relatorio.odt (a placeholder <o.NAME>, relatorio's way of
# marking an expression in ODF text) and docxtpl.docx ({{ NAME }}).
import re
import sys
import zipfile


def rewrite(source, target, member, tag):
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == member:
                data = re.sub(rb"@@(\w+)@@", lambda m: tag(m.group(1).decode()).encode(), data)
            # The ODF mimetype entry stays first and stored.
            kind = zipfile.ZIP_STORED if item.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zout.writestr(item, data, compress_type=kind)


odt, docx, out = sys.argv[1:4]
rewrite(odt, f"{out}/carbone.odt", "content.xml", lambda name: "{d." + name + "}")
rewrite(odt, f"{out}/relatorio.odt", "content.xml", lambda name: '<text:placeholder text:placeholder-type="text">&lt;o.' + name + "&gt;</text:placeholder>")
rewrite(docx, f"{out}/docxtpl.docx", "word/document.xml", lambda name: "{{ " + name + " }}")
