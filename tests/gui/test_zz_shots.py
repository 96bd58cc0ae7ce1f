"""Screenshots under Xvfb (not committed)."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from cal_desktop.services import demo

OUT = "/tmp/desk/shots/"

def _grab(w, name):
    QApplication.processEvents()
    w.grab().save(OUT + name)

def test_shots(qtbot, window, ctx, shown):
    demo.generate_demo(ctx, visitors=200, months=2)
    window.showMaximized(); qtbot.wait(300)
    desk = window.show_area("desk"); desk.refresh(); qtbot.wait(200)
    _grab(window, "desk.png")
    form = desk.form
    form.ui.visitorEdit.setText("Петр")
    form.ui.followUpEdit.setText("31.02.2027")
    form.ui.outcomeCombo.setCurrentIndex(form.ui.outcomeCombo.findData("declined"))
    form.save(); qtbot.wait(200)
    _grab(window, "desk_errors.png")
    form.reset()
    view = window.show_area("settings").show_tab("settings")
    view.ui.phoneEdit.setText("12-34"); view.ui.emailEdit.setText("центр@"); view.ui.innEdit.setText("7707083894")
    view.save(); qtbot.wait(200)
    _grab(window, "settings_errors.png")
    audit = window.show_area("settings").show_tab("audit"); qtbot.wait(300)
    _grab(window, "audit.png")
