# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'appeal_registration.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_AppealRegistrationForm(object):
    def setupUi(self, registrationDialog):
        if not registrationDialog.objectName():
            registrationDialog.setObjectName(u"registrationDialog")
        self.layout = QVBoxLayout(registrationDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.registration_numberLabel = QLabel(registrationDialog)
        self.registration_numberLabel.setObjectName(u"registration_numberLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.registration_numberLabel)

        self.registration_numberHolder = QWidget(registrationDialog)
        self.registration_numberHolder.setObjectName(u"registration_numberHolder")
        self.registration_numberColumn = QVBoxLayout(self.registration_numberHolder)
        self.registration_numberColumn.setObjectName(u"registration_numberColumn")
        self.registration_numberColumn.setContentsMargins(0, 0, 0, 0)
        self.registrationNumberEdit = QLineEdit(self.registration_numberHolder)
        self.registrationNumberEdit.setObjectName(u"registrationNumberEdit")

        self.registration_numberColumn.addWidget(self.registrationNumberEdit)

        self.registration_numberError = QLabel(self.registration_numberHolder)
        self.registration_numberError.setObjectName(u"registration_numberError")

        self.registration_numberColumn.addWidget(self.registration_numberError)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.registration_numberHolder)

        self.registration_dateLabel = QLabel(registrationDialog)
        self.registration_dateLabel.setObjectName(u"registration_dateLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.registration_dateLabel)

        self.registration_dateHolder = QWidget(registrationDialog)
        self.registration_dateHolder.setObjectName(u"registration_dateHolder")
        self.registration_dateColumn = QVBoxLayout(self.registration_dateHolder)
        self.registration_dateColumn.setObjectName(u"registration_dateColumn")
        self.registration_dateColumn.setContentsMargins(0, 0, 0, 0)
        self.registrationDateEdit = QDateEdit(self.registration_dateHolder)
        self.registrationDateEdit.setObjectName(u"registrationDateEdit")

        self.registration_dateColumn.addWidget(self.registrationDateEdit)

        self.registration_dateError = QLabel(self.registration_dateHolder)
        self.registration_dateError.setObjectName(u"registration_dateError")

        self.registration_dateColumn.addWidget(self.registration_dateError)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.registration_dateHolder)


        self.layout.addLayout(self.form)

        self.formError = QLabel(registrationDialog)
        self.formError.setObjectName(u"formError")

        self.layout.addWidget(self.formError)

        self.dialogButtons = QDialogButtonBox(registrationDialog)
        self.dialogButtons.setObjectName(u"dialogButtons")
        self.dialogButtons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.dialogButtons)

#if QT_CONFIG(shortcut)
        self.registration_numberLabel.setBuddy(self.registrationNumberEdit)
        self.registration_dateLabel.setBuddy(self.registrationDateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.registrationNumberEdit, self.registrationDateEdit)
        QWidget.setTabOrder(self.registrationDateEdit, self.dialogButtons)

        self.retranslateUi(registrationDialog)

        QMetaObject.connectSlotsByName(registrationDialog)
    # setupUi

    def retranslateUi(self, registrationDialog):
        registrationDialog.setWindowTitle(QCoreApplication.translate("AppealRegistrationForm", u"Registration of appeal", None))
        self.registration_numberLabel.setText(QCoreApplication.translate("AppealRegistrationForm", u"Registration &number:", None))
#if QT_CONFIG(accessibility)
        self.registrationNumberEdit.setAccessibleName(QCoreApplication.translate("AppealRegistrationForm", u"Registration number", None))
#endif // QT_CONFIG(accessibility)
        self.registration_dateLabel.setText(QCoreApplication.translate("AppealRegistrationForm", u"Registration &date:", None))
#if QT_CONFIG(accessibility)
        self.registrationDateEdit.setAccessibleName(QCoreApplication.translate("AppealRegistrationForm", u"Registration date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dialogButtons.setAccessibleName(QCoreApplication.translate("AppealRegistrationForm", u"OK or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

