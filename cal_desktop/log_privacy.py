"""The log file holds no person's data (152-FZ): it is readable by its owner only, and every line is
masked before it is written — names (every capitalised Cyrillic word), phone numbers, e-mail addresses, street addresses, quoted values
(an import row's cells in an error message) and the parameters SQLAlchemy prints with a failed
statement. Tracebacks are masked too. What remains is enough to find a fault: the place in the code,
the kind of error, the SQL without its values.

The GUI's logging set-up (``gui/app.py``) calls :func:`protect` on its file handler.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
from pathlib import Path

OWNER_ONLY = 0o600
MASK = "***"

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # a server's password: in a database URL («postgresql+psycopg://cal:secret@host») or a libpq
    # connection string («password=secret»)
    (re.compile(r"(://[^:/@\s]*):[^@\s]*@"), rf"\1:{MASK}@"),
    (re.compile(r"(?i)\b(password|passwd|pwd)\s*=\s*('[^']*'|\S+)"), rf"\1={MASK}"),
    # the values SQLAlchemy appends to a failed statement: «[parameters: ('Иванов', '+7912…')]»
    (re.compile(r"\[parameters: [^\n]*\]"), f"[parameters: {MASK}]"),
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), MASK),  # e-mail
    # phone numbers: +7 / 8 and ten digits in any usual spelling, or any «+» and 8 or more digits
    (re.compile(r"(?<![\w+])(?:\+7|8|7)[\s(-]*\d{3}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2}(?!\d)"), MASK),
    (re.compile(r"\+\d[\d\s()-]{7,}\d"), MASK),
    # quoted values with letters of a name (an import row's cells, a repr in a traceback)
    (re.compile(r"«[^»\n]*»"), f"«{MASK}»"),
    (re.compile(r"'[^'\n]*[А-Яа-яЁё][^'\n]*'"), f"'{MASK}'"),
    (re.compile(r'"[^"\n]*[А-Яа-яЁё][^"\n]*"'), f'"{MASK}"'),
    # a street address: «ул. Ленина, д. 5, кв. 3»
    (
        re.compile(
            r"(?i)(?<![а-яё])(?:ул|улица|пр-т|просп|проспект|пер|переулок|ш|шоссе|пл|площадь|б-р|бульвар|"
            r"наб|набережная|мкр|д|дом|кв|квартира|корп|стр)\.?\s+[^\s,;]+(?:[ \t]+[^\s,;]+)?"
        ),
        MASK,
    ),
    # any capitalised Cyrillic word may be a name («Иванов», «Анна»): masked, even at the start of a
    # sentence (the log loses a little Russian wording, never a person's name); tracebacks are English
    (re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*"), MASK),
)


def mask(text: str) -> str:
    """``text`` with every piece that may be a person's data replaced by «***»."""
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class PersonalDataFilter(logging.Filter):
    """Masks a record's message and traceback before a handler writes it."""

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = mask(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask(record.exc_text)
        if record.stack_info:
            record.stack_info = mask(record.stack_info)
        return True


def restrict(path: Path) -> None:
    """Readable by its owner only (POSIX; Windows keeps a user's profile private anyway)."""
    if os.name == "posix":
        if not path.exists():
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, OWNER_ONLY))
        os.chmod(path, OWNER_ONLY)


def protect(handler: logging.FileHandler) -> None:
    """Make a log file handler safe: its file (and every rotated one) 0600, every record masked."""
    path = Path(handler.baseFilename)
    restrict(path)
    handler.addFilter(PersonalDataFilter())
    if isinstance(handler, logging.handlers.RotatingFileHandler):

        def rotate(source: str, dest: str) -> None:
            os.replace(source, dest)
            restrict(path)  # the new file is opened in append mode: created here with 0600 first

        handler.rotator = rotate
