"""Limits of the template sandbox (issue 13 item 12): a centre's own form must not hang the program or
fill its memory. Jinja's sandbox already refuses private attributes and ranges over 100 000 items; here:

- sizes: repeating text (``'x' * N``), formatting to a width, ``join`` and any call with a huge number
  are refused before they run; every filter's text result and the whole output are capped;
- time: one render stops after ``RENDER_SECONDS`` even inside a loop that prints nothing (a timer
  raises an exception in the rendering thread);
- ``unsafe_constructs`` finds the same things in a template's syntax tree, so that the template check
  reports them with their line before anyone prints.
"""

from __future__ import annotations

import ctypes
import functools
import re
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from jinja2 import nodes
from jinja2.environment import Template
from jinja2.exceptions import SecurityError
from jinja2.sandbox import MAX_RANGE, SandboxedEnvironment

MAX_TEXT = 2_000_000  # characters one value, one filter result or one repetition may have
MAX_OUTPUT = 20_000_000  # characters one render may produce (a .docx form's whole XML)
MAX_NUMBER = 1_000_000  # an argument above this is a runaway (widths, counts), not a form's need
RENDER_SECONDS = 1.5
_WIDTH = re.compile(r"\d{7,}")  # a format width of a million characters or more

T = TypeVar("T")

TOO_BIG = "шаблон запрашивает слишком большой текст (более {limit} знаков)"
TOO_LONG = "заполнение шаблона заняло больше {seconds} с и остановлено (бесконечный или слишком длинный цикл)"


class RenderLimit(SecurityError):
    """A template that asked for too much text or time; the message is Russian."""


def _too_big(limit: int = MAX_TEXT) -> None:
    raise RenderLimit(TOO_BIG.format(limit=f"{limit:,}".replace(",", " ")))


def _check_text(value: Any, limit: int = MAX_TEXT) -> Any:
    if isinstance(value, (str, list, tuple)) and len(value) > limit:
        _too_big(limit)
    return value


