# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organisation_form.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QWidget)

class Ui_OrganisationForm(object):
    def setupUi(self, organisationDialog):
        if not organisationDialog.objectName():
            organisationDialog.setObjectName(u"organisationDialog")
        self.form = QFormLayout(organisationDialog)
        self.form.setObjectName(u"form")
        self.kindLabel = QLabel(organisationDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.organisationKind = QComboBox(organisationDialog)
        self.organisationKind.setObjectName(u"organisationKind")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.organisationKind)

        self.partnerKindLabel = QLabel(organisationDialog)
        self.partnerKindLabel.setObjectName(u"partnerKindLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.partnerKindLabel)

        self.organisationPartnerKind = QComboBox(organisationDialog)
        self.organisationPartnerKind.setObjectName(u"organisationPartnerKind")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.organisationPartnerKind)

        self.nameLabel = QLabel(organisationDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.organisation_name = QLineEdit(organisationDialog)
        self.organisation_name.setObjectName(u"organisation_name")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.organisation_name)

        self.short_nameLabel = QLabel(organisationDialog)
        self.short_nameLabel.setObjectName(u"short_nameLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.short_nameLabel)

        self.organisation_short_name = QLineEdit(organisationDialog)
        self.organisation_short_name.setObjectName(u"organisation_short_name")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.organisation_short_name)

        self.addressLabel = QLabel(organisationDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.organisation_address = QLineEdit(organisationDialog)
        self.organisation_address.setObjectName(u"organisation_address")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.organisation_address)

        self.phoneLabel = QLabel(organisationDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.organisation_phone = QLineEdit(organisationDialog)
        self.organisation_phone.setObjectName(u"organisation_phone")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.organisation_phone)

        self.emailLabel = QLabel(organisationDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.organisation_email = QLineEdit(organisationDialog)
        self.organisation_email.setObjectName(u"organisation_email")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.organisation_email)

        self.websiteLabel = QLabel(organisationDialog)
        self.websiteLabel.setObjectName(u"websiteLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.websiteLabel)

        self.organisation_website = QLineEdit(organisationDialog)
        self.organisation_website.setObjectName(u"organisation_website")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.organisation_website)

        self.reception_hoursLabel = QLabel(organisationDialog)
        self.reception_hoursLabel.setObjectName(u"reception_hoursLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.reception_hoursLabel)

        self.organisation_reception_hours = QLineEdit(organisationDialog)
        self.organisation_reception_hours.setObjectName(u"organisation_reception_hours")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.organisation_reception_hours)

        self.contact_personLabel = QLabel(organisationDialog)
        self.contact_personLabel.setObjectName(u"contact_personLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.contact_personLabel)

        self.organisation_contact_person = QLineEdit(organisationDialog)
        self.organisation_contact_person.setObjectName(u"organisation_contact_person")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.organisation_contact_person)

        self.innLabel = QLabel(organisationDialog)
        self.innLabel.setObjectName(u"innLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.innLabel)

        self.organisation_inn = QLineEdit(organisationDialog)
        self.organisation_inn.setObjectName(u"organisation_inn")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.organisation_inn)

        self.notesLabel = QLabel(organisationDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.organisation_notes = QPlainTextEdit(organisationDialog)
        self.organisation_notes.setObjectName(u"organisation_notes")
        self.organisation_notes.setTabChangesFocus(True)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.organisation_notes)

        self.organisation_active = QCheckBox(organisationDialog)
        self.organisation_active.setObjectName(u"organisation_active")
        self.organisation_active.setChecked(True)

        self.form.setWidget(12, QFormLayout.ItemRole.SpanningRole, self.organisation_active)

        self.buttonBox = QDialogButtonBox(organisationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.form.setWidget(13, QFormLayout.ItemRole.SpanningRole, self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.organisationKind)
        self.partnerKindLabel.setBuddy(self.organisationPartnerKind)
        self.nameLabel.setBuddy(self.organisation_name)
        self.short_nameLabel.setBuddy(self.organisation_short_name)
        self.addressLabel.setBuddy(self.organisation_address)
        self.phoneLabel.setBuddy(self.organisation_phone)
        self.emailLabel.setBuddy(self.organisation_email)
        self.websiteLabel.setBuddy(self.organisation_website)
        self.reception_hoursLabel.setBuddy(self.organisation_reception_hours)
        self.contact_personLabel.setBuddy(self.organisation_contact_person)
        self.innLabel.setBuddy(self.organisation_inn)
        self.notesLabel.setBuddy(self.organisation_notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.organisationKind, self.organisationPartnerKind)
        QWidget.setTabOrder(self.organisationPartnerKind, self.organisation_name)
        QWidget.setTabOrder(self.organisation_name, self.organisation_short_name)
        QWidget.setTabOrder(self.organisation_short_name, self.organisation_address)
        QWidget.setTabOrder(self.organisation_address, self.organisation_phone)
        QWidget.setTabOrder(self.organisation_phone, self.organisation_email)
        QWidget.setTabOrder(self.organisation_email, self.organisation_website)
        QWidget.setTabOrder(self.organisation_website, self.organisation_reception_hours)
        QWidget.setTabOrder(self.organisation_reception_hours, self.organisation_contact_person)
        QWidget.setTabOrder(self.organisation_contact_person, self.organisation_inn)
        QWidget.setTabOrder(self.organisation_inn, self.organisation_notes)
        QWidget.setTabOrder(self.organisation_notes, self.organisation_active)
        QWidget.setTabOrder(self.organisation_active, self.buttonBox)

        self.retranslateUi(organisationDialog)

        QMetaObject.connectSlotsByName(organisationDialog)
    # setupUi

    def retranslateUi(self, organisationDialog):
        organisationDialog.setWindowTitle(QCoreApplication.translate("OrganisationForm", u"Organisation", None))
#if QT_CONFIG(accessibility)
        organisationDialog.setAccessibleName(QCoreApplication.translate("OrganisationForm", u"Organisation", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("OrganisationForm", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.organisationKind.setAccessibleName(QCoreApplication.translate("OrganisationForm", u"Kind", None))
#endif // QT_CONFIG(accessibility)
        self.partnerKindLabel.setText(QCoreApplication.translate("OrganisationForm", u"&Partner type:", None))
#if QT_CONFIG(accessibility)
        self.organisationPartnerKind.setAccessibleName(QCoreApplication.translate("OrganisationForm", u"Partner type", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("OrganisationForm", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.organisation_name.setAccessibleName(QCoreApplication.translate("OrganisationForm", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.short_nameLabel.setText(QCoreApplication.translate("OrganisationForm", u"S&hort name:", None))
#if QT_CONFIG(accessibility)
        self.organisation_short_name.setAccessibleName(QCoreApplication.translate("OrganisationForm", u"Short name", None))
#endif // QT_CONFIG(accessibility)
        self.addressLabel.setText(QCoreApplication.translate("OrganisationForm", u"&Address:", None))
#if QT_CONFIG(accessibility)
        self.organisation_address.setAccessibleName(QCoreApplication.translate("OrganisationForm", u"Address", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("OrganisationForm", u"P&hone:", None))
#if QT_CONFIG(accessibility)
        self.organisation_phone.setAccessibleName(QCoreApplication.translate("OrganisationForm", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(QCoreApplication.translate("OrganisationForm", u"&E-mail:", None))
#if QT_CONFIG(accessibility)
        self.organisation_email.setAccessibleName(QCoreApplication.translate("OrganisationForm", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
        self.websiteLabel.setText(QCoreApplication.translate("OrganisationForm", u"&Website:", None))
#if QT_CONFIG(accessibility)
        self.organisation_website.setAccessibleName(QCoreApplication.translate("OrganisationForm", u"Website", None))
#endif // QT_CONFIG(accessibility)
        self.reception_hoursLabel.setText(QCoreApplication.translate("OrganisationForm", u"&Reception hours:", None))
#if QT_CONFIG(accessibility)
        self.organisation_reception_hours.setAccessibleName(QCoreApplication.translate("OrganisationForm", u"Reception hours", None))
#endif // QT_CONFIG(accessibility)
        self.contact_personLabel.setText(QCoreApplication.translate("OrganisationForm", u"&Contact person:", None))
#if QT_CONFIG(accessibility)
        self.organisation_contact_person.setAccessibleName(QCoreApplication.translate("OrganisationForm", u"Contact person", None))
#endif // QT_CONFIG(accessibility)
        self.innLabel.setText(QCoreApplication.translate("OrganisationForm", u"&INN:", None))
#if QT_CONFIG(accessibility)
        self.organisation_inn.setAccessibleName(QCoreApplication.translate("OrganisationForm", u"INN", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("OrganisationForm", u"&Notes:", None))
#if QT_CONFIG(accessibility)
        self.organisation_notes.setAccessibleName(QCoreApplication.translate("OrganisationForm", u"Notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.organisation_active.setAccessibleName(QCoreApplication.translate("OrganisationForm", u"Active", None))
#endif // QT_CONFIG(accessibility)
        self.organisation_active.setText(QCoreApplication.translate("OrganisationForm", u"Active", None))
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("OrganisationForm", u"Save or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

