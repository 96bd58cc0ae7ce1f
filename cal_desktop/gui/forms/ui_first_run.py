# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_FirstRunForm(object):
    def setupUi(self, firstRunDialog):
        if not firstRunDialog.objectName():
            firstRunDialog.setObjectName(u"firstRunDialog")
        firstRunDialog.setMinimumSize(QSize(520, 0))
        self.mainLayout = QVBoxLayout(firstRunDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.firstRunIntro = QLabel(firstRunDialog)
        self.firstRunIntro.setObjectName(u"firstRunIntro")
        self.firstRunIntro.setWordWrap(True)

        self.mainLayout.addWidget(self.firstRunIntro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameEditLabel = QLabel(firstRunDialog)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameEdit = QLineEdit(firstRunDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.display_nameErrorCell = QLabel(firstRunDialog)
        self.display_nameErrorCell.setObjectName(u"display_nameErrorCell")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.display_nameErrorCell)

        self.display_nameError = QLabel(firstRunDialog)
        self.display_nameError.setObjectName(u"display_nameError")
        self.display_nameError.setStyleSheet(u"color: #b00020;")
        self.display_nameError.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.display_nameError)

        self.positionEditLabel = QLabel(firstRunDialog)
        self.positionEditLabel.setObjectName(u"positionEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.positionEditLabel)

        self.positionEdit = QLineEdit(firstRunDialog)
        self.positionEdit.setObjectName(u"positionEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.positionEdit)

        self.positionErrorCell = QLabel(firstRunDialog)
        self.positionErrorCell.setObjectName(u"positionErrorCell")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.positionErrorCell)

        self.positionError = QLabel(firstRunDialog)
        self.positionError.setObjectName(u"positionError")
        self.positionError.setStyleSheet(u"color: #b00020;")
        self.positionError.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.positionError)

        self.phoneEditLabel = QLabel(firstRunDialog)
        self.phoneEditLabel.setObjectName(u"phoneEditLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneEditLabel)

        self.phoneEdit = QLineEdit(firstRunDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.phoneErrorCell = QLabel(firstRunDialog)
        self.phoneErrorCell.setObjectName(u"phoneErrorCell")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phoneErrorCell)

        self.phoneError = QLabel(firstRunDialog)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setStyleSheet(u"color: #b00020;")
        self.phoneError.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phoneError)

        self.loginEditLabel = QLabel(firstRunDialog)
        self.loginEditLabel.setObjectName(u"loginEditLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.loginEditLabel)

        self.loginEdit = QLineEdit(firstRunDialog)
        self.loginEdit.setObjectName(u"loginEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.loginEdit)

        self.loginErrorCell = QLabel(firstRunDialog)
        self.loginErrorCell.setObjectName(u"loginErrorCell")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.loginErrorCell)

        self.loginError = QLabel(firstRunDialog)
        self.loginError.setObjectName(u"loginError")
        self.loginError.setStyleSheet(u"color: #b00020;")
        self.loginError.setWordWrap(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.loginError)

        self.passwordEditLabel = QLabel(firstRunDialog)
        self.passwordEditLabel.setObjectName(u"passwordEditLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.passwordEditLabel)

        self.passwordEdit = QLineEdit(firstRunDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.passwordErrorCell = QLabel(firstRunDialog)
        self.passwordErrorCell.setObjectName(u"passwordErrorCell")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.passwordErrorCell)

        self.passwordError = QLabel(firstRunDialog)
        self.passwordError.setObjectName(u"passwordError")
        self.passwordError.setStyleSheet(u"color: #b00020;")
        self.passwordError.setWordWrap(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.passwordError)

        self.passwordAgainEditLabel = QLabel(firstRunDialog)
        self.passwordAgainEditLabel.setObjectName(u"passwordAgainEditLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.passwordAgainEditLabel)

        self.passwordAgainEdit = QLineEdit(firstRunDialog)
        self.passwordAgainEdit.setObjectName(u"passwordAgainEdit")
        self.passwordAgainEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.passwordAgainEdit)

        self.password_againErrorCell = QLabel(firstRunDialog)
        self.password_againErrorCell.setObjectName(u"password_againErrorCell")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.password_againErrorCell)

        self.password_againError = QLabel(firstRunDialog)
        self.password_againError.setObjectName(u"password_againError")
        self.password_againError.setStyleSheet(u"color: #b00020;")
        self.password_againError.setWordWrap(True)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.password_againError)


        self.mainLayout.addLayout(self.form)

        self.formError = QLabel(firstRunDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setStyleSheet(u"color: #b00020;")
        self.formError.setWordWrap(True)

        self.mainLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(firstRunDialog)
        self.buttonBox.setObjectName(u"buttonBox")

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.positionEditLabel.setBuddy(self.positionEdit)
        self.phoneEditLabel.setBuddy(self.phoneEdit)
        self.loginEditLabel.setBuddy(self.loginEdit)
        self.passwordEditLabel.setBuddy(self.passwordEdit)
        self.passwordAgainEditLabel.setBuddy(self.passwordAgainEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.positionEdit)
        QWidget.setTabOrder(self.positionEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.loginEdit)
        QWidget.setTabOrder(self.loginEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.passwordAgainEdit)

        self.retranslateUi(firstRunDialog)

        QMetaObject.connectSlotsByName(firstRunDialog)
    # setupUi

    def retranslateUi(self, firstRunDialog):
        firstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunForm", u"First start: the administrator", None))
#if QT_CONFIG(accessibility)
        firstRunDialog.setAccessibleName(QCoreApplication.translate("FirstRunForm", u"First start: the administrator", None))
#endif // QT_CONFIG(accessibility)
        self.firstRunIntro.setText(QCoreApplication.translate("FirstRunForm", u"Welcome! The program keeps residents' personal data, so everyone signs in with a password. Create the administrator's account first: the administrator adds the other staff members later.", None))
        self.nameEditLabel.setText(QCoreApplication.translate("FirstRunForm", u"&Full name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("FirstRunForm", u"Full name", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("FirstRunForm", u"Surname First name Patronymic", None))
        self.positionEditLabel.setText(QCoreApplication.translate("FirstRunForm", u"P&osition:", None))
#if QT_CONFIG(accessibility)
        self.positionEdit.setAccessibleName(QCoreApplication.translate("FirstRunForm", u"Position", None))
#endif // QT_CONFIG(accessibility)
        self.phoneEditLabel.setText(QCoreApplication.translate("FirstRunForm", u"P&hone:", None))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("FirstRunForm", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.loginEditLabel.setText(QCoreApplication.translate("FirstRunForm", u"&User name:", None))
#if QT_CONFIG(accessibility)
        self.loginEdit.setAccessibleName(QCoreApplication.translate("FirstRunForm", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.passwordEditLabel.setText(QCoreApplication.translate("FirstRunForm", u"&Password:", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("FirstRunForm", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("FirstRunForm", u"at least 8 characters, letters and digits", None))
        self.passwordAgainEditLabel.setText(QCoreApplication.translate("FirstRunForm", u"Password &again:", None))
#if QT_CONFIG(accessibility)
        self.passwordAgainEdit.setAccessibleName(QCoreApplication.translate("FirstRunForm", u"Password again", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("FirstRunForm", u"Confirm or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

