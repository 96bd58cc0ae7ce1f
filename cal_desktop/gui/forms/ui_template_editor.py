# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'template_editor.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QVBoxLayout,
    QWidget)

from cal_desktop.gui.dialogs.template_check import CheckResults
from cal_desktop.gui.dialogs.template_source import (InsertingFieldsReference, SourceEdit)

class Ui_TemplateEditorForm(object):
    def setupUi(self, templateEditorDialog):
        if not templateEditorDialog.objectName():
            templateEditorDialog.setObjectName(u"templateEditorDialog")
        self.layout = QVBoxLayout(templateEditorDialog)
        self.layout.setObjectName(u"layout")
        self.splitter = QSplitter(templateEditorDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.editorColumn = QWidget(self.splitter)
        self.editorColumn.setObjectName(u"editorColumn")
        self.editorLayout = QVBoxLayout(self.editorColumn)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(0, 0, 0, 0)
        self.titleForm = QFormLayout()
        self.titleForm.setObjectName(u"titleForm")
        self.titleLabel = QLabel(self.editorColumn)
        self.titleLabel.setObjectName(u"titleLabel")

        self.titleForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.templateTitleEdit = QLineEdit(self.editorColumn)
        self.templateTitleEdit.setObjectName(u"templateTitleEdit")

        self.titleForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.templateTitleEdit)


        self.editorLayout.addLayout(self.titleForm)

        self.sourceLabel = QLabel(self.editorColumn)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.editorLayout.addWidget(self.sourceLabel)

        self.templateSourceEdit = SourceEdit(self.editorColumn)
        self.templateSourceEdit.setObjectName(u"templateSourceEdit")

        self.editorLayout.addWidget(self.templateSourceEdit)

        self.templatePosition = QLabel(self.editorColumn)
        self.templatePosition.setObjectName(u"templatePosition")

        self.editorLayout.addWidget(self.templatePosition)

        self.checkLabel = QLabel(self.editorColumn)
        self.checkLabel.setObjectName(u"checkLabel")

        self.editorLayout.addWidget(self.checkLabel)

        self.templateCheckResults = CheckResults(self.editorColumn)
        self.templateCheckResults.setObjectName(u"templateCheckResults")
        self.templateCheckResults.setMaximumSize(QSize(16777215, 150))

        self.editorLayout.addWidget(self.templateCheckResults)

        self.editorLayout.setStretch(2, 1)
        self.splitter.addWidget(self.editorColumn)
        self.templateFieldsReference = InsertingFieldsReference(self.splitter)
        self.templateFieldsReference.setObjectName(u"templateFieldsReference")
        self.splitter.addWidget(self.templateFieldsReference)

        self.layout.addWidget(self.splitter)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.templateCheckButton = QPushButton(templateEditorDialog)
        self.templateCheckButton.setObjectName(u"templateCheckButton")
        self.templateCheckButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.templateCheckButton)

        self.buttonsSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonsSpace)

        self.templateSaveButton = QPushButton(templateEditorDialog)
        self.templateSaveButton.setObjectName(u"templateSaveButton")
        self.templateSaveButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.templateSaveButton)

        self.templateCancelButton = QPushButton(templateEditorDialog)
        self.templateCancelButton.setObjectName(u"templateCancelButton")
        self.templateCancelButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.templateCancelButton)

        self.buttonRow.setStretch(1, 1)

        self.layout.addLayout(self.buttonRow)

        self.layout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.templateTitleEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.templateTitleEdit, self.templateSourceEdit)
        QWidget.setTabOrder(self.templateSourceEdit, self.templateCheckResults)
        QWidget.setTabOrder(self.templateCheckResults, self.templateFieldsReference)
        QWidget.setTabOrder(self.templateFieldsReference, self.templateCheckButton)
        QWidget.setTabOrder(self.templateCheckButton, self.templateSaveButton)
        QWidget.setTabOrder(self.templateSaveButton, self.templateCancelButton)

        self.retranslateUi(templateEditorDialog)

        QMetaObject.connectSlotsByName(templateEditorDialog)
    # setupUi

    def retranslateUi(self, templateEditorDialog):
        templateEditorDialog.setWindowTitle(QCoreApplication.translate("TemplateEditorForm", u"Template", None))
#if QT_CONFIG(accessibility)
        templateEditorDialog.setAccessibleName(QCoreApplication.translate("TemplateEditorForm", u"Template editor", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("TemplateEditorForm", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.templateTitleEdit.setAccessibleName(QCoreApplication.translate("TemplateEditorForm", u"Template title", None))
#endif // QT_CONFIG(accessibility)
        self.sourceLabel.setText(QCoreApplication.translate("TemplateEditorForm", u"Template text (JSON; the fields go in {{ }}, e.g. {{ author_full }}):", None))
#if QT_CONFIG(accessibility)
        self.templateSourceEdit.setAccessibleName(QCoreApplication.translate("TemplateEditorForm", u"Template text", None))
#endif // QT_CONFIG(accessibility)
        self.checkLabel.setText(QCoreApplication.translate("TemplateEditorForm", u"Check:", None))
#if QT_CONFIG(accessibility)
        self.templateCheckResults.setAccessibleName(QCoreApplication.translate("TemplateEditorForm", u"Template check results", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.templateFieldsReference.setAccessibleName(QCoreApplication.translate("TemplateEditorForm", u"Template fields reference", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.templateCheckButton.setAccessibleName(QCoreApplication.translate("TemplateEditorForm", u"Check the template", None))
#endif // QT_CONFIG(accessibility)
        self.templateCheckButton.setText(QCoreApplication.translate("TemplateEditorForm", u"Chec&k", None))
#if QT_CONFIG(accessibility)
        self.templateSaveButton.setAccessibleName(QCoreApplication.translate("TemplateEditorForm", u"Save the template", None))
#endif // QT_CONFIG(accessibility)
        self.templateSaveButton.setText(QCoreApplication.translate("TemplateEditorForm", u"&Save", None))
#if QT_CONFIG(accessibility)
        self.templateCancelButton.setAccessibleName(QCoreApplication.translate("TemplateEditorForm", u"Close without saving", None))
#endif // QT_CONFIG(accessibility)
        self.templateCancelButton.setText(QCoreApplication.translate("TemplateEditorForm", u"Cancel", None))
    # retranslateUi

