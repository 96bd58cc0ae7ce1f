# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'visitor_form.ui'
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
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_VisitorForm(object):
    def setupUi(self, VisitorForm):
        if not VisitorForm.objectName():
            VisitorForm.setObjectName(u"VisitorForm")
        VisitorForm.resize(520, 560)
        self.mainLayout = QVBoxLayout(VisitorForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.lastNameLabel = QLabel(VisitorForm)
        self.lastNameLabel.setObjectName(u"lastNameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lastNameLabel)

        self.lastNameEdit = QLineEdit(VisitorForm)
        self.lastNameEdit.setObjectName(u"lastNameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.lastNameEdit)

        self.lastNameError = QLabel(VisitorForm)
        self.lastNameError.setObjectName(u"lastNameError")
        self.lastNameError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.lastNameError)

        self.firstNameLabel = QLabel(VisitorForm)
        self.firstNameLabel.setObjectName(u"firstNameLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.firstNameLabel)

        self.firstNameEdit = QLineEdit(VisitorForm)
        self.firstNameEdit.setObjectName(u"firstNameEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.firstNameEdit)

        self.firstNameError = QLabel(VisitorForm)
        self.firstNameError.setObjectName(u"firstNameError")
        self.firstNameError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.firstNameError)

        self.middleNameLabel = QLabel(VisitorForm)
        self.middleNameLabel.setObjectName(u"middleNameLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.middleNameLabel)

        self.middleNameEdit = QLineEdit(VisitorForm)
        self.middleNameEdit.setObjectName(u"middleNameEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.middleNameEdit)

        self.middleNameError = QLabel(VisitorForm)
        self.middleNameError.setObjectName(u"middleNameError")
        self.middleNameError.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.middleNameError)

        self.genderLabel = QLabel(VisitorForm)
        self.genderLabel.setObjectName(u"genderLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.genderLabel)

        self.genderEdit = QComboBox(VisitorForm)
        self.genderEdit.setObjectName(u"genderEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.genderEdit)

        self.genderError = QLabel(VisitorForm)
        self.genderError.setObjectName(u"genderError")
        self.genderError.setWordWrap(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.genderError)

        self.birthDateLabel = QLabel(VisitorForm)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.birthDateLabel)

        self.birthDateEdit = QLineEdit(VisitorForm)
        self.birthDateEdit.setObjectName(u"birthDateEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.birthDateEdit)

        self.birthDateError = QLabel(VisitorForm)
        self.birthDateError.setObjectName(u"birthDateError")
        self.birthDateError.setWordWrap(True)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.birthDateError)

        self.phoneLabel = QLabel(VisitorForm)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(VisitorForm)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.phoneError = QLabel(VisitorForm)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setWordWrap(True)

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.phoneError)

        self.emailLabel = QLabel(VisitorForm)
        self.emailLabel.setObjectName(u"emailLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(VisitorForm)
        self.emailEdit.setObjectName(u"emailEdit")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.emailError = QLabel(VisitorForm)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setWordWrap(True)

        self.formLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.emailError)

        self.addressLabel = QLabel(VisitorForm)
        self.addressLabel.setObjectName(u"addressLabel")

        self.formLayout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(VisitorForm)
        self.addressEdit.setObjectName(u"addressEdit")

        self.formLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.addressError = QLabel(VisitorForm)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setWordWrap(True)

        self.formLayout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.addressError)

        self.territoryLabel = QLabel(VisitorForm)
        self.territoryLabel.setObjectName(u"territoryLabel")

        self.formLayout.setWidget(16, QFormLayout.ItemRole.LabelRole, self.territoryLabel)

        self.territoryEdit = QComboBox(VisitorForm)
        self.territoryEdit.setObjectName(u"territoryEdit")

        self.formLayout.setWidget(16, QFormLayout.ItemRole.FieldRole, self.territoryEdit)

        self.territoryError = QLabel(VisitorForm)
        self.territoryError.setObjectName(u"territoryError")
        self.territoryError.setWordWrap(True)

        self.formLayout.setWidget(17, QFormLayout.ItemRole.FieldRole, self.territoryError)

        self.consentDateLabel = QLabel(VisitorForm)
        self.consentDateLabel.setObjectName(u"consentDateLabel")

        self.formLayout.setWidget(18, QFormLayout.ItemRole.LabelRole, self.consentDateLabel)

        self.consentDateEdit = QLineEdit(VisitorForm)
        self.consentDateEdit.setObjectName(u"consentDateEdit")

        self.formLayout.setWidget(18, QFormLayout.ItemRole.FieldRole, self.consentDateEdit)

        self.consentDateError = QLabel(VisitorForm)
        self.consentDateError.setObjectName(u"consentDateError")
        self.consentDateError.setWordWrap(True)

        self.formLayout.setWidget(19, QFormLayout.ItemRole.FieldRole, self.consentDateError)

        self.consentWithdrawnLabel = QLabel(VisitorForm)
        self.consentWithdrawnLabel.setObjectName(u"consentWithdrawnLabel")

        self.formLayout.setWidget(20, QFormLayout.ItemRole.LabelRole, self.consentWithdrawnLabel)

        self.consentWithdrawnEdit = QLineEdit(VisitorForm)
        self.consentWithdrawnEdit.setObjectName(u"consentWithdrawnEdit")

        self.formLayout.setWidget(20, QFormLayout.ItemRole.FieldRole, self.consentWithdrawnEdit)

        self.consentWithdrawnError = QLabel(VisitorForm)
        self.consentWithdrawnError.setObjectName(u"consentWithdrawnError")
        self.consentWithdrawnError.setWordWrap(True)

        self.formLayout.setWidget(21, QFormLayout.ItemRole.FieldRole, self.consentWithdrawnError)

        self.notesLabel = QLabel(VisitorForm)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(22, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(VisitorForm)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 80))

        self.formLayout.setWidget(22, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.notesError = QLabel(VisitorForm)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setWordWrap(True)

        self.formLayout.setWidget(23, QFormLayout.ItemRole.FieldRole, self.notesError)


        self.mainLayout.addLayout(self.formLayout)

        self.formError = QLabel(VisitorForm)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.mainLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(VisitorForm)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.lastNameLabel.setBuddy(self.lastNameEdit)
        self.firstNameLabel.setBuddy(self.firstNameEdit)
        self.middleNameLabel.setBuddy(self.middleNameEdit)
        self.genderLabel.setBuddy(self.genderEdit)
        self.birthDateLabel.setBuddy(self.birthDateEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.territoryLabel.setBuddy(self.territoryEdit)
        self.consentDateLabel.setBuddy(self.consentDateEdit)
        self.consentWithdrawnLabel.setBuddy(self.consentWithdrawnEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.lastNameEdit, self.firstNameEdit)
        QWidget.setTabOrder(self.firstNameEdit, self.middleNameEdit)
        QWidget.setTabOrder(self.middleNameEdit, self.genderEdit)
        QWidget.setTabOrder(self.genderEdit, self.birthDateEdit)
        QWidget.setTabOrder(self.birthDateEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.territoryEdit)
        QWidget.setTabOrder(self.territoryEdit, self.consentDateEdit)
        QWidget.setTabOrder(self.consentDateEdit, self.consentWithdrawnEdit)
        QWidget.setTabOrder(self.consentWithdrawnEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.buttonBox)

        self.retranslateUi(VisitorForm)

        QMetaObject.connectSlotsByName(VisitorForm)
    # setupUi

    def retranslateUi(self, VisitorForm):
        VisitorForm.setWindowTitle(QCoreApplication.translate("VisitorForm", u"Visitor", None))
        self.lastNameLabel.setText(QCoreApplication.translate("VisitorForm", u"&Last name:", None))
#if QT_CONFIG(accessibility)
        self.lastNameEdit.setAccessibleName(QCoreApplication.translate("VisitorForm", u"Last name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.lastNameError.setAccessibleName(QCoreApplication.translate("VisitorForm", u"Last name error", None))
#endif // QT_CONFIG(accessibility)
        self.firstNameLabel.setText(QCoreApplication.translate("VisitorForm", u"&First name:", None))
#if QT_CONFIG(accessibility)
        self.firstNameEdit.setAccessibleName(QCoreApplication.translate("VisitorForm", u"First name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.firstNameError.setAccessibleName(QCoreApplication.translate("VisitorForm", u"First name error", None))
#endif // QT_CONFIG(accessibility)
        self.middleNameLabel.setText(QCoreApplication.translate("VisitorForm", u"&Patronymic:", None))
#if QT_CONFIG(accessibility)
        self.middleNameEdit.setAccessibleName(QCoreApplication.translate("VisitorForm", u"Patronymic", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.middleNameError.setAccessibleName(QCoreApplication.translate("VisitorForm", u"Patronymic error", None))
#endif // QT_CONFIG(accessibility)
        self.genderLabel.setText(QCoreApplication.translate("VisitorForm", u"&Gender:", None))
#if QT_CONFIG(accessibility)
        self.genderEdit.setAccessibleName(QCoreApplication.translate("VisitorForm", u"Gender", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.genderError.setAccessibleName(QCoreApplication.translate("VisitorForm", u"Gender error", None))
#endif // QT_CONFIG(accessibility)
        self.birthDateLabel.setText(QCoreApplication.translate("VisitorForm", u"&Birth date:", None))
#if QT_CONFIG(accessibility)
        self.birthDateEdit.setAccessibleName(QCoreApplication.translate("VisitorForm", u"Birth date", None))
#endif // QT_CONFIG(accessibility)
        self.birthDateEdit.setPlaceholderText(QCoreApplication.translate("VisitorForm", u"dd.mm.yyyy", None))
#if QT_CONFIG(accessibility)
        self.birthDateError.setAccessibleName(QCoreApplication.translate("VisitorForm", u"Birth date error", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("VisitorForm", u"&Phone:", None))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("VisitorForm", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("VisitorForm", u"+7 912 345-67-89", None))
#if QT_CONFIG(accessibility)
        self.phoneError.setAccessibleName(QCoreApplication.translate("VisitorForm", u"Phone error", None))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(QCoreApplication.translate("VisitorForm", u"E-&mail:", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("VisitorForm", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("VisitorForm", u"name@mail.ru", None))
#if QT_CONFIG(accessibility)
        self.emailError.setAccessibleName(QCoreApplication.translate("VisitorForm", u"E-mail error", None))
#endif // QT_CONFIG(accessibility)
        self.addressLabel.setText(QCoreApplication.translate("VisitorForm", u"&Address:", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("VisitorForm", u"Address", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.addressError.setAccessibleName(QCoreApplication.translate("VisitorForm", u"Address error", None))
#endif // QT_CONFIG(accessibility)
        self.territoryLabel.setText(QCoreApplication.translate("VisitorForm", u"&Territory:", None))
#if QT_CONFIG(accessibility)
        self.territoryEdit.setAccessibleName(QCoreApplication.translate("VisitorForm", u"Territory", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.territoryError.setAccessibleName(QCoreApplication.translate("VisitorForm", u"Territory error", None))
#endif // QT_CONFIG(accessibility)
        self.consentDateLabel.setText(QCoreApplication.translate("VisitorForm", u"&Consent given:", None))
#if QT_CONFIG(accessibility)
        self.consentDateEdit.setAccessibleName(QCoreApplication.translate("VisitorForm", u"Consent to personal data processing, date", None))
#endif // QT_CONFIG(accessibility)
        self.consentDateEdit.setPlaceholderText(QCoreApplication.translate("VisitorForm", u"dd.mm.yyyy", None))
#if QT_CONFIG(accessibility)
        self.consentDateError.setAccessibleName(QCoreApplication.translate("VisitorForm", u"Consent to personal data processing, date error", None))
#endif // QT_CONFIG(accessibility)
        self.consentWithdrawnLabel.setText(QCoreApplication.translate("VisitorForm", u"Consent &withdrawn:", None))
#if QT_CONFIG(accessibility)
        self.consentWithdrawnEdit.setAccessibleName(QCoreApplication.translate("VisitorForm", u"Consent withdrawn, date", None))
#endif // QT_CONFIG(accessibility)
        self.consentWithdrawnEdit.setPlaceholderText(QCoreApplication.translate("VisitorForm", u"dd.mm.yyyy", None))
#if QT_CONFIG(accessibility)
        self.consentWithdrawnError.setAccessibleName(QCoreApplication.translate("VisitorForm", u"Consent withdrawn, date error", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("VisitorForm", u"&Notes:", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("VisitorForm", u"Notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.notesError.setAccessibleName(QCoreApplication.translate("VisitorForm", u"Notes error", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.formError.setAccessibleName(QCoreApplication.translate("VisitorForm", u"Form error", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("VisitorForm", u"Save or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

