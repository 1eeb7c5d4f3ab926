#!/usr/bin/env python3
"""Lists and fills unfinished entries of a Qt .ts file, for translators who work in a text editor.

  tools/ts-translate.py translations/operator_console_ru.ts --list > todo.json
      writes the unfinished entries as a JSON list of {"context", "source", "numerus"}
  tools/ts-translate.py translations/operator_console_ru.ts --apply done.json
      done.json: the same list, each entry with "translation" (a string, or for numerus
      entries a list of the language's plural forms); those entries become finished.

Run `cmake --build build --target opc_translations_lupdate` before (so the file knows every
string in the code) and again after --apply (it writes the file back in lupdate's own layout,
which this script's XML writer does not keep).
"""
import json
import sys
import xml.etree.ElementTree as ET


def entries(root):
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def main(argv):
    if len(argv) != 4 or argv[2] not in ("--list", "--apply"):
        print(__doc__, file=sys.stderr)
        return 2
    path, mode, arg = argv[1], argv[2], argv[3]
    tree = ET.parse(path)
    root = tree.getroot()
    if mode == "--list":
        todo = []
        for context, message in entries(root):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                todo.append({"context": context, "source": message.findtext("source"),
                             "numerus": message.get("numerus") == "yes"})
        with open(arg, "w", encoding="utf-8") as out:
            json.dump(todo, out, ensure_ascii=False, indent=1)
        print(f"{len(todo)} unfinished entries written to {arg}")
        return 0
    with open(arg, encoding="utf-8") as done_file:
        done = {(d["context"], d["source"]): d["translation"] for d in json.load(done_file)}
    applied = 0
    for context, message in entries(root):
        key = (context, message.findtext("source"))
        if key not in done:
            continue
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        value = done[key]
        if isinstance(value, list):
            translation.text = None
            for form in value:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value
        translation.attrib.pop("type", None)
        applied += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"{applied} entries translated in {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
