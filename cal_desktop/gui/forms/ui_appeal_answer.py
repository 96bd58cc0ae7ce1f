# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'appeal_answer.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_AppealAnswerForm(object):
    def setupUi(self, answerDialog):
        if not answerDialog.objectName():
            answerDialog.setObjectName(u"answerDialog")
        self.layout = QVBoxLayout(answerDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.answer_dateLabel = QLabel(answerDialog)
        self.answer_dateLabel.setObjectName(u"answer_dateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.answer_dateLabel)

        self.answer_dateHolder = QWidget(answerDialog)
        self.answer_dateHolder.setObjectName(u"answer_dateHolder")
        self.answer_dateColumn = QVBoxLayout(self.answer_dateHolder)
        self.answer_dateColumn.setObjectName(u"answer_dateColumn")
        self.answer_dateColumn.setContentsMargins(0, 0, 0, 0)
        self.answerDateEdit = QDateEdit(self.answer_dateHolder)
        self.answerDateEdit.setObjectName(u"answerDateEdit")

        self.answer_dateColumn.addWidget(self.answerDateEdit)

        self.answer_dateError = QLabel(self.answer_dateHolder)
        self.answer_dateError.setObjectName(u"answer_dateError")

        self.answer_dateColumn.addWidget(self.answer_dateError)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.answer_dateHolder)

        self.answer_outcomeLabel = QLabel(answerDialog)
        self.answer_outcomeLabel.setObjectName(u"answer_outcomeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.answer_outcomeLabel)

        self.answer_outcomeHolder = QWidget(answerDialog)
        self.answer_outcomeHolder.setObjectName(u"answer_outcomeHolder")
        self.answer_outcomeColumn = QVBoxLayout(self.answer_outcomeHolder)
        self.answer_outcomeColumn.setObjectName(u"answer_outcomeColumn")
        self.answer_outcomeColumn.setContentsMargins(0, 0, 0, 0)
        self.outcomeCombo = QComboBox(self.answer_outcomeHolder)
        self.outcomeCombo.setObjectName(u"outcomeCombo")

        self.answer_outcomeColumn.addWidget(self.outcomeCombo)

        self.answer_outcomeError = QLabel(self.answer_outcomeHolder)
        self.answer_outcomeError.setObjectName(u"answer_outcomeError")

        self.answer_outcomeColumn.addWidget(self.answer_outcomeError)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.answer_outcomeHolder)

        self.answer_summaryLabel = QLabel(answerDialog)
        self.answer_summaryLabel.setObjectName(u"answer_summaryLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.answer_summaryLabel)

        self.answer_summaryHolder = QWidget(answerDialog)
        self.answer_summaryHolder.setObjectName(u"answer_summaryHolder")
        self.answer_summaryColumn = QVBoxLayout(self.answer_summaryHolder)
        self.answer_summaryColumn.setObjectName(u"answer_summaryColumn")
        self.answer_summaryColumn.setContentsMargins(0, 0, 0, 0)
        self.answerSummaryEdit = QPlainTextEdit(self.answer_summaryHolder)
        self.answerSummaryEdit.setObjectName(u"answerSummaryEdit")
        self.answerSummaryEdit.setTabChangesFocus(True)

        self.answer_summaryColumn.addWidget(self.answerSummaryEdit)

        self.answer_summaryError = QLabel(self.answer_summaryHolder)
        self.answer_summaryError.setObjectName(u"answer_summaryError")

        self.answer_summaryColumn.addWidget(self.answer_summaryError)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.answer_summaryHolder)

        self.scanLabel = QLabel(answerDialog)
        self.scanLabel.setObjectName(u"scanLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.scanLabel)

        self.scanHolder = QWidget(answerDialog)
        self.scanHolder.setObjectName(u"scanHolder")
        self.scanColumn = QVBoxLayout(self.scanHolder)
        self.scanColumn.setObjectName(u"scanColumn")
        self.scanColumn.setContentsMargins(0, 0, 0, 0)
        self.scansRow = QWidget(self.scanHolder)
        self.scansRow.setObjectName(u"scansRow")
        self.scansLayout = QHBoxLayout(self.scansRow)
        self.scansLayout.setObjectName(u"scansLayout")
        self.scansLayout.setContentsMargins(0, 0, 0, 0)
        self.scanList = QListWidget(self.scansRow)
        self.scanList.setObjectName(u"scanList")
        self.scanList.setMaximumSize(QSize(16777215, 70))

        self.scansLayout.addWidget(self.scanList)

        self.addScanButton = QPushButton(self.scansRow)
        self.addScanButton.setObjectName(u"addScanButton")

        self.scansLayout.addWidget(self.addScanButton)

        self.scansLayout.setStretch(0, 1)

        self.scanColumn.addWidget(self.scansRow)

        self.scanError = QLabel(self.scanHolder)
        self.scanError.setObjectName(u"scanError")

        self.scanColumn.addWidget(self.scanError)


        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.scanHolder)


        self.layout.addLayout(self.form)

        self.formError = QLabel(answerDialog)
        self.formError.setObjectName(u"formError")

        self.layout.addWidget(self.formError)

        self.dialogButtons = QDialogButtonBox(answerDialog)
        self.dialogButtons.setObjectName(u"dialogButtons")
        self.dialogButtons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.dialogButtons)

