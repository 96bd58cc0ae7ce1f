# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'appeal_new.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_AppealNewForm(object):
    def setupUi(self, newAppealDialog):
        if not newAppealDialog.objectName():
            newAppealDialog.setObjectName(u"newAppealDialog")
        self.layout = QVBoxLayout(newAppealDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.numberLabel = QLabel(newAppealDialog)
        self.numberLabel.setObjectName(u"numberLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberHolder = QWidget(newAppealDialog)
        self.numberHolder.setObjectName(u"numberHolder")
        self.numberColumn = QVBoxLayout(self.numberHolder)
        self.numberColumn.setObjectName(u"numberColumn")
        self.numberColumn.setContentsMargins(0, 0, 0, 0)
        self.numberEdit = QLineEdit(self.numberHolder)
        self.numberEdit.setObjectName(u"numberEdit")

        self.numberColumn.addWidget(self.numberEdit)

        self.numberError = QLabel(self.numberHolder)
        self.numberError.setObjectName(u"numberError")

        self.numberColumn.addWidget(self.numberError)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.numberHolder)

        self.sent_dateLabel = QLabel(newAppealDialog)
        self.sent_dateLabel.setObjectName(u"sent_dateLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sent_dateLabel)

        self.sent_dateHolder = QWidget(newAppealDialog)
        self.sent_dateHolder.setObjectName(u"sent_dateHolder")
        self.sent_dateColumn = QVBoxLayout(self.sent_dateHolder)
        self.sent_dateColumn.setObjectName(u"sent_dateColumn")
        self.sent_dateColumn.setContentsMargins(0, 0, 0, 0)
        self.sentDateEdit = QDateEdit(self.sent_dateHolder)
        self.sentDateEdit.setObjectName(u"sentDateEdit")

        self.sent_dateColumn.addWidget(self.sentDateEdit)

        self.sent_dateError = QLabel(self.sent_dateHolder)
        self.sent_dateError.setObjectName(u"sent_dateError")

        self.sent_dateColumn.addWidget(self.sent_dateError)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sent_dateHolder)

        self.channelLabel = QLabel(newAppealDialog)
        self.channelLabel.setObjectName(u"channelLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelHolder = QWidget(newAppealDialog)
        self.channelHolder.setObjectName(u"channelHolder")
        self.channelColumn = QVBoxLayout(self.channelHolder)
        self.channelColumn.setObjectName(u"channelColumn")
        self.channelColumn.setContentsMargins(0, 0, 0, 0)
        self.channelCombo = QComboBox(self.channelHolder)
        self.channelCombo.setObjectName(u"channelCombo")

        self.channelColumn.addWidget(self.channelCombo)

        self.channelError = QLabel(self.channelHolder)
        self.channelError.setObjectName(u"channelError")

        self.channelColumn.addWidget(self.channelError)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.channelHolder)

        self.kindLabel = QLabel(newAppealDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindHolder = QWidget(newAppealDialog)
        self.kindHolder.setObjectName(u"kindHolder")
        self.kindColumn = QVBoxLayout(self.kindHolder)
        self.kindColumn.setObjectName(u"kindColumn")
        self.kindColumn.setContentsMargins(0, 0, 0, 0)
        self.kindCombo = QComboBox(self.kindHolder)
        self.kindCombo.setObjectName(u"kindCombo")

        self.kindColumn.addWidget(self.kindCombo)

        self.kindError = QLabel(self.kindHolder)
        self.kindError.setObjectName(u"kindError")

        self.kindColumn.addWidget(self.kindError)


        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kindHolder)

        self.official_idLabel = QLabel(newAppealDialog)
        self.official_idLabel.setObjectName(u"official_idLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.official_idLabel)

        self.official_idHolder = QWidget(newAppealDialog)
        self.official_idHolder.setObjectName(u"official_idHolder")
        self.official_idColumn = QVBoxLayout(self.official_idHolder)
        self.official_idColumn.setObjectName(u"official_idColumn")
        self.official_idColumn.setContentsMargins(0, 0, 0, 0)
        self.officialCombo = QComboBox(self.official_idHolder)
        self.officialCombo.setObjectName(u"officialCombo")
        self.officialCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.officialCombo.setMinimumContentsLength(40)

        self.official_idColumn.addWidget(self.officialCombo)

        self.official_idError = QLabel(self.official_idHolder)
        self.official_idError.setObjectName(u"official_idError")

        self.official_idColumn.addWidget(self.official_idError)


        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.official_idHolder)

        self.addressee_textLabel = QLabel(newAppealDialog)
        self.addressee_textLabel.setObjectName(u"addressee_textLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.addressee_textLabel)

        self.addressee_textHolder = QWidget(newAppealDialog)
        self.addressee_textHolder.setObjectName(u"addressee_textHolder")
        self.addressee_textColumn = QVBoxLayout(self.addressee_textHolder)
        self.addressee_textColumn.setObjectName(u"addressee_textColumn")
        self.addressee_textColumn.setContentsMargins(0, 0, 0, 0)
        self.addresseeEdit = QLineEdit(self.addressee_textHolder)
        self.addresseeEdit.setObjectName(u"addresseeEdit")

        self.addressee_textColumn.addWidget(self.addresseeEdit)

        self.addressee_textError = QLabel(self.addressee_textHolder)
        self.addressee_textError.setObjectName(u"addressee_textError")

        self.addressee_textColumn.addWidget(self.addressee_textError)


        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.addressee_textHolder)

        self.subjectLabel = QLabel(newAppealDialog)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectHolder = QWidget(newAppealDialog)
        self.subjectHolder.setObjectName(u"subjectHolder")
        self.subjectColumn = QVBoxLayout(self.subjectHolder)
        self.subjectColumn.setObjectName(u"subjectColumn")
        self.subjectColumn.setContentsMargins(0, 0, 0, 0)
        self.subjectEdit = QLineEdit(self.subjectHolder)
        self.subjectEdit.setObjectName(u"subjectEdit")

        self.subjectColumn.addWidget(self.subjectEdit)

        self.subjectError = QLabel(self.subjectHolder)
        self.subjectError.setObjectName(u"subjectError")

        self.subjectColumn.addWidget(self.subjectError)


        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.subjectHolder)


        self.layout.addLayout(self.form)

        self.formError = QLabel(newAppealDialog)
        self.formError.setObjectName(u"formError")

        self.layout.addWidget(self.formError)

        self.dialogButtons = QDialogButtonBox(newAppealDialog)
        self.dialogButtons.setObjectName(u"dialogButtons")
        self.dialogButtons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.dialogButtons)

