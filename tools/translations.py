"""Refresh the English catalogue from the French source strings, then build it.

``make translations`` runs this: ``pyside6-lupdate`` collects every ``tr()``
string of ``ui/`` into ``resources/translations/cafe_en.ts``, ``pyside6-lrelease``
compiles the ``.qm`` the app loads.  Both ``.ts`` and ``.qm`` are committed, so
installing needs no Qt tools.  ``--check`` (no Qt tools needed) reports strings
without an English translation, in a context nobody asks for, or used by the
code but missing from the catalogue; it exits 1 if there are any.  The
gettext catalogue of the other sentences is refreshed and checked the same
way (:mod:`tools.catalogue`).

lupdate's Python parser only knows ``self.tr("…")`` and
``QCoreApplication.translate("Context", "…")``.  The code also uses module
helpers (``def tr(text): return QCoreApplication.translate("Privacy", text)``),
``QT_TRANSLATE_NOOP`` imported under another name, string constants passed to
a helper, ``self.page.tr(…)`` and models whose ``context`` class attribute names
their context.  lupdate files those under an empty or wrong context -- or misses
them -- and a ``QTranslator`` looks a message up by its exact context, so they
would stay French.  :func:`fix_contexts` reads the sources with :mod:`ast` and
puts every message where the running application looks for it.  Translations
are saved before lupdate runs and given back afterwards, so moving a message
never loses its English.
"""

from __future__ import annotations

import ast
import copy
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "cafe_en.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent
NOOPS = {"QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"}
HEADER = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
          '<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">\n')


def _tool(name: str) -> str:
    candidate = BIN / name
    return str(candidate) if candidate.exists() else name


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT).as_posix()) for p in (ROOT / "ui").rglob("*.py"))


# -- what the sources ask for ----------------------------------------------------
@dataclass(frozen=True)
class Found:
    """One message as the running code looks it up."""

    file: str        # relative to ROOT, POSIX
    line: int
    context: str
    source: str
    numerus: bool = False