#if QT_CONFIG(shortcut)
        self.answer_dateLabel.setBuddy(self.answerDateEdit)
        self.answer_outcomeLabel.setBuddy(self.outcomeCombo)
        self.answer_summaryLabel.setBuddy(self.answerSummaryEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.answerDateEdit, self.outcomeCombo)
        QWidget.setTabOrder(self.outcomeCombo, self.answerSummaryEdit)
        QWidget.setTabOrder(self.answerSummaryEdit, self.scanList)
        QWidget.setTabOrder(self.scanList, self.addScanButton)
        QWidget.setTabOrder(self.addScanButton, self.dialogButtons)

        self.retranslateUi(answerDialog)

        QMetaObject.connectSlotsByName(answerDialog)
    # setupUi

    def retranslateUi(self, answerDialog):
        answerDialog.setWindowTitle(QCoreApplication.translate("AppealAnswerForm", u"Answer to appeal", None))
        self.answer_dateLabel.setText(QCoreApplication.translate("AppealAnswerForm", u"Answer &date:", None))
#if QT_CONFIG(accessibility)
        self.answerDateEdit.setAccessibleName(QCoreApplication.translate("AppealAnswerForm", u"Answer date", None))
#endif // QT_CONFIG(accessibility)
        self.answer_outcomeLabel.setText(QCoreApplication.translate("AppealAnswerForm", u"&Outcome:", None))
#if QT_CONFIG(accessibility)
        self.outcomeCombo.setAccessibleName(QCoreApplication.translate("AppealAnswerForm", u"Answer outcome", None))
#endif // QT_CONFIG(accessibility)
        self.answer_summaryLabel.setText(QCoreApplication.translate("AppealAnswerForm", u"&Summary:", None))
#if QT_CONFIG(accessibility)
        self.answerSummaryEdit.setAccessibleName(QCoreApplication.translate("AppealAnswerForm", u"Summary of the answer", None))
#endif // QT_CONFIG(accessibility)
        self.scanLabel.setText(QCoreApplication.translate("AppealAnswerForm", u"Scans:", None))
#if QT_CONFIG(accessibility)
        self.scanList.setAccessibleName(QCoreApplication.translate("AppealAnswerForm", u"Scans", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.addScanButton.setAccessibleName(QCoreApplication.translate("AppealAnswerForm", u"Add a scan", None))
#endif // QT_CONFIG(accessibility)
        self.addScanButton.setText(QCoreApplication.translate("AppealAnswerForm", u"Add &file\u2026", None))
#if QT_CONFIG(accessibility)
        self.dialogButtons.setAccessibleName(QCoreApplication.translate("AppealAnswerForm", u"OK or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

