# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'appeal_extension.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_AppealExtensionForm(object):
    def setupUi(self, extensionDialog):
        if not extensionDialog.objectName():
            extensionDialog.setObjectName(u"extensionDialog")
        self.layout = QVBoxLayout(extensionDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.extension_notice_dateLabel = QLabel(extensionDialog)
        self.extension_notice_dateLabel.setObjectName(u"extension_notice_dateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.extension_notice_dateLabel)

        self.extension_notice_dateHolder = QWidget(extensionDialog)
        self.extension_notice_dateHolder.setObjectName(u"extension_notice_dateHolder")
        self.extension_notice_dateColumn = QVBoxLayout(self.extension_notice_dateHolder)
        self.extension_notice_dateColumn.setObjectName(u"extension_notice_dateColumn")
        self.extension_notice_dateColumn.setContentsMargins(0, 0, 0, 0)
        self.noticeDateEdit = QDateEdit(self.extension_notice_dateHolder)
        self.noticeDateEdit.setObjectName(u"noticeDateEdit")

        self.extension_notice_dateColumn.addWidget(self.noticeDateEdit)

        self.extension_notice_dateError = QLabel(self.extension_notice_dateHolder)
        self.extension_notice_dateError.setObjectName(u"extension_notice_dateError")

        self.extension_notice_dateColumn.addWidget(self.extension_notice_dateError)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.extension_notice_dateHolder)

        self.namedDateCheck = QCheckBox(extensionDialog)
        self.namedDateCheck.setObjectName(u"namedDateCheck")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.namedDateCheck)

        self.extended_untilLabel = QLabel(extensionDialog)
        self.extended_untilLabel.setObjectName(u"extended_untilLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.extended_untilLabel)

        self.extended_untilHolder = QWidget(extensionDialog)
        self.extended_untilHolder.setObjectName(u"extended_untilHolder")
        self.extended_untilColumn = QVBoxLayout(self.extended_untilHolder)
        self.extended_untilColumn.setObjectName(u"extended_untilColumn")
        self.extended_untilColumn.setContentsMargins(0, 0, 0, 0)
        self.extendedUntilEdit = QDateEdit(self.extended_untilHolder)
        self.extendedUntilEdit.setObjectName(u"extendedUntilEdit")
        self.extendedUntilEdit.setEnabled(False)

        self.extended_untilColumn.addWidget(self.extendedUntilEdit)

        self.extended_untilError = QLabel(self.extended_untilHolder)
        self.extended_untilError.setObjectName(u"extended_untilError")

        self.extended_untilColumn.addWidget(self.extended_untilError)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.extended_untilHolder)

        self.extensionHint = QLabel(extensionDialog)
        self.extensionHint.setObjectName(u"extensionHint")
        self.extensionHint.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.extensionHint)


        self.layout.addLayout(self.form)

        self.formError = QLabel(extensionDialog)
        self.formError.setObjectName(u"formError")

        self.layout.addWidget(self.formError)

        self.dialogButtons = QDialogButtonBox(extensionDialog)
        self.dialogButtons.setObjectName(u"dialogButtons")
        self.dialogButtons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.dialogButtons)

#if QT_CONFIG(shortcut)
        self.extension_notice_dateLabel.setBuddy(self.noticeDateEdit)
        self.extended_untilLabel.setBuddy(self.extendedUntilEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.noticeDateEdit, self.namedDateCheck)
        QWidget.setTabOrder(self.namedDateCheck, self.extendedUntilEdit)
        QWidget.setTabOrder(self.extendedUntilEdit, self.dialogButtons)

        self.retranslateUi(extensionDialog)

        QMetaObject.connectSlotsByName(extensionDialog)
    # setupUi

    def retranslateUi(self, extensionDialog):
        extensionDialog.setWindowTitle(QCoreApplication.translate("AppealExtensionForm", u"Extension of appeal", None))
        self.extension_notice_dateLabel.setText(QCoreApplication.translate("AppealExtensionForm", u"&Notice date:", None))
#if QT_CONFIG(accessibility)
        self.noticeDateEdit.setAccessibleName(QCoreApplication.translate("AppealExtensionForm", u"Notice date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.namedDateCheck.setAccessibleName(QCoreApplication.translate("AppealExtensionForm", u"The notice names a date", None))
#endif // QT_CONFIG(accessibility)
        self.namedDateCheck.setText(QCoreApplication.translate("AppealExtensionForm", u"The notice names a date", None))
        self.extended_untilLabel.setText(QCoreApplication.translate("AppealExtensionForm", u"Extended &until:", None))
#if QT_CONFIG(accessibility)
        self.extendedUntilEdit.setAccessibleName(QCoreApplication.translate("AppealExtensionForm", u"Extended until", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.extensionHint.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.extensionHint.setText(QCoreApplication.translate("AppealExtensionForm", u"Without a named date the answer is due 60 days after registration.", None))
#if QT_CONFIG(accessibility)
        self.dialogButtons.setAccessibleName(QCoreApplication.translate("AppealExtensionForm", u"OK or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

