"""Dataclasses to plain JSON values and back, guided by type hints.

Unknown keys are ignored and missing keys take the field default, so a
field added next year does not break this year's files (migrations in
:mod:`workshop.storage.migrations` handle renames and meaning changes).

Reading builds one converter per type once (cached), so opening a file
does not walk type hints again for every participant.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from functools import lru_cache
from typing import Any, get_args, get_origin

Converter = Callable[[Any, str], Any]


_PLAIN = (str, int, float, bool, type(None))


def to_data(obj: Any) -> Any:
    """A JSON-ready copy of a dataclass tree, independent of it.

    The save worker's snapshot is taken on the GUI thread at every edit, so
    this walks the tree by hand (field names cached per class) instead of
    ``dataclasses.asdict``, which deep-copies every leaf: about five times
    quicker on a 400-person workshop (``bench/storage.py``).
    """
    kind = type(obj)
    if kind in _PLAIN:
        return obj
    if kind is list:
        return [to_data(item) for item in obj]
    if kind is dict:
        return {key: to_data(value) for key, value in obj.items()}
    names = _field_names(kind)
    if names is None:
        raise TypeError(f"cannot store a {kind.__name__}")
    return {name: to_data(getattr(obj, name)) for name in names}


@lru_cache(maxsize=None)
def _field_names(kind: type) -> tuple[str, ...] | None:
    if not dataclasses.is_dataclass(kind):
        return None
    return tuple(f.name for f in dataclasses.fields(kind))


class SerialError(ValueError):
    """A value in the file does not have the expected shape."""


def from_data(cls: Any, data: Any, where: str = "") -> Any:
    """Build an instance of ``cls`` (a dataclass or a typed container)."""
    return converter(cls)(data, where)


@lru_cache(maxsize=None)
def converter(cls: Any) -> Converter:
    """The function that checks and converts a JSON value into ``cls``."""
    origin = get_origin(cls)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in get_args(cls) if a is not type(None)]
        inner = converter(args[0])
        return lambda data, where: None if data is None else inner(data, where)
    if origin is list:
        item = converter(get_args(cls)[0])

        def to_list(data: Any, where: str) -> list:
            _expect(data, list, where)
            return [item(v, f"{where}[{i}]") for i, v in enumerate(data)]

        return to_list
    if origin is dict:
        value = converter(get_args(cls)[1])

        def to_dict(data: Any, where: str) -> dict:
            _expect(data, dict, where)
            return {str(k): value(v, f"{where}.{k}") for k, v in data.items()}

        return to_dict
    if dataclasses.is_dataclass(cls):
        return _dataclass_converter(cls)
    return _scalar_converter(cls)


def _dataclass_converter(cls: type) -> Converter:
    hints = typing.get_type_hints(cls)
    fields = [(f.name, converter(hints[f.name])) for f in dataclasses.fields(cls)]

    def build(data: Any, where: str) -> Any:
        _expect(data, dict, where)
        kwargs = {name: convert(data[name], f"{where}.{name}")
                  for name, convert in fields if name in data}
        try:
            return cls(**kwargs)
        except TypeError as exc:  # a required field is missing
            raise SerialError(f"{where or cls.__name__}: {exc}") from exc

    return build


def _scalar_converter(cls: Any) -> Converter:
    if cls is Any:
        return lambda data, where: data

    def scalar(data: Any, where: str) -> Any:
        if cls is float and isinstance(data, int) and not isinstance(data, bool):
            return float(data)
        if cls is int and isinstance(data, bool):
            raise SerialError(f"{where}: expected a number, found {data!r}")
        _expect(data, cls, where)
        return data

    return scalar


def _expect(data: Any, cls: type, where: str) -> None:
    if not isinstance(data, cls):
        raise SerialError(f"{where}: expected {cls.__name__}, found {type(data).__name__}")
