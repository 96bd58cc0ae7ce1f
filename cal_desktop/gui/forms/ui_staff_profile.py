# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'staff_profile.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_StaffProfileForm(object):
    def setupUi(self, StaffProfileForm):
        if not StaffProfileForm.objectName():
            StaffProfileForm.setObjectName(u"StaffProfileForm")
        StaffProfileForm.resize(480, 340)
        self.mainLayout = QVBoxLayout(StaffProfileForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(StaffProfileForm)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.existingCombo = QComboBox(StaffProfileForm)
        self.existingCombo.setObjectName(u"existingCombo")

        self.mainLayout.addWidget(self.existingCombo)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.displayNameLabel = QLabel(StaffProfileForm)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.displayNameLabel)

        self.displayNameEdit = QLineEdit(StaffProfileForm)
        self.displayNameEdit.setObjectName(u"displayNameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.displayNameEdit)

        self.displayNameError = QLabel(StaffProfileForm)
        self.displayNameError.setObjectName(u"displayNameError")
        self.displayNameError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.displayNameError)

        self.positionLabel = QLabel(StaffProfileForm)
        self.positionLabel.setObjectName(u"positionLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.positionLabel)

        self.positionEdit = QLineEdit(StaffProfileForm)
        self.positionEdit.setObjectName(u"positionEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.positionEdit)

        self.positionError = QLabel(StaffProfileForm)
        self.positionError.setObjectName(u"positionError")
        self.positionError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.positionError)

        self.phoneLabel = QLabel(StaffProfileForm)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(StaffProfileForm)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.phoneError = QLabel(StaffProfileForm)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phoneError)

        self.emailLabel = QLabel(StaffProfileForm)
        self.emailLabel.setObjectName(u"emailLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(StaffProfileForm)
        self.emailEdit.setObjectName(u"emailEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.emailError = QLabel(StaffProfileForm)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setWordWrap(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.emailError)


        self.mainLayout.addLayout(self.formLayout)

        self.formError = QLabel(StaffProfileForm)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.mainLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(StaffProfileForm)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.displayNameLabel.setBuddy(self.displayNameEdit)
        self.positionLabel.setBuddy(self.positionEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.existingCombo, self.displayNameEdit)
        QWidget.setTabOrder(self.displayNameEdit, self.positionEdit)
        QWidget.setTabOrder(self.positionEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.buttonBox)

        self.retranslateUi(StaffProfileForm)

        QMetaObject.connectSlotsByName(StaffProfileForm)
    # setupUi

    def retranslateUi(self, StaffProfileForm):
        StaffProfileForm.setWindowTitle(QCoreApplication.translate("StaffProfileForm", u"Staff member at the desk", None))
        self.introLabel.setText(QCoreApplication.translate("StaffProfileForm", u"Who is working at this desk? The name, position and phone are printed on letters as the executor.", None))
#if QT_CONFIG(accessibility)
        self.existingCombo.setAccessibleName(QCoreApplication.translate("StaffProfileForm", u"Choose an existing staff member", None))
#endif // QT_CONFIG(accessibility)
        self.displayNameLabel.setText(QCoreApplication.translate("StaffProfileForm", u"&Full name:", None))
#if QT_CONFIG(accessibility)
        self.displayNameEdit.setAccessibleName(QCoreApplication.translate("StaffProfileForm", u"Full name", None))
#endif // QT_CONFIG(accessibility)
        self.displayNameEdit.setPlaceholderText(QCoreApplication.translate("StaffProfileForm", u"Surname First name Patronymic", None))
#if QT_CONFIG(accessibility)
        self.displayNameError.setAccessibleName(QCoreApplication.translate("StaffProfileForm", u"Full name error", None))
#endif // QT_CONFIG(accessibility)
        self.positionLabel.setText(QCoreApplication.translate("StaffProfileForm", u"&Position:", None))
#if QT_CONFIG(accessibility)
        self.positionEdit.setAccessibleName(QCoreApplication.translate("StaffProfileForm", u"Position", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.positionError.setAccessibleName(QCoreApplication.translate("StaffProfileForm", u"Position error", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("StaffProfileForm", u"P&hone:", None))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("StaffProfileForm", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("StaffProfileForm", u"+7 912 345-67-89", None))
#if QT_CONFIG(accessibility)
        self.phoneError.setAccessibleName(QCoreApplication.translate("StaffProfileForm", u"Phone error", None))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(QCoreApplication.translate("StaffProfileForm", u"E-&mail:", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("StaffProfileForm", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.emailError.setAccessibleName(QCoreApplication.translate("StaffProfileForm", u"E-mail error", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.formError.setAccessibleName(QCoreApplication.translate("StaffProfileForm", u"Form error", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("StaffProfileForm", u"Confirm or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

