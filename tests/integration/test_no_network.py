"""The program sends no data anywhere (152-FZ art. 18 p. 5): its flows open no network connection."""

from __future__ import annotations

import socket

import pytest

from cal_desktop.services import backup, consultations, personal_data, visitors
from cal_desktop.services.consultations import ConsultationInput
from cal_desktop.services.visitors import VisitorInput


@pytest.fixture
def no_sockets(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network connection attempted: {args}")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_core_flows_open_no_socket(ctx, no_sockets, tmp_path) -> None:
    v = visitors.create_visitor(ctx, VisitorInput("Ёлкина", "Алёна", phone="+79123456789"))
    consultations.create_consultation(
        ctx, ConsultationInput(channel="in_person", topics=["drafting"], outcome="advised", visitor_id=v.id)
    )
    visitors.search_visitors(ctx, "елкина")
    personal_data.subject_data_json(ctx, v.id)
    backup.create_backup(ctx, tmp_path / "b.db")
