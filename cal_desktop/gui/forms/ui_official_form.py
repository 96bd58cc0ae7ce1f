# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'official_form.ui'
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
    QLineEdit, QListWidget, QListWidgetItem, QSizePolicy,
    QWidget)

class Ui_OfficialForm(object):
    def setupUi(self, officialDialog):
        if not officialDialog.objectName():
            officialDialog.setObjectName(u"officialDialog")
        self.form = QFormLayout(officialDialog)
        self.form.setObjectName(u"form")
        self.organisationLabel = QLabel(officialDialog)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.officialOrganisation = QComboBox(officialDialog)
        self.officialOrganisation.setObjectName(u"officialOrganisation")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.officialOrganisation)

        self.positionLabel = QLabel(officialDialog)
        self.positionLabel.setObjectName(u"positionLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.positionLabel)

        self.official_position = QLineEdit(officialDialog)
        self.official_position.setObjectName(u"official_position")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.official_position)

        self.last_nameLabel = QLabel(officialDialog)
        self.last_nameLabel.setObjectName(u"last_nameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.last_nameLabel)

        self.official_last_name = QLineEdit(officialDialog)
        self.official_last_name.setObjectName(u"official_last_name")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.official_last_name)

        self.first_nameLabel = QLabel(officialDialog)
        self.first_nameLabel.setObjectName(u"first_nameLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.first_nameLabel)

        self.official_first_name = QLineEdit(officialDialog)
        self.official_first_name.setObjectName(u"official_first_name")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.official_first_name)

        self.middle_nameLabel = QLabel(officialDialog)
        self.middle_nameLabel.setObjectName(u"middle_nameLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.middle_nameLabel)

        self.official_middle_name = QLineEdit(officialDialog)
        self.official_middle_name.setObjectName(u"official_middle_name")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.official_middle_name)

        self.phoneLabel = QLabel(officialDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.official_phone = QLineEdit(officialDialog)
        self.official_phone.setObjectName(u"official_phone")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.official_phone)

        self.emailLabel = QLabel(officialDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.official_email = QLineEdit(officialDialog)
        self.official_email.setObjectName(u"official_email")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.official_email)

        self.reception_hoursLabel = QLabel(officialDialog)
        self.reception_hoursLabel.setObjectName(u"reception_hoursLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.reception_hoursLabel)

        self.official_reception_hours = QLineEdit(officialDialog)
        self.official_reception_hours.setObjectName(u"official_reception_hours")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.official_reception_hours)

        self.genderLabel = QLabel(officialDialog)
        self.genderLabel.setObjectName(u"genderLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.genderLabel)

        self.officialGender = QComboBox(officialDialog)
        self.officialGender.setObjectName(u"officialGender")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.officialGender)

        self.categoriesLabel = QLabel(officialDialog)
        self.categoriesLabel.setObjectName(u"categoriesLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.categoriesLabel)

        self.officialCategories = QListWidget(officialDialog)
        self.officialCategories.setObjectName(u"officialCategories")
        self.officialCategories.setMaximumSize(QSize(16777215, 130))

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.officialCategories)

        self.territoriesLabel = QLabel(officialDialog)
        self.territoriesLabel.setObjectName(u"territoriesLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.territoriesLabel)

        self.officialTerritories = QListWidget(officialDialog)
        self.officialTerritories.setObjectName(u"officialTerritories")
        self.officialTerritories.setMaximumSize(QSize(16777215, 130))

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.officialTerritories)

        self.official_active = QCheckBox(officialDialog)
        self.official_active.setObjectName(u"official_active")
        self.official_active.setChecked(True)

        self.form.setWidget(11, QFormLayout.ItemRole.SpanningRole, self.official_active)

        self.buttonBox = QDialogButtonBox(officialDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.form.setWidget(12, QFormLayout.ItemRole.SpanningRole, self.buttonBox)

#if QT_CONFIG(shortcut)
        self.organisationLabel.setBuddy(self.officialOrganisation)
        self.positionLabel.setBuddy(self.official_position)
        self.last_nameLabel.setBuddy(self.official_last_name)
        self.first_nameLabel.setBuddy(self.official_first_name)
        self.middle_nameLabel.setBuddy(self.official_middle_name)
        self.phoneLabel.setBuddy(self.official_phone)
        self.emailLabel.setBuddy(self.official_email)
        self.reception_hoursLabel.setBuddy(self.official_reception_hours)
        self.genderLabel.setBuddy(self.officialGender)
        self.categoriesLabel.setBuddy(self.officialCategories)
        self.territoriesLabel.setBuddy(self.officialTerritories)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.officialOrganisation, self.official_position)
        QWidget.setTabOrder(self.official_position, self.official_last_name)
        QWidget.setTabOrder(self.official_last_name, self.official_first_name)
        QWidget.setTabOrder(self.official_first_name, self.official_middle_name)
        QWidget.setTabOrder(self.official_middle_name, self.official_phone)
        QWidget.setTabOrder(self.official_phone, self.official_email)
        QWidget.setTabOrder(self.official_email, self.official_reception_hours)
        QWidget.setTabOrder(self.official_reception_hours, self.officialGender)
        QWidget.setTabOrder(self.officialGender, self.officialCategories)
        QWidget.setTabOrder(self.officialCategories, self.officialTerritories)
        QWidget.setTabOrder(self.officialTerritories, self.official_active)
        QWidget.setTabOrder(self.official_active, self.buttonBox)

        self.retranslateUi(officialDialog)

        QMetaObject.connectSlotsByName(officialDialog)
    # setupUi

    def retranslateUi(self, officialDialog):
        officialDialog.setWindowTitle(QCoreApplication.translate("OfficialForm", u"Official", None))