def _limited_filter(fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> Any:
        _check_numbers(args, kwargs)
        return _check_text(fn(*args, **kwargs))

    return run


def _limited_join(fn: Callable[..., Any]) -> Callable[..., Any]:
    """``join`` builds its text in C at once: refuse by the size it would have, before it runs."""

    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> Any:
        items = next((a for a in args if isinstance(a, (list, tuple, range, str))), None)
        sep = kwargs.get("d", args[2] if len(args) > 2 else "")
        if items is not None and isinstance(sep, str) and len(items) * len(sep) > MAX_TEXT:
            _too_big()
        return _check_text(fn(*args, **kwargs))

    return run


def _check_numbers(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    for value in (*args, *kwargs.values()):
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_NUMBER:
            raise RenderLimit(
                f"в шаблоне слишком большое число ({value}); допустимо до {MAX_NUMBER:,}".replace(",", " ")
            )


class LimitedTemplate(Template):
    """Renders chunk by chunk, stopping when the output grows past ``MAX_OUTPUT``, under a time limit."""

    def render(self, *args: Any, **kwargs: Any) -> str:
        def produce() -> str:
            parts: list[str] = []
            size = 0
            for chunk in self.generate(*args, **kwargs):
                size += len(chunk)
                if size > MAX_OUTPUT:
                    _too_big(MAX_OUTPUT)
                parts.append(chunk)
            return "".join(parts)

        return run_limited(produce)


class LimitedEnvironment(SandboxedEnvironment):
    intercepted_binops = frozenset({"*", "**", "%"})

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            for text, times in ((left, right), (right, left)):
                if (
                    isinstance(text, (str, list, tuple))
                    and isinstance(times, int)
                    and len(text) * times > MAX_TEXT
                ):
                    _too_big()
        if operator == "**" and isinstance(right, int) and right > 64:
            raise RenderLimit(f"в шаблоне слишком большая степень ({right})")
        if operator == "%" and isinstance(left, str) and _WIDTH.search(left):
            _too_big()
        return _check_text(super().call_binop(context, operator, left, right))

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805 (Jinja's signature)
        _check_numbers(args, kwargs)
        # the sandbox hands out str.format wrapped (``__wrapped__`` is the bound method of the format text)
        owner = getattr(getattr(__obj, "__wrapped__", __obj), "__self__", None)
        if (
            isinstance(owner, str)
            and getattr(__obj, "__name__", "") in ("format", "format_map")
            and _WIDTH.search(owner)
        ):
            _too_big()
        return _check_text(SandboxedEnvironment.call(__self, __context, __obj, *args, **kwargs))


def limit_environment(env: LimitedEnvironment) -> LimitedEnvironment:
    """Wrap the filters with the size limits; drop globals that only make text (``lipsum``)."""
    env.template_class = LimitedTemplate
    env.globals.pop("lipsum", None)
    for name, fn in list(env.filters.items()):
        env.filters[name] = _limited_join(fn) if name == "join" else _limited_filter(fn)
    return env


class _Timeout(BaseException):
    """Raised inside the rendering thread by the timer (a BaseException: nothing in Jinja swallows it)."""


_deadlines: dict[int, float] = {}  # rendering thread -> when it must stop
_deadlines_lock = threading.Lock()
_watchdog: list[threading.Thread] = []


def _watch() -> None:
    """One daemon thread for every render: stops the renders past their deadline."""
    while True:
        time.sleep(0.05)
        now = time.monotonic()
        with _deadlines_lock:
            for thread_id, deadline in list(_deadlines.items()):
                if now > deadline:
                    del _deadlines[thread_id]
                    ctypes.pythonapi.PyThreadState_SetAsyncExc(
                        ctypes.c_ulong(thread_id), ctypes.py_object(_Timeout)
                    )


def _checkpoint() -> None:
    """A Python call: a pending stop raises here, inside run_limited, and not after it returned."""


def run_limited(produce: Callable[[], T], seconds: float = RENDER_SECONDS) -> T:
    """``produce()``, stopped with RenderLimit after ``seconds``. The watchdog injects an exception into
    this thread (checked between Python bytecodes, so even a loop that prints nothing stops)."""
    thread_id = threading.get_ident()
    with _deadlines_lock:
        if thread_id in _deadlines:  # nested (a template rendering inside one): the outer deadline rules
            nested = True
        else:
            nested = False
            _deadlines[thread_id] = time.monotonic() + seconds
            if not _watchdog:
                _watchdog.append(threading.Thread(target=_watch, name="template-watchdog", daemon=True))
                _watchdog[0].start()
    if nested:
        return produce()
    try:
        try:
            return produce()
        finally:
            with _deadlines_lock:
                _deadlines.pop(thread_id, None)
            _checkpoint()
    except _Timeout:
        raise RenderLimit(TOO_LONG.format(seconds=f"{seconds:g}".replace(".", ","))) from None


# ------------------------------------------------------------------------------------ the static check


def _const_int(node: nodes.Node) -> int | None:
    if isinstance(node, nodes.Const) and isinstance(node.value, int) and not isinstance(node.value, bool):
        return int(node.value)
    if isinstance(node, nodes.Neg):
        inner = _const_int(node.node)
        return -inner if inner is not None else None
    return None


def _range_size(call: nodes.Call) -> int | None:
    values = [_const_int(a) for a in call.args]
    if not values or any(v is None for v in values):
        return None
    try:
        return len(range(*values))  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return None


def unsafe_constructs(ast: nodes.Template) -> Iterator[tuple[int, str]]:
    """(line, problem) for what the sandbox or the limits would refuse when the template is filled."""
    for node in ast.find_all((nodes.Getattr, nodes.Getitem, nodes.Call, nodes.Mul, nodes.Pow, nodes.Include,
                              nodes.Import, nodes.FromImport, nodes.Extends)):  # fmt: skip
        line = node.lineno or 1
        if isinstance(node, nodes.Getattr) and node.attr.startswith("_"):
            yield line, f"недопустимое обращение к «{node.attr}» (служебные имена закрыты)"
        elif (
            isinstance(node, nodes.Getitem)
            and isinstance(node.arg, nodes.Const)
            and str(node.arg.value).startswith("_")
        ):
            yield line, f"недопустимое обращение к «{node.arg.value}» (служебные имена закрыты)"
        elif isinstance(node, nodes.Call):
            yield from _call_problems(node, line)
        elif isinstance(node, nodes.Mul):
            n = next((v for v in (_const_int(node.left), _const_int(node.right)) if v is not None), None)
            if n is not None and n > MAX_NUMBER:
                yield line, f"повторение текста {n} раз — слишком большой текст"
        elif isinstance(node, nodes.Pow):
            n = _const_int(node.right)
            if n is not None and n > 64:
                yield line, f"слишком большая степень ({n})"
        elif isinstance(node, (nodes.Include, nodes.Import, nodes.FromImport, nodes.Extends)):
            yield line, "подключение других шаблонов (include, import, extends) не поддерживается"


def _call_problems(node: nodes.Call, line: int) -> Iterator[tuple[int, str]]:
    name = node.node.name if isinstance(node.node, nodes.Name) else None
    if name == "range":
        size = _range_size(node)
        if size is not None and size > MAX_RANGE:
            yield line, f"range на {size} элементов: допустимо не более {MAX_RANGE}"
    elif name == "lipsum":
        yield line, "lipsum недоступен в шаблонах"
    for arg in (*node.args, *(k.value for k in node.kwargs)):
        n = _const_int(arg)
        if n is not None and abs(n) > MAX_NUMBER and name != "range":
            yield line, f"слишком большое число ({n}) в вызове"


__all__ = ["MAX_OUTPUT", "RENDER_SECONDS", "LimitedEnvironment", "RenderLimit", "limit_environment", "run_limited",
           "unsafe_constructs"]  # fmt: skip
