# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'appeal_forwarding.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_AppealForwardingForm(object):
    def setupUi(self, forwardingDialog):
        if not forwardingDialog.objectName():
            forwardingDialog.setObjectName(u"forwardingDialog")
        self.layout = QVBoxLayout(forwardingDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.forwarded_to_idLabel = QLabel(forwardingDialog)
        self.forwarded_to_idLabel.setObjectName(u"forwarded_to_idLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.forwarded_to_idLabel)

        self.forwarded_to_idHolder = QWidget(forwardingDialog)
        self.forwarded_to_idHolder.setObjectName(u"forwarded_to_idHolder")
        self.forwarded_to_idColumn = QVBoxLayout(self.forwarded_to_idHolder)
        self.forwarded_to_idColumn.setObjectName(u"forwarded_to_idColumn")
        self.forwarded_to_idColumn.setContentsMargins(0, 0, 0, 0)
        self.forwardedToCombo = QComboBox(self.forwarded_to_idHolder)
        self.forwardedToCombo.setObjectName(u"forwardedToCombo")

        self.forwarded_to_idColumn.addWidget(self.forwardedToCombo)

        self.forwarded_to_idError = QLabel(self.forwarded_to_idHolder)
        self.forwarded_to_idError.setObjectName(u"forwarded_to_idError")

        self.forwarded_to_idColumn.addWidget(self.forwarded_to_idError)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.forwarded_to_idHolder)

        self.forwarded_dateLabel = QLabel(forwardingDialog)
        self.forwarded_dateLabel.setObjectName(u"forwarded_dateLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.forwarded_dateLabel)

        self.forwarded_dateHolder = QWidget(forwardingDialog)
        self.forwarded_dateHolder.setObjectName(u"forwarded_dateHolder")
        self.forwarded_dateColumn = QVBoxLayout(self.forwarded_dateHolder)
        self.forwarded_dateColumn.setObjectName(u"forwarded_dateColumn")
        self.forwarded_dateColumn.setContentsMargins(0, 0, 0, 0)
        self.forwardedDateEdit = QDateEdit(self.forwarded_dateHolder)
        self.forwardedDateEdit.setObjectName(u"forwardedDateEdit")

        self.forwarded_dateColumn.addWidget(self.forwardedDateEdit)

        self.forwarded_dateError = QLabel(self.forwarded_dateHolder)
        self.forwarded_dateError.setObjectName(u"forwarded_dateError")

        self.forwarded_dateColumn.addWidget(self.forwarded_dateError)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.forwarded_dateHolder)

        self.forwardingHint = QLabel(forwardingDialog)
        self.forwardingHint.setObjectName(u"forwardingHint")
        self.forwardingHint.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.forwardingHint)


        self.layout.addLayout(self.form)

        self.formError = QLabel(forwardingDialog)
        self.formError.setObjectName(u"formError")

        self.layout.addWidget(self.formError)

        self.dialogButtons = QDialogButtonBox(forwardingDialog)
        self.dialogButtons.setObjectName(u"dialogButtons")
        self.dialogButtons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.dialogButtons)

#if QT_CONFIG(shortcut)
        self.forwarded_to_idLabel.setBuddy(self.forwardedToCombo)
        self.forwarded_dateLabel.setBuddy(self.forwardedDateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.forwardedToCombo, self.forwardedDateEdit)
        QWidget.setTabOrder(self.forwardedDateEdit, self.dialogButtons)

        self.retranslateUi(forwardingDialog)

        QMetaObject.connectSlotsByName(forwardingDialog)
    # setupUi

    def retranslateUi(self, forwardingDialog):
        forwardingDialog.setWindowTitle(QCoreApplication.translate("AppealForwardingForm", u"Forwarding of appeal", None))
        self.forwarded_to_idLabel.setText(QCoreApplication.translate("AppealForwardingForm", u"&Forwarded to:", None))
#if QT_CONFIG(accessibility)
        self.forwardedToCombo.setAccessibleName(QCoreApplication.translate("AppealForwardingForm", u"New addressee", None))
#endif // QT_CONFIG(accessibility)
        self.forwarded_dateLabel.setText(QCoreApplication.translate("AppealForwardingForm", u"Forwarding &date:", None))
#if QT_CONFIG(accessibility)
        self.forwardedDateEdit.setAccessibleName(QCoreApplication.translate("AppealForwardingForm", u"Forwarding date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.forwardingHint.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.forwardingHint.setText(QCoreApplication.translate("AppealForwardingForm", u"The answer is then due 30 days after the new body registers it (estimated: forwarding date + 3).", None))
#if QT_CONFIG(accessibility)
        self.dialogButtons.setAccessibleName(QCoreApplication.translate("AppealForwardingForm", u"OK or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

