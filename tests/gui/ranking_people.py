"""The namesakes of the search-ranking tests (issue 11): 9 «Щербакова» and 5 «Жуков», shared by the
service tests and the desk's picker tests (this folder is on the tests' pythonpath)."""

from __future__ import annotations

SHCHERBAKOVA = [
    ("Анна", "Евгеньевна"),  # Е starts only her patronymic
    ("Валентина", "Николаевна"),
    ("Елена", "Геннадьевна"),
    ("Ирина", "Петровна"),
    ("Мария", "Сергеевна"),
    ("Наталья", "Дмитриевна"),
    ("Ольга", "Ивановна"),
    ("Татьяна", "Олеговна"),
    ("Юлия", "Андреевна"),
]
ZHUKOV = [
    ("Антон", "Тимофеевич"),  # «ти» starts the patronymic
    ("Дмитрий", "Олегович"),
    ("Иван", "Константинович"),  # «ти» inside the patronymic
    ("Пётр", "Иванович"),
    ("Тимур", "Русланович"),  # «ти» starts the first name
]


def add_people(ctx, visitors, VisitorInput) -> dict[str, int]:  # type: ignore[no-untyped-def]  # noqa: N803
    """Create them (phones +7 964 100-00-NN and +7 912 200-00-NN); ids by first name."""
    ids = {}
    for n, (first, middle) in enumerate(SHCHERBAKOVA):
        data = VisitorInput("Щербакова", first, middle, phone=f"+7 964 100 00 {n:02d}", email=f"s{n}@mail.ru")
        ids[first] = visitors.create_visitor(ctx, data).id
    for n, (first, middle) in enumerate(ZHUKOV):
        ids[first] = visitors.create_visitor(
            ctx, VisitorInput("Жуков", first, middle, phone=f"+7 912 200 00 {n:02d}")
        ).id
    return ids
