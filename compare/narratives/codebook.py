"""Read a codebook file (YAML, or CSV with one row per narrative) into checked entries.

YAML::

    codebook: sample            # optional: the codebook's name (default: the file name stem)
    version: 2                  # optional, free text
    narratives:                 # or the list of entries alone
      - id: partners
        label: Valdoria seeks partners in Europe
        description: Valdoria is open to cooperation and partnership with Europe.
        examples: [We remain partners of the European Union.]
        counter_examples: [We have no relations with the EU.]      # optional
        speakers: [Pavel Sedov]                                    # optional hints
        outlets: [VTV]                                             # optional hints

CSV: a header ``id,label,description,examples,counter_examples,speakers,outlets`` (the last four
optional); list cells hold their items separated by ``|``.

Every problem is an ``InputError`` naming the file and the line, raised before anything is
written, so a bad file never leaves a codebook half-imported.
"""

from __future__ import annotations

import csv
import difflib
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from compare.errors import InputError
from compare.hashing import digest

LIST_FIELDS = ("examples", "counter_examples", "speakers", "outlets")
TEXT_FIELDS = ("id", "label", "description")
FIELDS = TEXT_FIELDS + LIST_FIELDS
_ALIASES = {"counter-examples": "counter_examples", "counterexamples": "counter_examples",
            "speaker_hints": "speakers", "outlet_hints": "outlets", "name": "label"}
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]*$")
_CSV_SEPARATOR = "|"


@dataclass(frozen=True)
class Entry:
    """One narrative of a codebook, as written (hints included)."""

    narrative_id: str
    label: str
    description: str
    examples: tuple[str, ...] = ()
    counter_examples: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    line: int | None = None

    @property
    def entry_hash(self) -> str:
        """Changes with any field that scoring reads (not with the line it sits on)."""
        return digest(self.narrative_id, self.label, self.description, *self.examples, "|",
                      *self.counter_examples, "|", *self.speakers, "|", *self.outlets)


@dataclass(frozen=True)
class Codebook:
    codebook_id: str
    path: str
    version: str | None
    entries: tuple[Entry, ...] = field(default_factory=tuple)

    @property
    def content_hash(self) -> str:
        return digest(self.codebook_id, self.version, *(e.entry_hash for e in self.entries))


def read_codebook(path: str | Path) -> Codebook:
    """The checked codebook in ``path`` (.yaml/.yml or .csv)."""
    path = Path(path)
    if not path.is_file():
        raise InputError(path, "no such codebook file", hint="give a .yaml or .csv codebook")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not UTF-8 text (byte {exc.start})",
                         hint="save the codebook as UTF-8") from None
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        name, version, raw = _from_yaml(path, text)
    elif suffix == ".csv":
        name, version, raw = None, None, _from_csv(path, text)
    else:
        raise InputError(path, f"unknown codebook format {suffix or '(no extension)'!r}",
                         hint="use .yaml, .yml or .csv")
    entries = _checked(path, raw)
    return Codebook(codebook_id=name or path.stem, path=str(path), version=version,
                    entries=tuple(entries))


# --- YAML ---------------------------------------------------------------------------------


def _from_yaml(path: Path, text: str) -> tuple[str | None, str | None, list[tuple[int, dict]]]:
    """(name, version, [(line, {field: value})]) from the YAML node tree, so that every entry
    and field keeps its line."""
    import yaml

    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(path, f"malformed YAML: {problem}",
                         line=mark.line + 1 if mark else None) from None
    if root is None:
        raise InputError(path, "empty codebook", hint="list the narratives under `narratives:`")
    name = version = None
    items = root
    if isinstance(root, yaml.MappingNode):
        top = {}
        for key, value in root.value:
            top[_scalar(path, key)] = value
        unknown = set(top) - {"codebook", "version", "narratives"}
        if unknown:
            key = sorted(unknown)[0]
            raise InputError(path, f"unknown key {key!r}", line=_line(root, key),
                             hint="the top level holds codebook, version and narratives")
        if "narratives" not in top:
            raise InputError(path, "no `narratives:` list", line=root.start_mark.line + 1)
        name = _scalar(path, top["codebook"]) if "codebook" in top else None
        version = _scalar(path, top["version"]) if "version" in top else None
        items = top["narratives"]
    if not isinstance(items, yaml.SequenceNode):
        raise InputError(path, "`narratives` must be a list of entries",
                         line=items.start_mark.line + 1)
    raw = []
    for node in items.value:
        if not isinstance(node, yaml.MappingNode):
            raise InputError(path, "each narrative must be a mapping (id, label, description, ...)",
                             line=node.start_mark.line + 1)
        entry: dict = {}
        for key_node, value_node in node.value:
            key = _field(path, _scalar(path, key_node), key_node.start_mark.line + 1)
            if key in LIST_FIELDS:
                entry[key] = _string_list(path, value_node)
            else:
                entry[key] = _scalar(path, value_node)
        raw.append((node.start_mark.line + 1, entry))
    return (name or None), (version or None), raw


