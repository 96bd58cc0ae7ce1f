# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'initiative_status.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QWidget)

class Ui_InitiativeStatusForm(object):
    def setupUi(self, statusChangeDialog):
        if not statusChangeDialog.objectName():
            statusChangeDialog.setObjectName(u"statusChangeDialog")
        self.form = QFormLayout(statusChangeDialog)
        self.form.setObjectName(u"form")
        self.currentLabel = QLabel(statusChangeDialog)
        self.currentLabel.setObjectName(u"currentLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentLabel)

        self.statusCurrent = QLabel(statusChangeDialog)
        self.statusCurrent.setObjectName(u"statusCurrent")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.statusCurrent)

        self.targetLabel = QLabel(statusChangeDialog)
        self.targetLabel.setObjectName(u"targetLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.targetLabel)

        self.statusTarget = QComboBox(statusChangeDialog)
        self.statusTarget.setObjectName(u"statusTarget")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.statusTarget)

        self.reasonLabel = QLabel(statusChangeDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.statusReason = QComboBox(statusChangeDialog)
        self.statusReason.setObjectName(u"statusReason")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.statusReason)

        self.resultLabel = QLabel(statusChangeDialog)
        self.resultLabel.setObjectName(u"resultLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.resultLabel)

        self.statusResult = QPlainTextEdit(statusChangeDialog)
        self.statusResult.setObjectName(u"statusResult")
        self.statusResult.setTabChangesFocus(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.statusResult)

        self.commentLabel = QLabel(statusChangeDialog)
        self.commentLabel.setObjectName(u"commentLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.commentLabel)

        self.statusComment = QPlainTextEdit(statusChangeDialog)
        self.statusComment.setObjectName(u"statusComment")
        self.statusComment.setTabChangesFocus(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.statusComment)

        self.statusPrinciples = QLabel(statusChangeDialog)
        self.statusPrinciples.setObjectName(u"statusPrinciples")
        self.statusPrinciples.setStyleSheet(u"background: #fff4e5; padding: 6px;")
        self.statusPrinciples.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.statusPrinciples)

        self.buttonBox = QDialogButtonBox(statusChangeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.form.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.buttonBox)

#if QT_CONFIG(shortcut)
        self.targetLabel.setBuddy(self.statusTarget)
        self.reasonLabel.setBuddy(self.statusReason)
        self.resultLabel.setBuddy(self.statusResult)
        self.commentLabel.setBuddy(self.statusComment)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.statusTarget, self.statusReason)
        QWidget.setTabOrder(self.statusReason, self.statusResult)
        QWidget.setTabOrder(self.statusResult, self.statusComment)
        QWidget.setTabOrder(self.statusComment, self.buttonBox)

        self.retranslateUi(statusChangeDialog)

        QMetaObject.connectSlotsByName(statusChangeDialog)
    # setupUi

    def retranslateUi(self, statusChangeDialog):
        statusChangeDialog.setWindowTitle(QCoreApplication.translate("InitiativeStatusForm", u"Change status", None))
#if QT_CONFIG(accessibility)
        statusChangeDialog.setAccessibleName(QCoreApplication.translate("InitiativeStatusForm", u"Change status", None))
#endif // QT_CONFIG(accessibility)
        self.currentLabel.setText(QCoreApplication.translate("InitiativeStatusForm", u"Now:", None))
#if QT_CONFIG(accessibility)
        self.statusCurrent.setAccessibleName(QCoreApplication.translate("InitiativeStatusForm", u"Current status", None))
#endif // QT_CONFIG(accessibility)
        self.targetLabel.setText(QCoreApplication.translate("InitiativeStatusForm", u"&New status:", None))
#if QT_CONFIG(accessibility)
        self.statusTarget.setAccessibleName(QCoreApplication.translate("InitiativeStatusForm", u"New status", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("InitiativeStatusForm", u"&Reason:", None))
#if QT_CONFIG(accessibility)
        self.statusReason.setAccessibleName(QCoreApplication.translate("InitiativeStatusForm", u"Reason for declining", None))
#endif // QT_CONFIG(accessibility)
        self.resultLabel.setText(QCoreApplication.translate("InitiativeStatusForm", u"Re&sult:", None))
#if QT_CONFIG(accessibility)
        self.statusResult.setAccessibleName(QCoreApplication.translate("InitiativeStatusForm", u"Result achieved", None))
#endif // QT_CONFIG(accessibility)
        self.commentLabel.setText(QCoreApplication.translate("InitiativeStatusForm", u"C&omment:", None))
#if QT_CONFIG(accessibility)
        self.statusComment.setAccessibleName(QCoreApplication.translate("InitiativeStatusForm", u"Comment", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusPrinciples.setAccessibleName(QCoreApplication.translate("InitiativeStatusForm", u"The centre's principles", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("InitiativeStatusForm", u"Save or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

