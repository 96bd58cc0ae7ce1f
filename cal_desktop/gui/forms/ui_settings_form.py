# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_form.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_SettingsForm(object):
    def setupUi(self, SettingsForm):
        if not SettingsForm.objectName():
            SettingsForm.setObjectName(u"SettingsForm")
        SettingsForm.resize(620, 760)
        self.mainLayout = QVBoxLayout(SettingsForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(SettingsForm)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.languageLabel = QLabel(SettingsForm)
        self.languageLabel.setObjectName(u"languageLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageEdit = QComboBox(SettingsForm)
        self.languageEdit.setObjectName(u"languageEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageEdit)

        self.languageError = QLabel(SettingsForm)
        self.languageError.setObjectName(u"languageError")
        self.languageError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.languageError)

        self.centreNameLabel = QLabel(SettingsForm)
        self.centreNameLabel.setObjectName(u"centreNameLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.centreNameLabel)

        self.centreNameEdit = QLineEdit(SettingsForm)
        self.centreNameEdit.setObjectName(u"centreNameEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.centreNameEdit)

        self.centreNameError = QLabel(SettingsForm)
        self.centreNameError.setObjectName(u"centreNameError")
        self.centreNameError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.centreNameError)

        self.organisationNameLabel = QLabel(SettingsForm)
        self.organisationNameLabel.setObjectName(u"organisationNameLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.organisationNameLabel)

        self.organisationNameEdit = QLineEdit(SettingsForm)
        self.organisationNameEdit.setObjectName(u"organisationNameEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.organisationNameEdit)

        self.addressLabel = QLabel(SettingsForm)
        self.addressLabel.setObjectName(u"addressLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(SettingsForm)
        self.addressEdit.setObjectName(u"addressEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.cityLabel = QLabel(SettingsForm)
        self.cityLabel.setObjectName(u"cityLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.cityEdit = QLineEdit(SettingsForm)
        self.cityEdit.setObjectName(u"cityEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.cityEdit)

        self.phoneLabel = QLabel(SettingsForm)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(SettingsForm)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.phoneError = QLabel(SettingsForm)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setWordWrap(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.phoneError)

        self.emailLabel = QLabel(SettingsForm)
        self.emailLabel.setObjectName(u"emailLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(SettingsForm)
        self.emailEdit.setObjectName(u"emailEdit")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.emailError = QLabel(SettingsForm)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setWordWrap(True)

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.emailError)

        self.websiteLabel = QLabel(SettingsForm)
        self.websiteLabel.setObjectName(u"websiteLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.websiteLabel)

        self.websiteEdit = QLineEdit(SettingsForm)
        self.websiteEdit.setObjectName(u"websiteEdit")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.websiteEdit)

        self.innLabel = QLabel(SettingsForm)
        self.innLabel.setObjectName(u"innLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.innLabel)

        self.innEdit = QLineEdit(SettingsForm)
        self.innEdit.setObjectName(u"innEdit")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.innEdit)

        self.ogrnLabel = QLabel(SettingsForm)
        self.ogrnLabel.setObjectName(u"ogrnLabel")

        self.formLayout.setWidget(13, QFormLayout.ItemRole.LabelRole, self.ogrnLabel)

        self.ogrnEdit = QLineEdit(SettingsForm)
        self.ogrnEdit.setObjectName(u"ogrnEdit")

        self.formLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.ogrnEdit)

        self.headPositionLabel = QLabel(SettingsForm)
        self.headPositionLabel.setObjectName(u"headPositionLabel")

        self.formLayout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.headPositionLabel)

        self.headPositionEdit = QLineEdit(SettingsForm)
        self.headPositionEdit.setObjectName(u"headPositionEdit")

        self.formLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.headPositionEdit)

        self.headNameLabel = QLabel(SettingsForm)
        self.headNameLabel.setObjectName(u"headNameLabel")

        self.formLayout.setWidget(15, QFormLayout.ItemRole.LabelRole, self.headNameLabel)

        self.headNameEdit = QLineEdit(SettingsForm)
        self.headNameEdit.setObjectName(u"headNameEdit")

        self.formLayout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.headNameEdit)

        self.postDeliveryDaysLabel = QLabel(SettingsForm)
        self.postDeliveryDaysLabel.setObjectName(u"postDeliveryDaysLabel")

        self.formLayout.setWidget(16, QFormLayout.ItemRole.LabelRole, self.postDeliveryDaysLabel)

        self.postDeliveryDaysEdit = QSpinBox(SettingsForm)
        self.postDeliveryDaysEdit.setObjectName(u"postDeliveryDaysEdit")
        self.postDeliveryDaysEdit.setMaximum(60)

        self.formLayout.setWidget(16, QFormLayout.ItemRole.FieldRole, self.postDeliveryDaysEdit)

        self.postDeliveryDaysError = QLabel(SettingsForm)
        self.postDeliveryDaysError.setObjectName(u"postDeliveryDaysError")
        self.postDeliveryDaysError.setWordWrap(True)

        self.formLayout.setWidget(17, QFormLayout.ItemRole.FieldRole, self.postDeliveryDaysError)

        self.dueSoonDaysLabel = QLabel(SettingsForm)
        self.dueSoonDaysLabel.setObjectName(u"dueSoonDaysLabel")

        self.formLayout.setWidget(18, QFormLayout.ItemRole.LabelRole, self.dueSoonDaysLabel)

        self.dueSoonDaysEdit = QSpinBox(SettingsForm)
        self.dueSoonDaysEdit.setObjectName(u"dueSoonDaysEdit")
        self.dueSoonDaysEdit.setMaximum(60)

        self.formLayout.setWidget(18, QFormLayout.ItemRole.FieldRole, self.dueSoonDaysEdit)

        self.appealNumberPatternLabel = QLabel(SettingsForm)
        self.appealNumberPatternLabel.setObjectName(u"appealNumberPatternLabel")

        self.formLayout.setWidget(19, QFormLayout.ItemRole.LabelRole, self.appealNumberPatternLabel)

        self.appealNumberPatternEdit = QLineEdit(SettingsForm)
        self.appealNumberPatternEdit.setObjectName(u"appealNumberPatternEdit")

        self.formLayout.setWidget(19, QFormLayout.ItemRole.FieldRole, self.appealNumberPatternEdit)

        self.appealNumberPatternError = QLabel(SettingsForm)
        self.appealNumberPatternError.setObjectName(u"appealNumberPatternError")
        self.appealNumberPatternError.setWordWrap(True)

        self.formLayout.setWidget(20, QFormLayout.ItemRole.FieldRole, self.appealNumberPatternError)

        self.retentionYearsLabel = QLabel(SettingsForm)
        self.retentionYearsLabel.setObjectName(u"retentionYearsLabel")

        self.formLayout.setWidget(21, QFormLayout.ItemRole.LabelRole, self.retentionYearsLabel)

        self.retentionYearsEdit = QSpinBox(SettingsForm)
        self.retentionYearsEdit.setObjectName(u"retentionYearsEdit")
        self.retentionYearsEdit.setMinimum(1)
        self.retentionYearsEdit.setMaximum(75)

        self.formLayout.setWidget(21, QFormLayout.ItemRole.FieldRole, self.retentionYearsEdit)

        self.retentionYearsError = QLabel(SettingsForm)
        self.retentionYearsError.setObjectName(u"retentionYearsError")
        self.retentionYearsError.setWordWrap(True)

        self.formLayout.setWidget(22, QFormLayout.ItemRole.FieldRole, self.retentionYearsError)

        self.consentFormVersionLabel = QLabel(SettingsForm)
        self.consentFormVersionLabel.setObjectName(u"consentFormVersionLabel")

        self.formLayout.setWidget(23, QFormLayout.ItemRole.LabelRole, self.consentFormVersionLabel)

        self.consentFormVersionEdit = QLineEdit(SettingsForm)
        self.consentFormVersionEdit.setObjectName(u"consentFormVersionEdit")

        self.formLayout.setWidget(23, QFormLayout.ItemRole.FieldRole, self.consentFormVersionEdit)

        self.consentRenewalYearsLabel = QLabel(SettingsForm)
        self.consentRenewalYearsLabel.setObjectName(u"consentRenewalYearsLabel")

        self.formLayout.setWidget(24, QFormLayout.ItemRole.LabelRole, self.consentRenewalYearsLabel)

        self.consentRenewalYearsEdit = QSpinBox(SettingsForm)
        self.consentRenewalYearsEdit.setObjectName(u"consentRenewalYearsEdit")
        self.consentRenewalYearsEdit.setMinimum(1)
        self.consentRenewalYearsEdit.setMaximum(10)

        self.formLayout.setWidget(24, QFormLayout.ItemRole.FieldRole, self.consentRenewalYearsEdit)

        self.consentRenewalYearsError = QLabel(SettingsForm)
        self.consentRenewalYearsError.setObjectName(u"consentRenewalYearsError")
        self.consentRenewalYearsError.setWordWrap(True)

        self.formLayout.setWidget(25, QFormLayout.ItemRole.FieldRole, self.consentRenewalYearsError)

        self.idleLockMinutesLabel = QLabel(SettingsForm)
        self.idleLockMinutesLabel.setObjectName(u"idleLockMinutesLabel")

        self.formLayout.setWidget(26, QFormLayout.ItemRole.LabelRole, self.idleLockMinutesLabel)

        self.idleLockMinutesEdit = QSpinBox(SettingsForm)
        self.idleLockMinutesEdit.setObjectName(u"idleLockMinutesEdit")
        self.idleLockMinutesEdit.setMinimum(1)
        self.idleLockMinutesEdit.setMaximum(240)

        self.formLayout.setWidget(26, QFormLayout.ItemRole.FieldRole, self.idleLockMinutesEdit)

        self.idleLockMinutesError = QLabel(SettingsForm)
        self.idleLockMinutesError.setObjectName(u"idleLockMinutesError")
        self.idleLockMinutesError.setWordWrap(True)

        self.formLayout.setWidget(27, QFormLayout.ItemRole.FieldRole, self.idleLockMinutesError)

        self.backupDirLabel = QLabel(SettingsForm)
        self.backupDirLabel.setObjectName(u"backupDirLabel")

        self.formLayout.setWidget(28, QFormLayout.ItemRole.LabelRole, self.backupDirLabel)

        self.backupDirEdit = QLineEdit(SettingsForm)
        self.backupDirEdit.setObjectName(u"backupDirEdit")

        self.formLayout.setWidget(28, QFormLayout.ItemRole.FieldRole, self.backupDirEdit)

        self.backupKeepLabel = QLabel(SettingsForm)
        self.backupKeepLabel.setObjectName(u"backupKeepLabel")

        self.formLayout.setWidget(29, QFormLayout.ItemRole.LabelRole, self.backupKeepLabel)

        self.backupKeepEdit = QSpinBox(SettingsForm)
        self.backupKeepEdit.setObjectName(u"backupKeepEdit")
        self.backupKeepEdit.setMinimum(1)
        self.backupKeepEdit.setMaximum(365)

        self.formLayout.setWidget(29, QFormLayout.ItemRole.FieldRole, self.backupKeepEdit)

        self.backupKeepError = QLabel(SettingsForm)
        self.backupKeepError.setObjectName(u"backupKeepError")
        self.backupKeepError.setWordWrap(True)

        self.formLayout.setWidget(30, QFormLayout.ItemRole.FieldRole, self.backupKeepError)


        self.mainLayout.addLayout(self.formLayout)

        self.formError = QLabel(SettingsForm)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.mainLayout.addWidget(self.formError)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.revertButton = QPushButton(SettingsForm)
        self.revertButton.setObjectName(u"revertButton")

        self.buttonsLayout.addWidget(self.revertButton)

        self.saveButton = QPushButton(SettingsForm)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)


        self.mainLayout.addLayout(self.buttonsLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageEdit)
        self.centreNameLabel.setBuddy(self.centreNameEdit)
        self.organisationNameLabel.setBuddy(self.organisationNameEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.cityLabel.setBuddy(self.cityEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.websiteLabel.setBuddy(self.websiteEdit)
        self.innLabel.setBuddy(self.innEdit)
        self.ogrnLabel.setBuddy(self.ogrnEdit)
        self.headPositionLabel.setBuddy(self.headPositionEdit)
        self.headNameLabel.setBuddy(self.headNameEdit)
        self.postDeliveryDaysLabel.setBuddy(self.postDeliveryDaysEdit)
        self.dueSoonDaysLabel.setBuddy(self.dueSoonDaysEdit)
        self.appealNumberPatternLabel.setBuddy(self.appealNumberPatternEdit)
        self.retentionYearsLabel.setBuddy(self.retentionYearsEdit)
        self.consentFormVersionLabel.setBuddy(self.consentFormVersionEdit)
        self.consentRenewalYearsLabel.setBuddy(self.consentRenewalYearsEdit)
        self.idleLockMinutesLabel.setBuddy(self.idleLockMinutesEdit)
        self.backupDirLabel.setBuddy(self.backupDirEdit)
        self.backupKeepLabel.setBuddy(self.backupKeepEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.languageEdit, self.centreNameEdit)
        QWidget.setTabOrder(self.centreNameEdit, self.organisationNameEdit)
        QWidget.setTabOrder(self.organisationNameEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.cityEdit)
        QWidget.setTabOrder(self.cityEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.websiteEdit)
        QWidget.setTabOrder(self.websiteEdit, self.innEdit)
        QWidget.setTabOrder(self.innEdit, self.ogrnEdit)
        QWidget.setTabOrder(self.ogrnEdit, self.headPositionEdit)
        QWidget.setTabOrder(self.headPositionEdit, self.headNameEdit)
        QWidget.setTabOrder(self.headNameEdit, self.postDeliveryDaysEdit)
        QWidget.setTabOrder(self.postDeliveryDaysEdit, self.dueSoonDaysEdit)
        QWidget.setTabOrder(self.dueSoonDaysEdit, self.appealNumberPatternEdit)
        QWidget.setTabOrder(self.appealNumberPatternEdit, self.retentionYearsEdit)
        QWidget.setTabOrder(self.retentionYearsEdit, self.consentFormVersionEdit)
        QWidget.setTabOrder(self.consentFormVersionEdit, self.consentRenewalYearsEdit)
        QWidget.setTabOrder(self.consentRenewalYearsEdit, self.idleLockMinutesEdit)
        QWidget.setTabOrder(self.idleLockMinutesEdit, self.backupDirEdit)
        QWidget.setTabOrder(self.backupDirEdit, self.backupKeepEdit)
        QWidget.setTabOrder(self.backupKeepEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.revertButton)

        self.retranslateUi(SettingsForm)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(SettingsForm)
    # setupUi

    def retranslateUi(self, SettingsForm):
        SettingsForm.setWindowTitle(QCoreApplication.translate("SettingsForm", u"Settings", None))
        self.introLabel.setText(QCoreApplication.translate("SettingsForm", u"The centre's requisites are printed on letters and reports. The language applies after the program is restarted.", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsForm", u"&Language:", None))
#if QT_CONFIG(accessibility)
        self.languageEdit.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Language", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.languageError.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Language error", None))
#endif // QT_CONFIG(accessibility)
        self.centreNameLabel.setText(QCoreApplication.translate("SettingsForm", u"Centre &name:", None))
#if QT_CONFIG(accessibility)
        self.centreNameEdit.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Centre name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.centreNameError.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Centre name error", None))
#endif // QT_CONFIG(accessibility)
        self.organisationNameLabel.setText(QCoreApplication.translate("SettingsForm", u"&Organisation:", None))
#if QT_CONFIG(accessibility)
        self.organisationNameEdit.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Organisation (personal data operator)", None))
#endif // QT_CONFIG(accessibility)
        self.addressLabel.setText(QCoreApplication.translate("SettingsForm", u"&Address:", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Address", None))
#endif // QT_CONFIG(accessibility)
        self.cityLabel.setText(QCoreApplication.translate("SettingsForm", u"&City:", None))
#if QT_CONFIG(accessibility)
        self.cityEdit.setAccessibleName(QCoreApplication.translate("SettingsForm", u"City", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("SettingsForm", u"&Phone:", None))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Phone", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.phoneError.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Phone error", None))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(QCoreApplication.translate("SettingsForm", u"E-&mail:", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("SettingsForm", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.emailError.setAccessibleName(QCoreApplication.translate("SettingsForm", u"E-mail error", None))
#endif // QT_CONFIG(accessibility)
        self.websiteLabel.setText(QCoreApplication.translate("SettingsForm", u"&Website:", None))
#if QT_CONFIG(accessibility)
        self.websiteEdit.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Website", None))
#endif // QT_CONFIG(accessibility)
        self.innLabel.setText(QCoreApplication.translate("SettingsForm", u"&INN:", None))
#if QT_CONFIG(accessibility)
        self.innEdit.setAccessibleName(QCoreApplication.translate("SettingsForm", u"INN", None))
#endif // QT_CONFIG(accessibility)
        self.ogrnLabel.setText(QCoreApplication.translate("SettingsForm", u"O&GRN:", None))
#if QT_CONFIG(accessibility)
        self.ogrnEdit.setAccessibleName(QCoreApplication.translate("SettingsForm", u"OGRN", None))
#endif // QT_CONFIG(accessibility)
        self.headPositionLabel.setText(QCoreApplication.translate("SettingsForm", u"Head's &position:", None))
#if QT_CONFIG(accessibility)
        self.headPositionEdit.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Head's position", None))
#endif // QT_CONFIG(accessibility)
        self.headNameLabel.setText(QCoreApplication.translate("SettingsForm", u"&Head's name:", None))
#if QT_CONFIG(accessibility)
        self.headNameEdit.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Head's name", None))
#endif // QT_CONFIG(accessibility)
        self.headNameEdit.setPlaceholderText(QCoreApplication.translate("SettingsForm", u"I.I. Ivanov", None))
        self.postDeliveryDaysLabel.setText(QCoreApplication.translate("SettingsForm", u"Post &delivery, days:", None))
#if QT_CONFIG(accessibility)
        self.postDeliveryDaysEdit.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Post delivery days", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.postDeliveryDaysError.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Post delivery days error", None))
#endif // QT_CONFIG(accessibility)
        self.dueSoonDaysLabel.setText(QCoreApplication.translate("SettingsForm", u"Due &soon, days:", None))
#if QT_CONFIG(accessibility)
        self.dueSoonDaysEdit.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Days before a deadline to warn", None))
#endif // QT_CONFIG(accessibility)
        self.appealNumberPatternLabel.setText(QCoreApplication.translate("SettingsForm", u"Appeal &number pattern:", None))
#if QT_CONFIG(accessibility)
        self.appealNumberPatternEdit.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Appeal number pattern", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.appealNumberPatternError.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Appeal number pattern error", None))
#endif // QT_CONFIG(accessibility)
        self.retentionYearsLabel.setText(QCoreApplication.translate("SettingsForm", u"&Retention, years:", None))
#if QT_CONFIG(accessibility)
        self.retentionYearsEdit.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Personal data retention in years", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.retentionYearsError.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Personal data retention in years error", None))
#endif // QT_CONFIG(accessibility)
        self.consentFormVersionLabel.setText(QCoreApplication.translate("SettingsForm", u"Consent &form version:", None))
#if QT_CONFIG(accessibility)
        self.consentFormVersionEdit.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Consent form version", None))
#endif // QT_CONFIG(accessibility)
        self.consentRenewalYearsLabel.setText(QCoreApplication.translate("SettingsForm", u"Renew consent &after, years:", None))
#if QT_CONFIG(accessibility)
        self.consentRenewalYearsEdit.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Consent renewal period in years", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.consentRenewalYearsEdit.setToolTip(QCoreApplication.translate("SettingsForm", u"A consent older than this, or given on an older form version, is flagged at the desk and becomes a reminder", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.consentRenewalYearsError.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Consent renewal period in years error", None))
#endif // QT_CONFIG(accessibility)
        self.idleLockMinutesLabel.setText(QCoreApplication.translate("SettingsForm", u"&Lock after idle, min:", None))
#if QT_CONFIG(accessibility)
        self.idleLockMinutesEdit.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Lock after idle minutes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.idleLockMinutesError.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Lock after idle minutes error", None))
#endif // QT_CONFIG(accessibility)
        self.backupDirLabel.setText(QCoreApplication.translate("SettingsForm", u"&Backup folder:", None))
#if QT_CONFIG(accessibility)
        self.backupDirEdit.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Backup folder", None))
#endif // QT_CONFIG(accessibility)
        self.backupKeepLabel.setText(QCoreApplication.translate("SettingsForm", u"Backups to &keep:", None))
#if QT_CONFIG(accessibility)
        self.backupKeepEdit.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Backups to keep", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.backupKeepError.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Backups to keep error", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.formError.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Form error", None))
#endif // QT_CONFIG(accessibility)
        self.revertButton.setText(QCoreApplication.translate("SettingsForm", u"Revert", None))
#if QT_CONFIG(accessibility)
        self.revertButton.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Revert unsaved changes", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("SettingsForm", u"Save settings", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Save settings", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