#if QT_CONFIG(shortcut)
        self.numberLabel.setBuddy(self.numberEdit)
        self.sent_dateLabel.setBuddy(self.sentDateEdit)
        self.channelLabel.setBuddy(self.channelCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.official_idLabel.setBuddy(self.officialCombo)
        self.addressee_textLabel.setBuddy(self.addresseeEdit)
        self.subjectLabel.setBuddy(self.subjectEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.numberEdit, self.sentDateEdit)
        QWidget.setTabOrder(self.sentDateEdit, self.channelCombo)
        QWidget.setTabOrder(self.channelCombo, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.officialCombo)
        QWidget.setTabOrder(self.officialCombo, self.addresseeEdit)
        QWidget.setTabOrder(self.addresseeEdit, self.subjectEdit)
        QWidget.setTabOrder(self.subjectEdit, self.dialogButtons)

        self.retranslateUi(newAppealDialog)

        QMetaObject.connectSlotsByName(newAppealDialog)
    # setupUi

    def retranslateUi(self, newAppealDialog):
        newAppealDialog.setWindowTitle(QCoreApplication.translate("AppealNewForm", u"New appeal", None))
        self.numberLabel.setText(QCoreApplication.translate("AppealNewForm", u"&Number:", None))
#if QT_CONFIG(accessibility)
        self.numberEdit.setAccessibleName(QCoreApplication.translate("AppealNewForm", u"Outgoing number", None))
#endif // QT_CONFIG(accessibility)
        self.numberEdit.setPlaceholderText(QCoreApplication.translate("AppealNewForm", u"automatic", None))
        self.sent_dateLabel.setText(QCoreApplication.translate("AppealNewForm", u"&Sent on:", None))
#if QT_CONFIG(accessibility)
        self.sentDateEdit.setAccessibleName(QCoreApplication.translate("AppealNewForm", u"Sent on", None))
#endif // QT_CONFIG(accessibility)
        self.channelLabel.setText(QCoreApplication.translate("AppealNewForm", u"C&hannel:", None))
#if QT_CONFIG(accessibility)
        self.channelCombo.setAccessibleName(QCoreApplication.translate("AppealNewForm", u"Channel", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("AppealNewForm", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("AppealNewForm", u"Kind", None))
#endif // QT_CONFIG(accessibility)
        self.official_idLabel.setText(QCoreApplication.translate("AppealNewForm", u"&Official:", None))
#if QT_CONFIG(accessibility)
        self.officialCombo.setAccessibleName(QCoreApplication.translate("AppealNewForm", u"Official", None))
#endif // QT_CONFIG(accessibility)
        self.addressee_textLabel.setText(QCoreApplication.translate("AppealNewForm", u"&Addressee:", None))
#if QT_CONFIG(accessibility)
        self.addresseeEdit.setAccessibleName(QCoreApplication.translate("AppealNewForm", u"Addressee as written", None))
#endif // QT_CONFIG(accessibility)
        self.subjectLabel.setText(QCoreApplication.translate("AppealNewForm", u"S&ubject:", None))
#if QT_CONFIG(accessibility)
        self.subjectEdit.setAccessibleName(QCoreApplication.translate("AppealNewForm", u"Subject", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dialogButtons.setAccessibleName(QCoreApplication.translate("AppealNewForm", u"OK or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

