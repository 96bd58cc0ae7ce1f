# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'password_change.ui'
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

class Ui_ChangePasswordForm(object):
    def setupUi(self, changePasswordDialog):
        if not changePasswordDialog.objectName():
            changePasswordDialog.setObjectName(u"changePasswordDialog")
        changePasswordDialog.setMinimumSize(QSize(460, 0))
        self.mainLayout = QVBoxLayout(changePasswordDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.passwordIntro = QLabel(changePasswordDialog)
        self.passwordIntro.setObjectName(u"passwordIntro")
        self.passwordIntro.setWordWrap(True)

        self.mainLayout.addWidget(self.passwordIntro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.old_passwordLabel = QLabel(changePasswordDialog)
        self.old_passwordLabel.setObjectName(u"old_passwordLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.old_passwordLabel)

        self.old_passwordEdit = QLineEdit(changePasswordDialog)
        self.old_passwordEdit.setObjectName(u"old_passwordEdit")
        self.old_passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.old_passwordEdit)

        self.old_passwordErrorCell = QLabel(changePasswordDialog)
        self.old_passwordErrorCell.setObjectName(u"old_passwordErrorCell")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.old_passwordErrorCell)

        self.old_passwordError = QLabel(changePasswordDialog)
        self.old_passwordError.setObjectName(u"old_passwordError")
        self.old_passwordError.setStyleSheet(u"color: #b00020;")
        self.old_passwordError.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.old_passwordError)

        self.new_passwordLabel = QLabel(changePasswordDialog)
        self.new_passwordLabel.setObjectName(u"new_passwordLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.new_passwordLabel)

        self.new_passwordEdit = QLineEdit(changePasswordDialog)
        self.new_passwordEdit.setObjectName(u"new_passwordEdit")
        self.new_passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.new_passwordEdit)

        self.new_passwordErrorCell = QLabel(changePasswordDialog)
        self.new_passwordErrorCell.setObjectName(u"new_passwordErrorCell")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.new_passwordErrorCell)

        self.new_passwordError = QLabel(changePasswordDialog)
        self.new_passwordError.setObjectName(u"new_passwordError")
        self.new_passwordError.setStyleSheet(u"color: #b00020;")
        self.new_passwordError.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.new_passwordError)

        self.new_againLabel = QLabel(changePasswordDialog)
        self.new_againLabel.setObjectName(u"new_againLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.new_againLabel)

        self.new_againEdit = QLineEdit(changePasswordDialog)
        self.new_againEdit.setObjectName(u"new_againEdit")
        self.new_againEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.new_againEdit)

        self.new_againErrorCell = QLabel(changePasswordDialog)
        self.new_againErrorCell.setObjectName(u"new_againErrorCell")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.new_againErrorCell)

        self.new_againError = QLabel(changePasswordDialog)
        self.new_againError.setObjectName(u"new_againError")
        self.new_againError.setStyleSheet(u"color: #b00020;")
        self.new_againError.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.new_againError)


        self.mainLayout.addLayout(self.form)

        self.formError = QLabel(changePasswordDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setStyleSheet(u"color: #b00020;")
        self.formError.setWordWrap(True)

        self.mainLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(changePasswordDialog)
        self.buttonBox.setObjectName(u"buttonBox")

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.old_passwordLabel.setBuddy(self.old_passwordEdit)
        self.new_passwordLabel.setBuddy(self.new_passwordEdit)
        self.new_againLabel.setBuddy(self.new_againEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.old_passwordEdit, self.new_passwordEdit)
        QWidget.setTabOrder(self.new_passwordEdit, self.new_againEdit)

        self.retranslateUi(changePasswordDialog)

        QMetaObject.connectSlotsByName(changePasswordDialog)
    # setupUi

    def retranslateUi(self, changePasswordDialog):
        self.old_passwordLabel.setText(QCoreApplication.translate("ChangePasswordForm", u"&Current password:", None))
#if QT_CONFIG(accessibility)
        self.old_passwordEdit.setAccessibleName(QCoreApplication.translate("ChangePasswordForm", u"Current password", None))
#endif // QT_CONFIG(accessibility)
        self.new_passwordLabel.setText(QCoreApplication.translate("ChangePasswordForm", u"&New password:", None))
#if QT_CONFIG(accessibility)
        self.new_passwordEdit.setAccessibleName(QCoreApplication.translate("ChangePasswordForm", u"New password", None))
#endif // QT_CONFIG(accessibility)
        self.new_againLabel.setText(QCoreApplication.translate("ChangePasswordForm", u"New password &again:", None))
#if QT_CONFIG(accessibility)
        self.new_againEdit.setAccessibleName(QCoreApplication.translate("ChangePasswordForm", u"New password again", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("ChangePasswordForm", u"Confirm or cancel", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

