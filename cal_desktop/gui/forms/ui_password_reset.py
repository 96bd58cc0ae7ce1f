# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'password_reset.ui'
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

class Ui_ResetPasswordForm(object):
    def setupUi(self, resetPasswordDialog):
        if not resetPasswordDialog.objectName():
            resetPasswordDialog.setObjectName(u"resetPasswordDialog")
        resetPasswordDialog.setMinimumSize(QSize(460, 0))
        self.mainLayout = QVBoxLayout(resetPasswordDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.passwordIntro = QLabel(resetPasswordDialog)
        self.passwordIntro.setObjectName(u"passwordIntro")
        self.passwordIntro.setWordWrap(True)

        self.mainLayout.addWidget(self.passwordIntro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.passwordLabel = QLabel(resetPasswordDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(resetPasswordDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.passwordErrorCell = QLabel(resetPasswordDialog)
        self.passwordErrorCell.setObjectName(u"passwordErrorCell")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordErrorCell)

        self.passwordError = QLabel(resetPasswordDialog)
        self.passwordError.setObjectName(u"passwordError")
        self.passwordError.setStyleSheet(u"color: #b00020;")
        self.passwordError.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordError)

        self.new_againLabel = QLabel(resetPasswordDialog)
        self.new_againLabel.setObjectName(u"new_againLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.new_againLabel)

        self.new_againEdit = QLineEdit(resetPasswordDialog)
        self.new_againEdit.setObjectName(u"new_againEdit")
        self.new_againEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.new_againEdit)

        self.new_againErrorCell = QLabel(resetPasswordDialog)
        self.new_againErrorCell.setObjectName(u"new_againErrorCell")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.new_againErrorCell)

        self.new_againError = QLabel(resetPasswordDialog)
        self.new_againError.setObjectName(u"new_againError")
        self.new_againError.setStyleSheet(u"color: #b00020;")
        self.new_againError.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.new_againError)


        self.mainLayout.addLayout(self.form)

        self.formError = QLabel(resetPasswordDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setStyleSheet(u"color: #b00020;")
        self.formError.setWordWrap(True)

        self.mainLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(resetPasswordDialog)
        self.buttonBox.setObjectName(u"buttonBox")

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.new_againLabel.setBuddy(self.new_againEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passwordEdit, self.new_againEdit)

        self.retranslateUi(resetPasswordDialog)

        QMetaObject.connectSlotsByName(resetPasswordDialog)
    # setupUi

    def retranslateUi(self, resetPasswordDialog):
        self.passwordLabel.setText(QCoreApplication.translate("ResetPasswordForm", u"&Temporary password:", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("ResetPasswordForm", u"Temporary password", None))
#endif // QT_CONFIG(accessibility)
        self.new_againLabel.setText(QCoreApplication.translate("ResetPasswordForm", u"Password &again:", None))
#if QT_CONFIG(accessibility)
        self.new_againEdit.setAccessibleName(QCoreApplication.translate("ResetPasswordForm", u"Password again", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("ResetPasswordForm", u"Confirm or cancel", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

