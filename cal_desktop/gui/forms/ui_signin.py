# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signin.ui'
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

class Ui_SignInForm(object):
    def setupUi(self, signInDialog):
        if not signInDialog.objectName():
            signInDialog.setObjectName(u"signInDialog")
        signInDialog.setMinimumSize(QSize(420, 0))
        self.mainLayout = QVBoxLayout(signInDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.signInIntro = QLabel(signInDialog)
        self.signInIntro.setObjectName(u"signInIntro")

        self.mainLayout.addWidget(self.signInIntro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.loginEditLabel = QLabel(signInDialog)
        self.loginEditLabel.setObjectName(u"loginEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.loginEditLabel)

        self.loginEdit = QLineEdit(signInDialog)
        self.loginEdit.setObjectName(u"loginEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.loginEdit)

        self.passwordEditLabel = QLabel(signInDialog)
        self.passwordEditLabel.setObjectName(u"passwordEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordEditLabel)

        self.passwordEdit = QLineEdit(signInDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.mainLayout.addLayout(self.form)

        self.signInError = QLabel(signInDialog)
        self.signInError.setObjectName(u"signInError")
        self.signInError.setStyleSheet(u"color: #b00020;")
        self.signInError.setWordWrap(True)

        self.mainLayout.addWidget(self.signInError)

        self.signInButtons = QDialogButtonBox(signInDialog)
        self.signInButtons.setObjectName(u"signInButtons")

        self.mainLayout.addWidget(self.signInButtons)

#if QT_CONFIG(shortcut)
        self.loginEditLabel.setBuddy(self.loginEdit)
        self.passwordEditLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.loginEdit, self.passwordEdit)

        self.retranslateUi(signInDialog)

        QMetaObject.connectSlotsByName(signInDialog)
    # setupUi

    def retranslateUi(self, signInDialog):
        signInDialog.setWindowTitle(QCoreApplication.translate("SignInForm", u"CAL Desktop: sign in", None))
#if QT_CONFIG(accessibility)
        signInDialog.setAccessibleName(QCoreApplication.translate("SignInForm", u"Sign in", None))
#endif // QT_CONFIG(accessibility)
        self.signInIntro.setText(QCoreApplication.translate("SignInForm", u"Enter your user name and password.", None))
        self.loginEditLabel.setText(QCoreApplication.translate("SignInForm", u"&User name:", None))
#if QT_CONFIG(accessibility)
        self.loginEdit.setAccessibleName(QCoreApplication.translate("SignInForm", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.passwordEditLabel.setText(QCoreApplication.translate("SignInForm", u"&Password:", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("SignInForm", u"Password", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.signInButtons.setAccessibleName(QCoreApplication.translate("SignInForm", u"Confirm or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