def _text(node: ast.AST | None, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def _translate_context(node: ast.AST) -> str | None:
    """``"Ctx"`` of a ``QCoreApplication.translate("Ctx", …)`` call."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
            and node.func.attr == "translate" and node.args:
        first = node.args[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            return first.value
    return None


def _helpers(tree: ast.Module) -> dict[str, str]:
    """Names of one-line helpers that translate in a fixed context."""
    found = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and len(node.body) == 1 \
                and isinstance(node.body[0], ast.Return) and node.args.args \
                and node.args.args[0].arg != "self":
            context = _translate_context(node.body[0].value)
            if context:
                found[node.name] = context
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Lambda) \
                and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            context = _translate_context(node.value.body)
            if context:
                found[node.targets[0].id] = context
    return found


def _attribute_classes(cls: ast.ClassDef) -> dict[str, str]:
    """``self.page`` -> ``AgendaPage`` from ``self.page = page`` with ``page: AgendaPage``."""
    result = {}
    for item in cls.body:
        if not (isinstance(item, ast.FunctionDef) and item.name == "__init__"):
            continue
        kinds = {a.arg: a.annotation for a in item.args.args if a.annotation is not None}
        for node in ast.walk(item):
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Name) \
                    and node.value.id in kinds and len(node.targets) == 1:
                target, kind = node.targets[0], kinds[node.value.id]
                name = kind.id if isinstance(kind, ast.Name) else _text(kind, {})
                if isinstance(target, ast.Attribute) and name:
                    result[f"self.{target.attr}"] = name
    return result


def _context_attribute(cls: ast.ClassDef) -> str | None:
    for item in cls.body:
        if isinstance(item, ast.Assign) and len(item.targets) == 1 \
                and isinstance(item.targets[0], ast.Name) and item.targets[0].id == "context":
            return _text(item.value, {})
    return None


class _Visitor(ast.NodeVisitor):
    def __init__(self, file: str, tree: ast.Module) -> None:
        self.file, self.found, self.classes = file, [], []
        self.helpers = _helpers(tree)
        self.noops = {a.asname or a.name for n in tree.body if isinstance(n, ast.ImportFrom)
                      for a in n.names if a.name in NOOPS}
        self.constants = {t.id: n.value.value for n in tree.body if isinstance(n, ast.Assign)
                          for t in n.targets if isinstance(t, ast.Name)
                          and isinstance(n.value, ast.Constant) and isinstance(n.value.value, str)}

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802 - ast API
        aliases = {t.id for n in ast.walk(node) if isinstance(n, ast.Assign)
                   and isinstance(n.value, ast.Attribute) and n.value.attr == "tr"
                   and ast.unparse(n.value.value) == "self"
                   for t in n.targets if isinstance(t, ast.Name)}
        self.classes.append((node.name, _context_attribute(node), _attribute_classes(node),
                             aliases))
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802 - ast API
        context, text = self._message(node)
        if context and text is not None:
            numerus = len(node.args) >= 3 or any(k.arg == "n" for k in node.keywords)
            self.found.append(Found(self.file, node.lineno, context, text, numerus))
        self.generic_visit(node)

    def _message(self, node: ast.Call) -> tuple[str | None, str | None]:
        func, args = node.func, node.args
        if isinstance(func, ast.Name) and func.id in self.noops and len(args) >= 2:
            return _text(args[0], {}), _text(args[1], self.constants)
        if isinstance(func, ast.Name) and func.id in self.helpers and args:
            return self.helpers[func.id], _text(args[0], self.constants)
        if isinstance(func, ast.Attribute) and func.attr == "translate" and len(args) >= 2:
            return _text(args[0], {}), _text(args[1], self.constants)
        if isinstance(func, ast.Attribute) and func.attr == "tr" and args and self.classes:
            return self._owner(func.value), _text(args[0], self.constants)
        if isinstance(func, ast.Name) and self.classes and func.id in self.classes[-1][3] \
                and args:
            return self._owner(ast.Name("self")), _text(args[0], self.constants)
        return None, None

    def _owner(self, target: ast.AST) -> str | None:
        name, context, attributes, _ = self.classes[-1]
        if isinstance(target, ast.Name) and target.id == "self":
            return context or name
        return attributes.get(ast.unparse(target))


def _subclass_contexts(trees: dict[str, ast.Module]) -> dict[str, set[str]]:
    """A model base whose ``tr`` uses ``self.context`` -> the contexts of its subclasses."""
    bases, contexts = {}, {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = [b.id for b in node.bases if isinstance(b, ast.Name)]
                contexts[node.name] = _context_attribute(node)

    def ancestors(name: str) -> set[str]:
        direct = set(bases.get(name, ()))
        return direct.union(*(ancestors(b) for b in direct)) if direct else set()

    shared: dict[str, set[str]] = {}
    for name, context in contexts.items():
        for ancestor in ancestors(name):
            if context and contexts.get(ancestor):
                shared.setdefault(contexts[ancestor], set()).add(context)
    return shared


def extract(files: list[str] | None = None) -> list[Found]:
    """Every message of ``files`` (default: ``ui/``) in the context the app uses."""
    trees = {f: ast.parse((ROOT / f).read_text(encoding="utf-8")) for f in files or sources()}
    found = []
    for file, tree in trees.items():
        visitor = _Visitor(file, tree)
        visitor.visit(tree)
        found += visitor.found
    shared = _subclass_contexts(trees)
    found += [Found(f.file, f.line, other, f.source, f.numerus)
              for f in list(found) for other in sorted(shared.get(f.context, ()))]
    return found


# -- the catalogue ----------------------------------------------------------------
def _key(message: ET.Element, context: str) -> tuple[str, str, str]:
    return context, message.findtext("source") or "", message.findtext("comment") or ""


def finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = translation.findall("numerusform")
    texts = [f.text for f in forms] if forms else [translation.text]
    return all((t or "").strip() for t in texts)


def saved_translations(path: Path = TS) -> dict[tuple[str, str, str], ET.Element]:
    """The finished ``<translation>`` of every message, by (context, source, comment)."""
    if not path.exists():
        return {}
    return {_key(m, c.findtext("name") or ""): copy.deepcopy(m.find("translation"))
            for c in ET.parse(path).getroot().iter("context")
            for m in c.iter("message") if finished(m)}


def _location(found: Found) -> ET.Element:
    return ET.Element("location", filename=f"../../{found.file}", line=str(found.line))


def _file_of(message: ET.Element) -> str:
    location = message.find("location")
    name = location.get("filename", "") if location is not None else ""
    return name.removeprefix("../../")


def fix_contexts(root: ET.Element, found: list[Found]) -> None:
    """Move and add messages so each sits in the context the application asks."""
    contexts = {c.findtext("name") or "": c for c in root.iter("context")}
    wanted = {(f.file, f.source): set() for f in found}
    for f in found:
        wanted[(f.file, f.source)].add(f.context)
    messages = [(name, m) for name, c in list(contexts.items()) for m in c.iter("message")]
    targets = {id(m): wanted.get((_file_of(m), m.findtext("source") or ""), {name})
               for name, m in messages}
    present = {(name, m.findtext("source")) for name, m in messages if name in targets[id(m)]}
    for name, message in messages:
        if name not in targets[id(message)]:
            contexts[name].remove(message)
        for target in sorted(targets[id(message)]):
            if (target, message.findtext("source")) not in present:
                _context(root, contexts, target).append(copy.deepcopy(message))
                present.add((target, message.findtext("source")))
    for f in found:
        if (f.context, f.source) not in present:
            _context(root, contexts, f.context).append(_new_message(f))
            present.add((f.context, f.source))
    for context in list(contexts.values()):
        if context.find("message") is None:
            root.remove(context)


def _context(root: ET.Element, contexts: dict[str, ET.Element], name: str) -> ET.Element:
    if name not in contexts:
        contexts[name] = ET.SubElement(root, "context")
        ET.SubElement(contexts[name], "name").text = name
    return contexts[name]


def _new_message(found: Found) -> ET.Element:
    message = ET.Element("message", numerus="yes") if found.numerus else ET.Element("message")
    message.append(_location(found))
    ET.SubElement(message, "source").text = found.source
    translation = ET.SubElement(message, "translation", type="unfinished")
    if found.numerus:
        ET.SubElement(translation, "numerusform")
        ET.SubElement(translation, "numerusform")
    return message


def restore(root: ET.Element, saved: dict[tuple[str, str, str], ET.Element]) -> None:
    """Give back the English of every message that had one before lupdate ran.

    A new message whose French is translated in another context gets that
    English as a suggestion, still marked unfinished for a translator to confirm.
    """
    by_source = {key[1]: translation for key, translation in saved.items()}
    for context in root.iter("context"):
        for message in context.iter("message"):
            if finished(message):
                continue
            translation = saved.get(_key(message, context.findtext("name") or ""))
            if translation is None and message.findtext("source") in by_source:
                translation = copy.deepcopy(by_source[message.findtext("source")])
                translation.set("type", "unfinished")
            if translation is not None:
                _replace_translation(message, translation)


def _replace_translation(message: ET.Element, translation: ET.Element) -> None:
    old = message.find("translation")
    position = list(message).index(old) if old is not None else len(message)
    message.insert(position, copy.deepcopy(translation))
    if old is not None:
        message.remove(old)


def _escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def _write_element(node: ET.Element, depth: int, out: list[str]) -> None:
    pad = "    " * depth
    attributes = "".join(f' {k}="{_escape(v)}"' for k, v in node.attrib.items())
    children = list(node)
    if not children and not node.text and node.tag == "location":
        out.append(f"{pad}<{node.tag}{attributes}/>\n")
    elif not children:
        out.append(f"{pad}<{node.tag}{attributes}>{_escape(node.text or '')}</{node.tag}>\n")
    else:
        out.append(f"{pad}<{node.tag}{attributes}>\n")
        for child in children:
            _write_element(child, depth + 1, out)
        out.append(f"{pad}</{node.tag}>\n")


def write(root: ET.Element, path: Path = TS) -> None:
    """The catalogue as lupdate writes it (so its next run changes little)."""
    out = [HEADER]
    for context in sorted(root.iter("context"), key=lambda c: c.findtext("name") or ""):
        out.append("<context>\n")
        for child in context:
            _write_element(child, 1, out)
        out.append("</context>\n")
    out.append("</TS>\n")
    path.write_text("".join(out), encoding="utf-8", newline="\n")


def update() -> None:
    saved = saved_translations()
    subprocess.run([_tool("pyside6-lupdate"), *sources(), "-source-language", "fr_FR",
                    "-target-language", "en_GB", "-no-obsolete", "-ts", str(TS)],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    root = ET.parse(TS).getroot()
    fix_contexts(root, extract())
    restore(root, saved)
    write(root)


def release(target: Path = QM) -> None:
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(target)],
                   cwd=ROOT, check=True)


def untranslated(path: Path = TS) -> list[tuple[str, str]]:
    """(context, source) of every message with no English text yet."""
    return [(c.findtext("name"), m.findtext("source"))
            for c in ET.parse(path).getroot().iter("context")
            for m in c.iter("message") if not finished(m)]


def misplaced(path: Path = TS) -> list[tuple[str, str]]:
    """(context, source) of messages whose context is no class or context name."""
    return [(c.findtext("name") or "", m.findtext("source"))
            for c in ET.parse(path).getroot().iter("context")
            if not (c.findtext("name") or "").isidentifier() for m in c.iter("message")]


def not_in_catalogue(path: Path = TS) -> list[tuple[str, str]]:
    """(context, source) the code asks for that the catalogue lacks (lupdate not rerun)."""
    catalogue = {(c.findtext("name"), m.findtext("source"))
                 for c in ET.parse(path).getroot().iter("context") for m in c.iter("message")}
    return sorted({(f.context, f.source) for f in extract()} - catalogue)


def main() -> int:
    sys.path.insert(0, str(ROOT))  # run as a script, ``tools`` is not importable otherwise
    from tools import catalogue  # the gettext side: command line, domain messages, PDFs

    if "--check" not in sys.argv:
        update()
        release()
        catalogue.update()
    problems = [("untranslated", m) for m in untranslated()] + \
        [("unknown context", m) for m in misplaced()] + \
        [("not in the catalogue", m) for m in not_in_catalogue()] + \
        [(kind, ("cafe.po", msgid)) for kind, msgid in catalogue.problems()]
    for kind, (context, source) in problems:
        print(f"{kind}: [{context}] {source!r}")
    print(f"{len(problems)} string(s) without an English translation")
    return 1 if problems and "--check" in sys.argv else 0


if __name__ == "__main__":
    sys.exit(main())