def _scalar(path: Path, node) -> str:
    import yaml

    if not isinstance(node, yaml.ScalarNode):
        raise InputError(path, "expected a single value, found a list or mapping",
                         line=node.start_mark.line + 1)
    return str(node.value).strip()


def _string_list(path: Path, node) -> list[str]:
    import yaml

    if isinstance(node, yaml.ScalarNode):
        return [node.value.strip()] if node.value.strip() else []
    if not isinstance(node, yaml.SequenceNode):
        raise InputError(path, "expected a list of statements", line=node.start_mark.line + 1)
    return [_scalar(path, item) for item in node.value if _scalar(path, item)]


def _line(node, key: str) -> int:
    for key_node, _ in node.value:
        if str(key_node.value).strip() == key:
            return key_node.start_mark.line + 1
    return node.start_mark.line + 1


def _field(path: Path, key: str, line: int) -> str:
    key = _ALIASES.get(key.lower(), key.lower())
    if key not in FIELDS:
        close = [f for f in FIELDS if f.startswith(key)] or difflib.get_close_matches(key, FIELDS,
                                                                                     n=1)
        hint = f"did you mean {close[0]}?" if close else f"known fields: {', '.join(FIELDS)}"
        raise InputError(path, f"unknown field {key!r}", line=line, hint=hint)
    return key


# --- CSV ----------------------------------------------------------------------------------


def _from_csv(path: Path, text: str) -> list[tuple[int, dict]]:
    reader = csv.reader(io.StringIO(text))
    try:
        header = next(reader)
    except StopIteration:
        raise InputError(path, "empty codebook", hint="the header is "
                         "id,label,description,examples,counter_examples,speakers,outlets") from None
    except csv.Error as exc:
        raise InputError(path, f"malformed CSV: {exc}", line=1) from None
    columns = [_field(path, h.strip(), 1) for h in header]
    raw = []
    try:
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) > len(columns):
                raise InputError(path, f"{len(row)} cells for {len(columns)} columns", line=line,
                                 hint="quote cells that contain commas")
            entry: dict = {}
            for key, cell in zip(columns, row):
                if key in LIST_FIELDS:
                    entry[key] = [p.strip() for p in cell.split(_CSV_SEPARATOR) if p.strip()]
                else:
                    entry[key] = cell.strip()
            raw.append((line, entry))
    except csv.Error as exc:
        raise InputError(path, f"malformed CSV: {exc}", line=reader.line_num) from None
    return raw


# --- checks -------------------------------------------------------------------------------


def _checked(path: Path, raw: list[tuple[int, dict]]) -> list[Entry]:
    if not raw:
        raise InputError(path, "the codebook has no narratives")
    seen: dict[str, int] = {}
    entries = []
    for line, item in raw:
        for key in TEXT_FIELDS:
            if not item.get(key):
                raise InputError(path, f"narrative without {'an id' if key == 'id' else 'a ' + key}",
                                 line=line, hint="every entry needs id, label and description")
        nid = item["id"]
        if not _ID.match(nid):
            raise InputError(path, f"narrative id {nid!r} has spaces or odd characters", line=line,
                             hint="use letters, digits, '-', '_', '.' or ':'")
        if nid in seen:
            raise InputError(path, f"narrative id {nid!r} appears twice (first on line "
                             f"{seen[nid]})", line=line)
        seen[nid] = line
        entries.append(Entry(narrative_id=nid, label=item["label"],
                             description=item["description"],
                             **{k: tuple(item.get(k) or ()) for k in LIST_FIELDS}, line=line))
    return entries