#if QT_CONFIG(accessibility)
        officialDialog.setAccessibleName(QCoreApplication.translate("OfficialForm", u"Official", None))
#endif // QT_CONFIG(accessibility)
        self.organisationLabel.setText(QCoreApplication.translate("OfficialForm", u"&Authority:", None))
#if QT_CONFIG(accessibility)
        self.officialOrganisation.setAccessibleName(QCoreApplication.translate("OfficialForm", u"Authority", None))
#endif // QT_CONFIG(accessibility)
        self.positionLabel.setText(QCoreApplication.translate("OfficialForm", u"&Position:", None))
#if QT_CONFIG(accessibility)
        self.official_position.setAccessibleName(QCoreApplication.translate("OfficialForm", u"Position", None))
#endif // QT_CONFIG(accessibility)
        self.last_nameLabel.setText(QCoreApplication.translate("OfficialForm", u"&Last name:", None))
#if QT_CONFIG(accessibility)
        self.official_last_name.setAccessibleName(QCoreApplication.translate("OfficialForm", u"Last name", None))
#endif // QT_CONFIG(accessibility)
        self.first_nameLabel.setText(QCoreApplication.translate("OfficialForm", u"&First name:", None))
#if QT_CONFIG(accessibility)
        self.official_first_name.setAccessibleName(QCoreApplication.translate("OfficialForm", u"First name", None))
#endif // QT_CONFIG(accessibility)
        self.middle_nameLabel.setText(QCoreApplication.translate("OfficialForm", u"&Patronymic:", None))
#if QT_CONFIG(accessibility)
        self.official_middle_name.setAccessibleName(QCoreApplication.translate("OfficialForm", u"Patronymic", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("OfficialForm", u"P&hone:", None))
#if QT_CONFIG(accessibility)
        self.official_phone.setAccessibleName(QCoreApplication.translate("OfficialForm", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(QCoreApplication.translate("OfficialForm", u"&E-mail:", None))
#if QT_CONFIG(accessibility)
        self.official_email.setAccessibleName(QCoreApplication.translate("OfficialForm", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
        self.reception_hoursLabel.setText(QCoreApplication.translate("OfficialForm", u"&Reception hours:", None))
#if QT_CONFIG(accessibility)
        self.official_reception_hours.setAccessibleName(QCoreApplication.translate("OfficialForm", u"Reception hours", None))
#endif // QT_CONFIG(accessibility)
        self.genderLabel.setText(QCoreApplication.translate("OfficialForm", u"&Gender:", None))
#if QT_CONFIG(accessibility)
        self.officialGender.setAccessibleName(QCoreApplication.translate("OfficialForm", u"Gender", None))
#endif // QT_CONFIG(accessibility)
        self.categoriesLabel.setText(QCoreApplication.translate("OfficialForm", u"Categories:", None))
#if QT_CONFIG(accessibility)
        self.officialCategories.setAccessibleName(QCoreApplication.translate("OfficialForm", u"Categories handled", None))
#endif // QT_CONFIG(accessibility)
        self.territoriesLabel.setText(QCoreApplication.translate("OfficialForm", u"Territories:", None))
#if QT_CONFIG(accessibility)
        self.officialTerritories.setAccessibleName(QCoreApplication.translate("OfficialForm", u"Territories handled", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.official_active.setAccessibleName(QCoreApplication.translate("OfficialForm", u"Active", None))
#endif // QT_CONFIG(accessibility)
        self.official_active.setText(QCoreApplication.translate("OfficialForm", u"Active", None))
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("OfficialForm", u"Save or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

